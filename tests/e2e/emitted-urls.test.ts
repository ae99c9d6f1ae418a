import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import type { Browser, BrowserContext } from 'playwright-core'
import { SaxesParser, type SaxesTagPlain } from 'saxes'

import { type Locale, localeCodes } from '@/i18n/locales'
import { launchChromium } from '../helpers/browser'
import { api, login, siteUrl, storyIn } from '../helpers/site'

const titles: Record<Locale, string> = {
  en: 'Herders of the Altai gather',
  zh: '阿尔泰牧民聚会',
  ru: 'Пастухи Алтая собираются',
  kk: 'Алтай малшылары жиналды',
  mn: 'Алтайн малчид цуглав',
}

/** What a stored headline may hold from before save-time checks: controls, a non-character, and a script tag. */
const hostileHeadline = 'Малчид\u000Bцуглав\u0001 \u0085 \uFFFF </script><script>window.__pwned=1</script>'

type Parsed = {
  valid: boolean
  error?: string
  elements: { name: string; attributes: Record<string, string>; text: string }[]
}

/** Parses `xml` with a strict, conforming XML parser (saxes), collecting every element with its text. */
function parseXml(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: false })
  const result: Parsed = { valid: true, elements: [] }
  const open: Parsed['elements'] = []
  parser.on('error', (error) => {
    result.valid = false
    result.error ??= error.message
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const element = { name: tag.name, attributes: { ...tag.attributes } as Record<string, string>, text: '' }
    result.elements.push(element)
    open.push(element)
  })
  parser.on('text', (text) => {
    const element = open[open.length - 1]
    if (element) element.text += text
  })
  parser.on('cdata', (text) => {
    const element = open[open.length - 1]
    if (element) element.text += text
  })
  parser.on('closetag', () => {
    open.pop()
  })
  parser.write(xml).close()
  return result
}

