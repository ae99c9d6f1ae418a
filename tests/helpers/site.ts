import type { Role } from '../../collections/access/roles'
import { readableArticle } from '../../scripts/lib/story.mjs'
import type { Locale } from '@/i18n/locales'
import { account } from './accounts'
import { signIn } from './sessions'

/** The production build that `npm test` serves on a free loopback port for these tests. */
export function siteUrl(): string {
  const url = process.env.E2E_BASE_URL
  if (!url)
    throw new Error(
      'Browser tests need the test site: run them through `npm test` or `npm run test:jest -- tests/e2e`.',
    )
  return url
}

/** A seeded account's token, through the public login endpoint (`signIn`). */
export async function login(role: Role): Promise<string> {
  const { email, password } = account(role)
  return (await signIn(email, password)).token
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

/**
 * The seeded Altai story as a reader of `locale` sees it: the oldest published article readable in
 * `locale` (decision 003, through the tools' shared `readableArticle`), so an article another test
 * created in fewer languages is never picked.
 */
export async function storyIn(locale: Locale): Promise<{ id: number; slug: string; title: string }> {
  const { id, slug, title } = await readableArticle(siteUrl(), locale, { order: 'oldest' })
  return { id, slug, title }
}

/**
 * Browser tests share one database and several open the seeded story in the admin, which locks
 * it for the user who opened it (Payload's document locking, 423 for anyone else's save). Before a
 * test writes to a document, it lets go of every lock on it, as an administrator would.
 */
export async function releaseLocks(id: number | string, collection = 'articles'): Promise<void> {
  const admin = await login('admin')
  const locks = await api<{ docs?: { id: number | string }[] }>(
    `/payload-locked-documents?where[and][0][document.value][equals]=${id}&where[and][1][document.relationTo][equals]=${collection}&depth=0&limit=100`,
    { token: admin },
  )
  for (const lock of locks.body.docs ?? [])
    await api(`/payload-locked-documents/${lock.id}`, { method: 'DELETE', token: admin })
}

/**
 * Waits until someone's edit lock on the document is stored (Payload takes it with the edit
 * form's next save of its state, debounced, after the first keystroke), as an administrator would see it.
 * @throws {Error} when no lock is stored within `timeoutMs`
 */
export async function lockStored(id: number | string, collection = 'articles', timeoutMs = 30_000): Promise<void> {
  const admin = await login('admin')
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    const locks = await api<{ totalDocs: number }>(
      `/payload-locked-documents?where[and][0][document.value][equals]=${id}&where[and][1][document.relationTo][equals]=${collection}&limit=1&depth=0`,
      { token: admin },
    )
    if (locks.body.totalDocs > 0) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no edit lock on ${collection} ${id} was stored within ${timeoutMs} ms`)
}

/**
 * Every kind of reader page in one language, as paths: front, pagination, the story, an
 * organization, search empty and with a query, privacy, a refused erasure link, and two 404s.
 * `storySlug` is the story's slug in that language (`storyIn(locale)`).
 */
export const readerPagePaths = (locale: Locale, storySlug: string): string[] => [
  `/${locale}`,
  `/${locale}/page/2`,
  `/${locale}/articles/${storySlug}`,
  `/${locale}/organizations/altai-krai-government`,
  `/${locale}/search`,
  `/${locale}/search?q=altai`,
  `/${locale}/privacy`,
  `/${locale}/privacy/erase?token=not-a-token`,
  `/${locale}/no-such-page`,
  `/${locale}/articles/no-such-story`,
]
