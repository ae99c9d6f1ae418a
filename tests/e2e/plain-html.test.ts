import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { type Locale, localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { launchChromium } from '../helpers/browser'
import { readerPagePaths, siteUrl, storyIn } from '../helpers/site'

// Issue 12, decision 013: reader pages reach the browser as plain HTML, complete on the server.

let browser: Browser
const stamp = Date.now()
const slugs = {} as Record<Locale, string>

beforeAll(async () => {
  browser = await launchChromium()
  for (const locale of localeCodes) slugs[locale] = (await storyIn(locale)).slug
})
afterAll(async () => browser?.close())

const readerPages = (locale: Locale) => readerPagePaths(locale, slugs[locale])

/** What in a page would bring Next's client runtime back: script elements (JSON-LD data blocks aside), flight data, script preloads. */
function scriptsIn(html: string): string[] {
  const found: string[] = []
  for (const [element, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\stype="application\/(?:ld\+)?json"/i.test(attributes)) found.push(element)
  }
  for (const [element] of html.matchAll(/<link\b[^>]*>/gi))
    if (/rel="?modulepreload|as="?script/i.test(element)) found.push(element)
  if (/__next_f|self\.__next|\$RC=|<template id="B:/.test(html)) found.push('inline flight data or a client boundary')
  return found
}

const scriptSrc = (policy: string | null) =>
  policy
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('script-src'))

describe('reader pages as plain HTML', () => {
  it.each(localeCodes)(
    "every %s reader page comes with no script, no flight data and no script preload, says script-src 'none' and links its language’s feed",
    async (locale) => {
      const problems: string[] = []
      for (const path of readerPages(locale)) {
        const response = await fetch(`${siteUrl()}${path}`)
        const html = await response.text()
        for (const script of scriptsIn(html)) problems.push(`${path}: ${script.slice(0, 120)}`)
        if (scriptSrc(response.headers.get('content-security-policy')) !== "script-src 'none'")
          problems.push(`${path}: policy ${response.headers.get('content-security-policy')}`)
        const feed = new RegExp(`<link rel="alternate" type="application/rss\\+xml" href="/${locale}/feed\\.xml"`)
        if (!feed.test(html)) problems.push(`${path}: no feed link`)
      }
      expect(problems).toEqual([])
    },
  )

  it('the page a comment post returns, with an error or with the reader’s own pending comment, carries no script either', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'X-Forwarded-For': `10.12.${stamp % 250}.7` },
    })
    const page = await context.newPage()
    const article = `${siteUrl()}/mn/articles/${slugs.mn}`
    await page.goto(article)
    await page.fill('#respond input[name="name"]', 'Бат')
    await page.fill('#respond input[name="email"]', 'not-an-email')
    await page.fill('#respond textarea[name="body"]', `Скриптгүй хуудас ${stamp}`)
    await page.waitForTimeout(3100)
    const [withError] = await Promise.all([page.waitForNavigation(), page.click('#respond button[type="submit"]')])
    expect(await page.textContent('#respond .field-error')).toBe(translator('mn')('comments:errors.emailInvalid'))
    expect(scriptsIn((await withError?.text()) ?? '')).toEqual([])
    expect(scriptSrc(withError?.headers()['content-security-policy'] ?? null)).toBe("script-src 'none'")

    await page.fill('#respond input[name="email"]', `plain-${stamp}@e2e.test`)
    await page.waitForTimeout(3100)
    await Promise.all([page.waitForNavigation(), page.click('#respond button[type="submit"]')])
    // The reader's own view: the article rendered for them, with their pending comment.
    const mine = await page.goto(article)
    expect(await page.textContent('.comment--pending')).toContain(`Скриптгүй хуудас ${stamp}`)
    expect(scriptsIn((await mine?.text()) ?? '')).toEqual([])
    expect(scriptSrc(mine?.headers()['content-security-policy'] ?? null)).toBe("script-src 'none'")
    await context.close()
  })

  it('a Kazakh reader without JavaScript asks for the privacy links (a mistake answered by the field, the address kept) and a forged erasure link is refused in Kazakh', async () => {
    const t = translator('kk')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/kk/privacy`)
    await page.fill('#privacy-email', 'aigul-at-example')
    await Promise.all([page.waitForNavigation(), page.click('.comment-form button[type="submit"]')])
    expect(await page.textContent('#privacy-email-error')).toBe(t('comments:errors.emailInvalid'))
    expect(await page.inputValue('#privacy-email')).toBe('aigul-at-example')
    await page.fill('#privacy-email', `aigul-${stamp}@example.kz`)
    await Promise.all([page.waitForNavigation(), page.click('.comment-form button[type="submit"]')])
    expect(await page.textContent('main [role="status"]')).toBe(t('comments:privacy.sent'))

    await page.goto(`${siteUrl()}/kk/privacy/erase?token=forged.${stamp}`)
    const erase = page.locator('.comment-form button[type="submit"]')
    if ((await erase.count()) > 0) await Promise.all([page.waitForNavigation(), erase.click()])
    expect(await page.textContent('main [role="alert"], main [role="status"]')).toBe(t('comments:privacy.invalidLink'))
    await context.close()
  })

  it('an article opened through 127.0.0.1 and through localhost shows its hero image from root-relative URLs on both hosts', async () => {
    const port = new URL(siteUrl()).port
    const path = `/kk/articles/${slugs.kk}`
    const html = await (await fetch(`${siteUrl()}${path}`)).text()
    const imageUrls = [...html.matchAll(/<(?:img|source)\b[^>]*\s(?:src|srcSet|srcset)="([^"]+)"/g)].flatMap(
      ([, value]) => value.split(',').map((part) => part.trim().split(/\s+/)[0]),
    )
    expect(imageUrls.length).toBeGreaterThan(0)
    expect(imageUrls.filter((url) => !url.startsWith('/api/media/file/'))).toEqual([])
    // Where an absolute URL is needed (Open Graph), it is made from SITE_URL.
    expect(html).toMatch(
      new RegExp(`<meta property="og:image" content="${siteUrl().replace(/[.]/g, '\\.')}/api/media/file/`),
    )

    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const decoded: Record<string, number> = {}
    for (const host of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await page.goto(`${host}${path}`))?.status()).toBe(200)
      const hero = page.locator('.article__hero img')
      await hero.scrollIntoViewIfNeeded()
      await page.waitForFunction((img) => (img as HTMLImageElement).complete, await hero.elementHandle())
      decoded[host] = await hero.evaluate((img) => (img as HTMLImageElement).naturalWidth)
    }
    expect(Object.values(decoded).every((width) => width > 0)).toBe(true)
    await context.close()
  })

  it.each(localeCodes)(
    'a %s 404 is complete in the HTML without JavaScript: status 404, noindex, the site header, the message and links to the front page and search',
    async (locale) => {
      const t = translator(locale)
      for (const path of [`/${locale}/no-such-page`, `/${locale}/articles/no-such-story`]) {
        const response = await fetch(`${siteUrl()}${path}`)
        const html = await response.text()
        expect({ path, status: response.status }).toEqual({ path, status: 404 })
        expect(html).toContain(`<html lang="${locale}"`)
        expect(html).toMatch(/<meta name="robots" content="noindex/)
        expect(html).toContain('class="site-header"')
        expect(html).toContain(`<h1>${t('notFound.title')}</h1>`)
        expect(html).toContain(`href="/${locale}">${t('notFound.home')}</a>`)
        expect(html).toContain(`href="/${locale}/search">${t('notFound.search')}</a>`)
        expect(html).not.toMatch(/<div hidden id="S:|<template id="B:/)
      }
    },
  )

  it('an address in an unknown language gets the English 404, complete in the HTML', async () => {
    const t = translator('en')
    const response = await fetch(`${siteUrl()}/xx/articles/anything`)
    const html = await response.text()
    expect(response.status).toBe(404)
    expect(html).toContain('<html lang="en"')
    expect(html).toMatch(/<meta name="robots" content="noindex/)
    expect(html).toContain('class="site-header"')
    expect(html).toContain(`<h1>${t('notFound.title')}</h1>`)
    expect(html).toContain(`href="/en/search">${t('notFound.search')}</a>`)
  })
})
