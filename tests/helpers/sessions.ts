import { accountByEmail } from './accounts'
import { siteUrl } from './site'

export type SignedIn = { token: string; user: { id: number; email: string; roles: string[] } }

/** Signs a test account in through the public login endpoint, as the admin panel does. */
export async function signIn(email: string, password = accountByEmail(email).password): Promise<SignedIn> {
  const response = await fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as SignedIn
}
