import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { englishResources } from '../../locales'
import { storyFacts } from '../../scripts/seed/storyData'
import { type Locale, localeCodes, locales } from '@/i18n/locales'
import { formatDate, translator } from '@/i18n/translate'
import { axeViolations, launchChromium } from '../helpers/browser'
import { api, login, siteUrl, storyIn } from '../helpers/site'

type Tree = { [key: string]: string | Tree }
const englishInterface = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : englishInterface(value)))

/** Served from a page cache (the reader edge's, or Next's own), so nothing was rendered for it. */
const fromPageCache = (headers: Record<string, string> | undefined): boolean =>
  headers?.['x-altai-cache'] === 'HIT' || headers?.['x-nextjs-cache'] === 'HIT'

/** English interface sentences, cut at their placeholders: none may show on a zh/ru/kk/mn page. */
const englishFragments = Object.values(englishResources)
  .flatMap((ns) => englishInterface(ns as Tree))
  .flatMap((text) => text.split(/\{\{\s*\w+\s*\}\}/))
  .map((fragment) => fragment.replace(/[“”.,:;()—…!?]/g, ' ').trim())
  .filter((fragment) => fragment.length >= 5 && /[a-z]{3}/i.test(fragment))

describe('the reader site in five languages (Chromium)', () => {
  let browser: Browser
  let context: BrowserContext
  const stories = {} as Record<Locale, { slug: string; title: string }>

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext()
    for (const locale of localeCodes) stories[locale] = await storyIn(locale)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(localeCodes)('a %s reader reads the whole story in their language, dated their way', async (locale) => {
    const page = await context.newPage()
    const response = await page.goto(`${siteUrl()}/${locale}/articles/${stories[locale].slug}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    expect((await page.textContent('h1'))?.trim()).toBe(stories[locale].title)
    expect(await page.textContent('.byline time')).toBe(formatDate(storyFacts.publishedAt, locale))
    // Each pull quote is an excerpt of the paragraph before it, not the whole quotation again.
    const pullQuotes = await page.$$eval('.pull-quote', (figures) =>
      figures.map((figure) => [
        figure.querySelector('blockquote')?.textContent ?? '',
        figure.previousElementSibling?.textContent ?? '',
      ]),
    )
    for (const [pull, before] of pullQuotes) expect(pull.length).toBeLessThan(before.length / 2)
    expect(await page.locator('.article-body p').count()).toBeGreaterThanOrEqual(12)
    expect(await page.locator('.pull-quote').count()).toBe(2)
    expect(await page.locator('.pull-quote__organization').count()).toBe(2)
    expect(await page.getAttribute('.article__hero img', 'alt')).toBeTruthy()
    expect(await page.locator('a[href="#top"]').textContent()).toBe(translator(locale)('article:backToTop'))

    // hreflang: exactly the five languages plus x-default, each pointing at that language's slug.
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
    )
    expect(Object.fromEntries(alternates)).toEqual({
      ...Object.fromEntries(localeCodes.map((code) => [code, `/${code}/articles/${stories[code].slug}`])),
      'x-default': `/en/articles/${stories.en.slug}`,
    })
    const jsonLd = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: stories[locale].title, inLanguage: locale })
    expect(await page.getAttribute('meta[property="og:image:width"]', 'content')).toBe('1200')

    if (locale !== 'en') {
      // Readers' own words (comments marked with their language, e.g. an English comment shown on
      // every page of the story) may be English; every text the page declares in its own language may not.
      const text = await page.evaluate((pageLanguage) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        const own: string[] = []
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement
          if (!element || element.closest('script, style')) continue
          if (element.closest('[lang]')?.getAttribute('lang') === pageLanguage) own.push(node.textContent ?? '')
        }
        return own.join(' ')
      }, locale)
      expect(englishFragments.filter((fragment) => text.includes(fragment))).toEqual([])
    }
    await page.close()
  })

  it('sends “/” to the reader’s language and remembers a choice made in the switcher', async () => {
    const kazakh = await browser.newContext({
      locale: 'kk-KZ',
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9,ru;q=0.8' },
    })
    const page = await kazakh.newPage()
    await page.goto(`${siteUrl()}/`)
    expect(new URL(page.url()).pathname).toBe('/kk')

    await page.goto(`${siteUrl()}/kk/articles/${stories.kk.slug}`)
    await page.click('.language-switcher a[hreflang="mn"]')
    expect(new URL(page.url()).pathname).toBe(`/mn/articles/${stories.mn.slug}`)
    expect(await page.getAttribute('html', 'lang')).toBe('mn')

    await page.goto(`${siteUrl()}/`)
    expect(new URL(page.url()).pathname).toBe('/mn')
    await kazakh.close()
  })

  it('answers an unknown language with 404, and an unknown page with a 404 in the reader’s language', async () => {
    const page = await context.newPage()
    expect((await page.goto(`${siteUrl()}/xx/articles/anything`))?.status()).toBe(404)
    const kazakh404 = await page.goto(`${siteUrl()}/kk/articles/no-such-story`)
    expect(kazakh404?.status()).toBe(404)
    await page.waitForSelector('main h1')
    expect(await page.textContent('h1')).toBe(translator('kk')('notFound.title'))
    expect((await page.goto(`${siteUrl()}/ru/no/such/page`))?.status()).toBe(404)
    await page.waitForSelector('main h1')
    expect(await page.textContent('h1')).toBe(translator('ru')('notFound.title'))
    await page.close()
  })

  it('tells a Mongolian reader an article is not translated yet, links the languages it exists in, and is not indexed', async () => {
    const token = await login('editor')
    const created = await api<{ doc: { id: number; slug: string } }>('/articles', {
      method: 'POST',
      token,
      locale: 'en',
      body: {
        title: `Herders prepare for winter ${Date.now()}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
      },
    })
    expect(created.status).toBe(201)
    await api(`/articles/${created.body.doc.id}`, {
      method: 'PATCH',
      token,
      locale: 'ru',
      body: { title: 'Пастухи готовятся к зиме', translationStatus: 'in-progress', _status: 'published' },
    })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/mn/articles/${created.body.doc.slug}`)
    expect(await page.textContent('h1')).toBe(translator('mn')('article:notTranslated.title'))
    expect(await page.$$eval('.notice a', (links) => links.map((link) => link.getAttribute('hreflang')))).toEqual([
      'en',
    ])
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toMatch(/noindex/)
    // The Russian translation is in progress: not offered, and its URL shows the notice too.
    expect(await page.locator('.language-switcher a[hreflang="ru"]').count()).toBe(0)
    await page.close()
  })

  it('finds the story by a Chinese word, and says “nothing found” in Kazakh', async () => {
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/zh/search?q=${encodeURIComponent('生物多样性')}`)
    expect(await page.locator('.article-card h2').allTextContents()).toEqual([stories.zh.title])
    await page.goto(`${siteUrl()}/kk`)
    await page.fill('#site-search', 'жоқсөзқұрама')
    await Promise.all([page.waitForURL(/\/kk\/search\?q=/), page.press('#site-search', 'Enter')])
    expect(await page.textContent('[role="status"]')).toBe(
      translator('kk')('search.nothingFound', { query: 'жоқсөзқұрама' }),
    )
    await page.close()
  })

  it('shows the complete article with JavaScript turned off', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const page = await noScript.newPage()
    await page.goto(`${siteUrl()}/ru/articles/${stories.ru.slug}`)
    expect((await page.textContent('h1'))?.trim()).toBe(stories.ru.title)
    expect(await page.locator('.pull-quote').count()).toBe(2)
    await noScript.close()
  })

  it('rebuilds the Kazakh page when an editor changes the Kazakh headline, and leaves the Russian page alone', async () => {
    const token = await login('editor')
    const stamp = Date.now()
    const created = await api<{ doc: { id: number; slug: string } }>('/articles', {
      method: 'POST',
      token,
      locale: 'en',
      body: {
        title: `Railway corridor study ${stamp}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
      },
    })
    const id = created.body.doc.id
    const kk = await api<{ doc: { slug: string } }>(`/articles/${id}`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { title: `Теміржол дәлізін зерттеу ${stamp}`, translationStatus: 'published', _status: 'published' },
    })
    const ru = await api<{ doc: { slug: string } }>(`/articles/${id}`, {
      method: 'PATCH',
      token,
      locale: 'ru',
      body: {
        title: `Исследование железнодорожного коридора ${stamp}`,
        translationStatus: 'published',
        _status: 'published',
      },
    })
    const page = await context.newPage()
    const kkUrl = `${siteUrl()}/kk/articles/${kk.body.doc.slug}`
    const ruUrl = `${siteUrl()}/ru/articles/${ru.body.doc.slug}`
    await page.goto(kkUrl)
    expect(await page.textContent('h1')).toBe(`Теміржол дәлізін зерттеу ${stamp}`)
    // Served from the page cache from now on: only revalidation can change what readers get.
    expect(fromPageCache((await page.goto(kkUrl))?.headers())).toBe(true)
    await page.goto(ruUrl)
    const ruText = () => page.locator('main').innerText()
    const ruBefore = await ruText()
    expect(fromPageCache((await page.goto(ruUrl))?.headers())).toBe(true)

    const edited = await api(`/articles/${id}`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { title: `Теміржол дәлізі: жаңа зерттеу ${stamp}`, _status: 'published' },
    })
    expect(edited.status).toBe(200)
    await page.goto(kkUrl)
    expect(await page.textContent('h1')).toBe(`Теміржол дәлізі: жаңа зерттеу ${stamp}`)
    const ruAfter = await page.goto(ruUrl)
    expect(fromPageCache(ruAfter?.headers())).toBe(true)
    expect(await ruText()).toBe(ruBefore)
    await page.close()
  })

  it('rebuilds the English page when an editor changes the original’s headline, also when that marks its translations outdated', async () => {
    const token = await login('editor')
    const stamp = Date.now()
    const created = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token,
      locale: 'en',
      body: { title: `Grain terminal opens ${stamp}`, sourceLocale: 'en', _status: 'published' },
    })
    const id = created.body.doc.id
    // A published Kazakh translation, which the English edit below makes outdated.
    const kk = await api(`/articles/${id}`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { title: `Астық терминалы ашылды ${stamp}`, translationStatus: 'published', _status: 'published' },
    })
    expect(kk.status).toBe(200)
    const english = await api<{ slug: string }>(`/articles/${id}?depth=0`, { token, locale: 'en' })
    const enUrl = `${siteUrl()}/en/articles/${english.body.slug}`
    const page = await context.newPage()
    await page.goto(enUrl)
    expect(fromPageCache((await page.goto(enUrl))?.headers())).toBe(true)

    const edited = await api<{ doc: { slug: string } }>(`/articles/${id}`, {
      method: 'PATCH',
      token,
      locale: 'en',
      body: { title: `Grain terminal opens on the border ${stamp}`, _status: 'published' },
    })
    expect(edited.status).toBe(200)
    const outdated = await api<{ translationOutdated?: boolean }>(`/articles/${id}?depth=0`, { token, locale: 'kk' })
    expect(outdated.body.translationOutdated).toBe(true)
    await page.goto(`${siteUrl()}/en/articles/${edited.body.doc.slug}`)
    expect(await page.textContent('h1')).toBe(`Grain terminal opens on the border ${stamp}`)
    await page.close()
  })

  describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
    it.each(locales.map((l) => l.code))(
      'front page, article, organization, search and 404 in %s have no violations',
      async (locale) => {
        const page = await context.newPage()
        const pages = [
          `/${locale}`,
          `/${locale}/articles/${stories[locale].slug}`,
          `/${locale}/organizations/altai-krai-government`,
          `/${locale}/search?q=${encodeURIComponent(stories[locale].title.split(' ')[0] ?? 'a')}`,
          `/${locale}/no-such-page`,
        ]
        const found: string[] = []
        for (const path of pages) {
          await page.goto(`${siteUrl()}${path}`)
          // Every page, 404s included, is complete as the server sends it (decision 013).
          await page.waitForSelector('main h1')
          for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`)
        }
        expect(found).toEqual([])
        await page.close()
      },
    )
  })
})