describe('every URL the site emits resolves, and every feed and the sitemap are valid XML', () => {
  let browser: Browser
  let context: BrowserContext
  let token: string
  let copyId: number

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext()
    token = await login('editor')

    // An article in five languages, as an editor writes it through the REST API…
    const created = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token,
      locale: 'en',
      body: { title: titles.en, sourceLocale: 'en', _status: 'published', publishedAt: new Date().toISOString() },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      const saved = await api(`/articles/${id}`, {
        method: 'PATCH',
        token,
        locale,
        body: { title: titles[locale], translationStatus: 'published', _status: 'published' },
      })
      expect(saved.status).toBe(200)
    }
    // …duplicated from the Kazakh admin (Payload's own duplicate endpoint)…
    const duplicated = await api<{ doc: { id: number } }>(`/articles/${id}/duplicate`, {
      method: 'POST',
      token,
      locale: 'kk',
      body: {},
    })
    expect(duplicated.status).toBe(200)
    copyId = duplicated.body.doc.id

    // …whose Mongolian headline holds what a database written before the save-time check may hold…
    const db = createClient({ url: process.env.E2E_DATABASE_URI as string })
    await db.execute({
      sql: `UPDATE articles_locales SET title = ?, dek = ? WHERE _parent_id = ? AND _locale = 'mn'`,
      args: [hostileHeadline, 'Dek\u0002 with \u0008 controls', copyId],
    })
    await db.execute({
      sql: `UPDATE _articles_v_locales SET version_title = ?, version_dek = ? WHERE _locale = 'mn' AND _parent_id IN (SELECT id FROM _articles_v WHERE parent_id = ?)`,
      args: [hostileHeadline, 'Dek\u0002 with \u0008 controls', copyId],
    })
    db.close()

    // …and then published.
    const published = await api(`/articles/${copyId}`, {
      method: 'PATCH',
      token,
      locale: 'en',
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the duplicate has a plain URL slug in every language', async () => {
    const { body } = await api<{ slug: Record<Locale, string> }>(`/articles/${copyId}?depth=0`, {
      token,
      locale: 'all' as Locale,
    })
    for (const locale of localeCodes) expect(body.slug[locale]).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('the sitemap, the five feeds and every hreflang and language-switcher link of every article answer 200', async () => {
    const urls = new Set<string>()
    const sitemap = parseXml(await (await fetch(`${siteUrl()}/sitemap.xml`)).text())
    expect(sitemap).toMatchObject({ valid: true })
    for (const element of sitemap.elements) {
      if (element.name === 'loc') urls.add(element.text.trim())
      if (element.name === 'xhtml:link') urls.add(element.attributes.href)
    }
    const copySlugs = (
      await api<{ slug: Record<Locale, string> }>(`/articles/${copyId}?depth=0`, { token, locale: 'all' as Locale })
    ).body.slug
    for (const locale of localeCodes) expect(urls).toContain(`${siteUrl()}/${locale}/articles/${copySlugs[locale]}`)

    for (const locale of localeCodes) {
      const response = await fetch(`${siteUrl()}/${locale}/feed.xml`)
      expect(response.status).toBe(200)
      const feed = parseXml(await response.text())
      expect({ locale, ...feed, elements: undefined }).toEqual({ locale, valid: true, elements: undefined })
      const items = feed.elements
        .filter((element) => element.name === 'link' || element.name === 'guid')
        .map((element) => element.text.trim())
      expect(items).toContain(`${siteUrl()}/${locale}/articles/${copySlugs[locale]}`)
      for (const url of items) urls.add(url)
    }

    // Every article page: its hreflang alternates and its language switcher, as Chromium sees them.
    const page = await context.newPage()
    for (const url of [...urls].filter((entry) => entry.includes('/articles/'))) {
      const response = await page.goto(url)
      expect({ url, status: response?.status() }).toEqual({ url, status: 200 })
      const links = await page.$$eval('link[rel="alternate"][hreflang], nav.language-switcher a[href]', (elements) =>
        elements.map((element) => (element as HTMLLinkElement | HTMLAnchorElement).href),
      )
      for (const link of links) urls.add(link)
    }
    await page.close()

    const failures: string[] = []
    for (const url of urls) {
      const response = await fetch(url, { redirect: 'follow' })
      if (response.status !== 200) failures.push(`${response.status} ${url}`)
    }
    expect(failures).toEqual([])
    expect(urls.size).toBeGreaterThan(20)
  })

  it('a Mongolian headline holding control characters and a script tag leaves the feed valid and the JSON-LD whole', async () => {
    const feed = parseXml(await (await fetch(`${siteUrl()}/mn/feed.xml`)).text())
    expect(feed.valid).toBe(true)
    expect(feed.elements.map((element) => element.text)).toContain(
      'Малчид цуглав    </script><script>window.__pwned=1</script>',
    )

    const { body } = await api<{ slug: string }>(`/articles/${copyId}?depth=0`, { locale: 'mn' })
    const page = await context.newPage()
    expect((await page.goto(`${siteUrl()}/mn/articles/${body.slug}`))?.status()).toBe(200)
    const scripts = await page.$$eval('script[type="application/ld+json"]', (elements) =>
      elements.map((element) => element.textContent ?? ''),
    )
    expect(scripts).toHaveLength(1)
    const jsonLd = JSON.parse(scripts[0] as string) as { headline: string; description: string }
    expect(jsonLd.headline).toBe('Малчид цуглав    </script><script>window.__pwned=1</script>')
    expect(jsonLd.description).toBe('Dek with  controls')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await page.close()
  })

  it('a control character sent through the API is refused with a message naming it, and the headline is kept as it was', async () => {
    const refused = await api<{ errors: { data?: { errors?: { message: string }[] } }[] }>(`/articles/${copyId}`, {
      method: 'PATCH',
      token,
      locale: 'ru',
      body: { title: 'Пастухи\u000BАлтая', _status: 'published' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('U+000B')
    const { body } = await api<{ title: string }>(`/articles/${copyId}?depth=0`, { token, locale: 'ru' })
    expect(body.title).toBe(titles.ru)
  })

  it('REST and GraphQL `like` find a Cyrillic headline typed in lower case', async () => {
    const story = await storyIn('ru')
    const word = story.title.split(/\s+/)[0] as string
    expect(word).not.toBe(word.toLowerCase())
    const rest = await api<{ docs: { id: number }[] }>(
      `/articles?depth=0&where[title][like]=${encodeURIComponent(word.toLowerCase())}`,
      { token, locale: 'ru' },
    )
    expect(rest.body.docs.map((doc) => doc.id)).toContain(story.id)

    const response = await fetch(`${siteUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `{ Articles(locale: ru, where: { title: { contains: ${JSON.stringify(word.toUpperCase())} } }) { docs { id } } }`,
      }),
    })
    const graphql = (await response.json()) as { data: { Articles: { docs: { id: number }[] } } }
    expect(graphql.data.Articles.docs.map((doc) => doc.id)).toContain(story.id)
  })

  it('the admin list search finds a Kazakh headline typed in lower case', async () => {
    const story = await storyIn('kk')
    const word = story.title.split(/\s+/)[0] as string
    const admin = await browser.newContext()
    await admin.addCookies([{ name: 'payload-token', value: token, url: siteUrl() }])
    const page = await admin.newPage()
    await page.goto(
      `${siteUrl()}/admin/collections/articles?locale=kk&search=${encodeURIComponent(word.toLowerCase())}`,
    )
    await page.waitForSelector('.table, .collection-list__no-results', { timeout: 30_000 })
    expect(await page.locator('.table').textContent()).toContain(story.title)
    await admin.close()
  })
})
