import { accountByEmail, matrixAccounts } from './accounts'
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

/**
 * Adds the access matrix's extra accounts to the running site, as an admin would in the admin
 * panel; an account another test file added first is simply used.
 */
export async function ensureMatrixAccounts(): Promise<void> {
  const admin = await signIn('admin@e2e.test')
  for (const account of matrixAccounts) {
    const exists = await fetch(`${siteUrl()}/api/users?where[email][equals]=${encodeURIComponent(account.email)}&depth=0`, {
      headers: { Authorization: `JWT ${admin.token}` },
    })
    if (((await exists.json()) as { totalDocs: number }).totalDocs > 0) continue
    const created = await fetch(`${siteUrl()}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${admin.token}` },
      body: JSON.stringify(account),
    })
    // 400 "already in use": another test file created it a moment ago.
    if (!created.ok && created.status !== 400) throw new Error(`creating ${account.email} failed: ${created.status} ${await created.text()}`)
  }
}
