import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { type Locale, localeCodes } from '@/i18n/locales'
import { launchChromium } from '../helpers/browser'
import { login, readerPagePaths, siteUrl, storyIn } from '../helpers/site'

let browser: Browser
const slugs = {} as Record<Locale, string>

beforeAll(async () => {
  browser = await launchChromium()
  for (const locale of localeCodes) slugs[locale] = (await storyIn(locale)).slug
})
afterAll(async () => browser?.close())

const readerPages = (locale: Locale) => readerPagePaths(locale, slugs[locale])

/** The script-src sources of a policy. */
const scriptSources = (policy: string) =>
  (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('script-src ')) ?? ''
  )
    .split(/\s+/)
    .slice(1)

/** Every inline script a browser would run (not JSON data blocks), hashed as CSP hashes them. */
const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)

/** Records CSP violations and script errors the page reports. */
async function watch(page: Page) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __violations: string[] }).__violations ??= []
      ;(window as unknown as { __violations: string[] }).__violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return problems
}

describe('security headers on reader pages', () => {
  it.each(localeCodes)(
    "every %s reader page forbids every script (script-src 'none') and carries none",
    async (locale) => {
      for (const path of readerPages(locale)) {
        const response = await fetch(`${siteUrl()}${path}`)
        const html = await response.text()
        const policy = response.headers.get('content-security-policy') ?? ''
        // Reader pages are plain HTML (decision 013): nothing to vouch for, so nothing may run.
        expect({ path, sources: scriptSources(policy) }).toEqual({ path, sources: ["'none'"] })
        expect({ path, inline: inlineScriptHashes(html) }).toEqual({ path, inline: [] })
        expect(policy).toMatch(/object-src 'none'/)
        expect(policy).toMatch(/base-uri 'self'/)
        expect(policy).toMatch(/form-action 'self'/)
        expect(policy).toMatch(/frame-ancestors 'self'/)
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
        expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
        expect(response.headers.get('x-powered-by')).toBeNull()
      }
    },
  )

  it('the admin and the API send the protective headers too', async () => {
    for (const path of ['/admin/login', '/api/articles?limit=1']) {
      const response = await fetch(`${siteUrl()}${path}`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('reader pages ask for no client hints (a first visit is fetched once) and the site has an icon', async () => {
    const article = await fetch(`${siteUrl()}/zh/articles/${slugs.zh}`)
    expect(article.headers.get('critical-ch')).toBeNull()
    expect(article.headers.get('accept-ch')).toBeNull()
    expect(article.headers.get('vary') ?? '').not.toMatch(/Sec-CH/i)
    const icon = await fetch(`${siteUrl()}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/^image\//)
  })

  it('an article loads under the policy with no violation and runs no script, with and without the page cache', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems = await watch(page)
    const url = `${siteUrl()}/ru/articles/${slugs.ru}`
    for (let visit = 0; visit < 2; visit += 1) {
      await page.goto(url, { waitUntil: 'load' })
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
      // Next's client runtime never started: the page is what the server sent.
      expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe('undefined')
      expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual(
        [],
      )
    }
    expect(problems.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([])
    await context.close()
  })

  it('a script injected into the page is refused by the browser', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await watch(page)
    const url = `${siteUrl()}/kk/articles/${slugs.kk}`
    // Stand-in for a stored XSS that got past the escaping: the server's real headers, the page's
    // real HTML, plus an inline script and an inline event handler the server never vouched for.
    await page.route(url, async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        '<main',
        '<script>window.__pwned = "inline"</script><img src="/x" onerror="window.__pwned = \'handler\'"><main',
      )
      await route.fulfill({ response, body: html })
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(
      () => ((window as unknown as { __violations?: string[] }).__violations ?? []).length >= 2,
    )
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
    const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
    expect(violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2)
    await context.close()
  })

  it("an editor’s draft preview keeps Next’s runtime, under script-src 'self' plus the hashes of exactly its inline scripts", async () => {
    const token = await login('editor')
    const enter = await fetch(`${siteUrl()}/next/preview?locale=ru&slug=${encodeURIComponent(slugs.ru)}`, {
      headers: { Authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(enter.status).toBeGreaterThanOrEqual(300)
    const draftCookie = (
      enter.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass=')) ?? ''
    ).split(';')[0]
    expect(draftCookie).not.toBe('')
    const preview = await fetch(`${siteUrl()}/ru/articles/${slugs.ru}`, { headers: { cookie: draftCookie } })
    const html = await preview.text()
    const sources = scriptSources(preview.headers.get('content-security-policy') ?? '')
    expect(sources[0]).toBe("'self'")
    expect(html).toMatch(/<script[^>]*\ssrc="\/_next\//)
    expect(inlineScriptHashes(html).length).toBeGreaterThan(0)
    expect(inlineScriptHashes(html).filter((hash) => !sources.includes(hash))).toEqual([])
  })
})

describe('the comment form clock on cached article pages', () => {
  it('every article response sets a fresh, server-only clock cookie, also when the page comes from the cache', async () => {
    const url = `${siteUrl()}/mn/articles/${slugs.mn}`
    const first = await fetch(url)
    const second = await fetch(url)
    expect(second.headers.get('x-altai-cache')).toBe('HIT')
    const clocks = [first, second].map((response) => response.headers.get('set-cookie') ?? '')
    for (const cookie of clocks) {
      expect(cookie).toMatch(/^altai_opened=\d{13}\.[\w-]+; Path=\/; Max-Age=86400; HttpOnly; SameSite=Lax/)
    }
    expect(clocks[0]).not.toBe(clocks[1])
  })
})

describe('requests the server refuses before the app sees them', () => {
  it('a form post far larger than any comment gets a 413 in the page’s language, and the page still answers', async () => {
    const url = `${siteUrl()}/kk/articles/${slugs.kk}`
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': '0'.repeat(42), Origin: siteUrl() },
      body: 'ж'.repeat(1024 * 1024),
    })
    expect(response.status).toBe(413)
    const text = await response.text()
    expect(text).toContain('lang="kk"')
    expect(text).toContain('5000')
    expect(text).toMatch(/Ештеңе сақталған жоқ/)
    expect((await fetch(url)).status).toBe(200)
  })

  it('an address that is not valid UTF-8 is a page that does not exist (the API says so in JSON)', async () => {
    const page = await fetch(`${siteUrl()}/mn/articles/%C3%28`)
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const api = await fetch(`${siteUrl()}/api/articles/%ED%A0%80`)
    expect(api.status).toBe(400)
  })
})
