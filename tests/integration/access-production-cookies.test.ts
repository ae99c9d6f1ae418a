import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'

import { account } from '../helpers/accounts'
import { onDatabase, testPayload } from '../helpers/payload'

/**
 * The test site runs on plain http with ALLOW_HTTP_COOKIES=1. This file boots the real
 * configuration as production does (NODE_ENV=production, no such flag) and signs in through
 * Payload's own REST handler, to see the cookie production browsers would get.
 */
describe(onDatabase('the admin session cookie in production'), () => {
  let payload: Payload
  const saved = {
    NODE_ENV: process.env.NODE_ENV,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    ALLOW_HTTP_COOKIES: process.env.ALLOW_HTTP_COOKIES,
  }

  beforeAll(async () => {
    Object.assign(process.env, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'a-production-like-secret-of-more-than-32-characters',
    })
    delete process.env.ALLOW_HTTP_COOKIES
    payload = await testPayload({ base: 'seeded' })
  })
  afterAll(async () => {
    await payload?.destroy()
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('is Secure, HttpOnly and SameSite=Lax when an editor signs in', async () => {
    const { email, password } = account('editor')
    const response = await handleEndpoints({
      config: Promise.resolve(payload.config),
      request: new Request('https://news.example.org/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers
      .getSetCookie()
      .find((line) => line.startsWith(`${payload.config.cookiePrefix}-token=`))
    expect(cookie).toBeDefined()
    const attributes = Object.fromEntries(
      (cookie as string)
        .split(';')
        .slice(1)
        .map((part) => part.trim().split('='))
        .map(([name, value]) => [(name ?? '').toLowerCase(), value ?? '']),
    )
    expect(attributes).toMatchObject({ secure: 'true', httponly: 'true', samesite: 'Lax', path: '/' })
  })
})
