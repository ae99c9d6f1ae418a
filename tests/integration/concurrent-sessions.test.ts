import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, logoutOperation, type Payload } from 'payload'

import { onDatabase, testPayload } from '../helpers/payload'

/**
 * Payload keeps an account's sessions in one list on the user. Before our patch
 * (patches/payload+3.90.2.patch) each login wrote back the list it had read before its
 * transaction, so of two logins at the same moment only one stayed signed in: an editor opening
 * the admin on a laptop and a phone at once, or two colleagues on a shared desk account.
 */
describe(onDatabase('signing in to one account from several places at once'), () => {
  let payload: Payload
  const email = 'two-devices@example.org'
  const password = 'a password for two devices'

  const signedInAs = async (token: string) =>
    (await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })).user?.email

  beforeAll(async () => {
    payload = await testPayload()
    await payload.create({ collection: 'users', data: { email, password, name: 'Two devices', roles: ['editor'] } })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('keeps every one of six simultaneous logins signed in', async () => {
    const logins = await Promise.all(
      Array.from({ length: 6 }, () => payload.login({ collection: 'users', data: { email, password } })),
    )
    const tokens = logins.map((login) => login.token as string)
    expect(new Set(tokens).size).toBe(6)
    expect(await Promise.all(tokens.map(signedInAs))).toEqual(Array(6).fill(email))
  })

  it('signs out only the session that signs out, while others sign in', async () => {
    const [leaving, staying] = await Promise.all([
      payload.login({ collection: 'users', data: { email, password } }),
      payload.login({ collection: 'users', data: { email, password } }),
    ])
    const leavingUser = (await payload.auth({ headers: new Headers({ Authorization: `JWT ${leaving.token}` }) })).user
    const logoutRequest = await createLocalReq({ user: leavingUser ?? undefined }, payload)
    const [, arriving] = await Promise.all([
      logoutOperation({ collection: payload.collections.users, req: logoutRequest }),
      payload.login({ collection: 'users', data: { email, password } }),
    ])
    expect(await signedInAs(leaving.token as string)).toBeUndefined()
    expect(await signedInAs(staying.token as string)).toBe(email)
    expect(await signedInAs(arriving.token as string)).toBe(email)
  })
})
