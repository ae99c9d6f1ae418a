import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Request } from 'playwright-core'

import { adminLanguages } from '@/i18n/adminLanguages'
import { translator } from '@/i18n/translate'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { type OwnAccount, ownAccounts } from '../helpers/sessions'
import { siteUrl } from '../helpers/site'

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const MAX_LOGIN_ATTEMPTS = 5

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en', ...headers },
    body: JSON.stringify({ email, password }),
  })

/** A Set-Cookie line's attributes by lower-case name (Payload writes `HttpOnly=true`; browsers read the name). */
const attributes = (cookie: string) =>
  Object.fromEntries(
    cookie
      .split(';')
      .slice(1)
      .map((part) => part.trim().split('='))
      .map(([name, value]) => [(name ?? '').toLowerCase(), value ?? '']),
  )

describe('admin sessions, cross-site requests and login lockout', () => {
  let browser: Browser
  let adminToken: string
  let staff: Record<'admin' | 'editor', OwnAccount>
  let article: { id: number; slug: string }

  const admin = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    fetch(`${siteUrl()}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${init.token ?? adminToken}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  const storedWithBody = async (body: string) => {
    const response = await admin(`/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`)
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }

  beforeAll(async () => {
    browser = await launchChromium()
    staff = await ownAccounts(`session${stamp}`, { admin: { role: 'admin' }, editor: { role: 'editor' } })
    adminToken = staff.admin.token
    const created = await admin('/articles', {
      method: 'POST',
      body: {
        title: `Session probe story ${stamp}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: '2030-01-01T00:00:00.000Z',
      },
    })
    expect(created.status).toBe(201)
    article = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('signs staff in with an HttpOnly, SameSite cookie (plain-http test site: not Secure, by its ALLOW_HTTP_COOKIES flag)', async () => {
    const response = await login(staff.editor.email, staff.editor.password)
    expect(response.status).toBe(200)
    const token = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
    expect(token).toBeDefined()
    const parts = attributes(token as string)
    expect(parts).toMatchObject({ samesite: 'Lax', path: '/' })
    expect(parts).toHaveProperty('httponly')
    expect(parts).not.toHaveProperty('secure')

    // The browser sees the same: script on an admin page cannot read the session.
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, staff.editor)
    const session = (await context.cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    expect(await page.evaluate(() => document.cookie)).not.toContain('payload-token')
    await context.close()
  })

  it('accepts a save signed by the session cookie from the site under its other loopback name, and ignores the cookie from any other origin', async () => {
    // The test site's address is http://127.0.0.1:<port>; the quick start prints http://localhost:<port>.
    const twin = new URL(siteUrl())
    twin.hostname = twin.hostname === 'localhost' ? '127.0.0.1' : 'localhost'
    const save = (origin: string, dek: string) =>
      fetch(`${siteUrl()}/api/articles/${article.id}?locale=en&draft=true&depth=0`, {
        method: 'PATCH',
        headers: {
          'Content-Type': 'application/json',
          Cookie: `payload-token=${staff.editor.token}`,
          Origin: origin,
        },
        body: JSON.stringify({ dek }),
      })
    expect((await save(twin.origin, 'Saved from the twin address')).status).toBe(200)
    expect((await save('https://elsewhere.example', 'Saved from another site')).status).toBe(403)
    const stored = await admin(`/articles/${article.id}?locale=en&draft=true&depth=0`)
    expect(((await stored.json()) as { dek?: string }).dek).toBe('Saved from the twin address')
  })

  it('never switches Secure cookies off in the production setups (Dockerfile, docker-compose)', () => {
    for (const file of ['Dockerfile', 'docker-compose.yml'])
      expect(readFileSync(file, 'utf8')).not.toContain('ALLOW_HTTP_COOKIES')
  })

  /**
   * Opens the article, fills the comment form and captures the POST the page would send, without
   * letting it reach the server. The capture is then replayed from outside the browser.
   */
  async function captureCommentPost(javaScriptEnabled: boolean, fields: { name: string; email: string; body: string }) {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/en/articles/${article.slug}`)
    await page.fill('#respond input[name="name"]', fields.name)
    await page.fill('#respond input[name="email"]', fields.email)
    await page.fill('#respond textarea[name="body"]', fields.body)
    const captured = new Promise<Request>((resolve) => {
      void page.route('**/*', async (route) => {
        if (route.request().method() !== 'POST') return route.continue()
        resolve(route.request())
        await route.abort()
      })
    })
    await page.click('#respond button[type="submit"]')
    const request = await captured
    const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
    const headers: Record<string, string> = { ...(await request.allHeaders()), cookie: cookies }
    const body = request.postDataBuffer()
    await context.close()
    const replay = (origin: string | null) => {
      const sent: Record<string, string> = {}
      for (const [name, value] of Object.entries(headers))
        if (!name.startsWith(':') && name !== 'content-length' && name !== 'host') sent[name] = value
      if (origin === null) delete sent.origin
      else sent.origin = origin
      return fetch(request.url(), {
        method: 'POST',
        headers: sent,
        body: body ? new Uint8Array(body) : undefined,
        redirect: 'manual',
      })
    }
    return { headers, replay }
  }

  it.each([
    ['in a browser with JavaScript on (still a plain form post: reader pages run no script)', true],
    ['without JavaScript (plain form post)', false],
  ])(
    'refuses the comment form’s server action %s from another site’s origin and from Origin: null, storing nothing',
    async (_label, javaScriptEnabled) => {
      const valid = {
        name: 'Cross-site probe',
        email: `csrf-${stamp}@example.org`,
        body: `A comment sent from another site ${stamp} ${javaScriptEnabled}`,
      }
      const { headers, replay } = await captureCommentPost(javaScriptEnabled, valid)
      // Reader pages are plain HTML (decision 013): the form posts the same way whether or not the browser runs scripts.
      expect(headers['next-action']).toBeUndefined()
      expect(headers.origin).toBe(siteUrl())
      // Let the form's clock run past the bot threshold: a refusal below is the origin check's, not the clock's.
      await new Promise((resolve) => setTimeout(resolve, 3200))

      for (const origin of ['https://evil.example', 'null', `http://127.0.0.1.evil.example`]) {
        const response = await replay(origin)
        expect([origin, response.status >= 400]).toEqual([origin, true])
      }
      expect(await storedWithBody(valid.body)).toBe(0)

      // The same capture, replayed from the site's own origin with a mistake in it, does reach the
      // action: it answers with the form's own error. (A valid same-origin replay would store a comment
      // and spend this address's comment allowance, which the other browser tests need.)
      const mistaken = await captureCommentPost(javaScriptEnabled, { ...valid, email: 'not-an-email' })
      const answer = await mistaken.replay(siteUrl())
      expect(answer.status).toBe(200)
      expect(await answer.text()).toContain(translator('en')('comments:errors.emailInvalid'))
      expect(await storedWithBody(valid.body)).toBe(0)
    },
  )

  it('refuses the JSON comment endpoint from another origin and from Origin: null, storing nothing', async () => {
    const body = `A JSON comment from another site ${stamp}`
    for (const origin of ['https://evil.example', 'null']) {
      const response = await fetch(`${siteUrl()}/en/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({
          articleId: article.id,
          name: 'Cross-site probe',
          email: `json-${stamp}@example.org`,
          body,
          language: 'en',
        }),
      })
      expect([origin, response.status]).toEqual([origin, 403])
    }
    expect(await storedWithBody(body)).toBe(0)
  })

  describe('login lockout (Payload’s own: maxLoginAttempts, lockTime)', () => {
    const email = `lockout-${stamp}@e2e.test`
    const password = 'the right password 4321'
    let userId: number

    beforeAll(async () => {
      const created = await admin('/users', {
        method: 'POST',
        body: { email, password, roles: ['editor'], name: 'Lockout probe' },
      })
      expect(created.status).toBe(201)
      userId = ((await created.json()) as { doc: { id: number } }).doc.id
    })
    afterAll(async () => {
      if (userId) await admin(`/users/${userId}`, { method: 'DELETE' })
    })

    it('answers a wrong password exactly as an unknown account, so it tells nobody which accounts exist', async () => {
      const wrong = await login(email, 'not the password')
      const unknown = await login(`nobody-${stamp}@e2e.test`, 'not the password')
      expect(wrong.status).toBe(401)
      expect([unknown.status, await unknown.text()]).toEqual([wrong.status, await wrong.text()])
    })

    it(`locks the account after ${MAX_LOGIN_ATTEMPTS} wrong passwords: then even the right one is refused with a clear message, in the reader’s language`, async () => {
      // One wrong attempt was made above.
      for (let attempt = 2; attempt <= MAX_LOGIN_ATTEMPTS; attempt += 1)
        expect((await login(email, `wrong ${attempt}`)).status).toBe(401)
      const right = await login(email, password)
      expect(right.status).toBe(401)
      expect(JSON.stringify(await right.json())).toContain(adminLanguages.en.translations.error.userLocked)
      const russian = await login(email, password, { 'Accept-Language': 'ru-RU,ru;q=0.9' })
      expect(JSON.stringify(await russian.json())).toContain(adminLanguages.ru.translations.error.userLocked)
      // The admin's chosen language (its cookie) is how a Kazakh moderator signs in.
      const kazakh = await login(email, password, { Cookie: 'payload-lng=kk' })
      expect(JSON.stringify(await kazakh.json())).toContain(adminLanguages.kk.translations.error.userLocked)
    })

    it('lets only an admin unlock it; then the right password works again', async () => {
      const editor = staff.editor.token
      const byEditor = await admin('/users/unlock', { method: 'POST', body: { email }, token: editor })
      expect(byEditor.status).toBe(403)
      const byAnonymous = await fetch(`${siteUrl()}/api/users/unlock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      expect(byAnonymous.status).toBe(403)
      expect((await login(email, password)).status).toBe(401)

      expect((await admin('/users/unlock', { method: 'POST', body: { email } })).status).toBe(200)
      expect((await login(email, password)).status).toBe(200)
    })

    it('shows the lock in the admin’s login form too', async () => {
      for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS; attempt += 1) await login(email, `wrong again ${attempt}`)
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${siteUrl()}/admin/login`)
      await page.fill('input[name="email"]', email)
      await page.fill('input[name="password"]', password)
      await page.click('button[type="submit"]')
      await page.waitForSelector(`text=${adminLanguages.en.translations.error.userLocked}`)
      expect(new URL(page.url()).pathname).toBe('/admin/login')
      await context.close()
    })
  })
})
