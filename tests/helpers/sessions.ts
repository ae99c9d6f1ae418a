import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'
import { account } from './accounts'
import { siteUrl } from './site'

export type SignedIn = { token: string; user: { id: number; email: string; roles: string[] } }

async function tokenWorks(token: string): Promise<boolean> {
  const response = await fetch(`${siteUrl()}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return Boolean(((await response.json()) as { user?: unknown }).user)
}

/**
 * Signs an account in through the public login endpoint, as the admin panel does. Two logins to
 * one account at the same moment can lose one of the two sessions (Payload keeps them in one
 * list on the user), so the token is checked and the login repeated if it was lost.
 */
export async function signIn(email: string, password: string): Promise<SignedIn> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${siteUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (!response.ok) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
    const signedIn = (await response.json()) as SignedIn
    if ((await tokenWorks(signedIn.token)) || attempt === 5) return signedIn
  }
}

export type Profile = { role: Role; translatorLocales?: Locale[]; moderatorLocales?: Locale[] }
export type OwnAccount = SignedIn & { email: string; password: string }

/**
 * Accounts of one test file alone, made by the seeded admin through the admin API: nobody else
 * signs in to them, so no other file's login can cost this one its session.
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
