import type { Role } from '../../collections/access/roles'
import type { Locale } from '../../src/i18n/locales'
import { account } from './accounts'

/** The production build that `npm test` serves on a free loopback port for these tests. */
export function siteUrl(): string {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('Browser tests need the test site: run them through `npm test` or `npm run test:jest -- tests/e2e`.')
  return url
}

export async function login(role: Role): Promise<string> {
  const { email, password } = account(role)
  const response = await fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${role} failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

export async function api<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; token?: string; body?: unknown; locale?: Locale } = {},
): Promise<{ status: number; body: T }> {
  const url = new URL(`/api${path}`, siteUrl())
  if (init.locale) url.searchParams.set('locale', init.locale)
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

type ArticleRow = { id: number; slug: string; title: string }

export async function storyIn(locale: Locale): Promise<ArticleRow> {
  const { body } = await api<{ docs: ArticleRow[] }>('/articles?depth=0&limit=1&sort=publishedAt', { locale })
  const story = body.docs[0]
  if (!story) throw new Error(`no published story in ${locale}`)
  return story
}
