import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'
import { account } from './accounts'
import { siteUrl } from './site'

export type SignedIn = { token: string; user: { id: number; email: string; roles: string[] } }

/**
 * Signs an account in through the public login endpoint, as the admin panel does. Logins to one
 * account at the same moment each keep their session (patches/payload+3.90.2.patch, tested in
 * tests/integration/concurrent-sessions.test.ts), so Jest's workers may share the seeded accounts.
 */
export async function signIn(email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as SignedIn
}

export type Profile = { role: Role; translatorLocales?: Locale[]; moderatorLocales?: Locale[] }
export type OwnAccount = SignedIn & { email: string; password: string }

/**
 * Accounts of one test file alone, made by the seeded admin through the admin API: for tests that
 * change an account's settings or count what it sees, which other files must not disturb.
 */
export async function ownAccounts<K extends string>(
  tag: string,
  profiles: Record<K, Profile>,
): Promise<Record<K, OwnAccount>> {
  const seededAdmin = account('admin')
  const admin = await signIn(seededAdmin.email, seededAdmin.password)
  const made = {} as Record<K, OwnAccount>
  for (const [key, profile] of Object.entries(profiles) as [K, Profile][]) {
    const email = `${key.toLowerCase()}-${tag}@e2e.test`
    const password = `password of ${key} ${tag}`
    const created = await fetch(`${siteUrl()}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin.token}` },
      body: JSON.stringify({ email, password, name: `${key} (${tag})`, roles: [profile.role], ...profile }),
    })
    if (created.status !== 201) throw new Error(`creating ${email} failed: ${created.status} ${await created.text()}`)
    made[key] = { ...(await signIn(email, password)), email, password }
  }
  return made
}
