import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { localeCodes } from '@/i18n/locales'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, releaseLocks, siteUrl, storyIn } from '../helpers/site'

type QuoteDoc = { id: number; title: string; text: string }

/** Issue 15, "Quotes are reusable", as an editor sees it in the admin and a reader on the site. */
describe('shared quotes in the admin and on the reader site (Chromium)', () => {
  let browser: Browser
  let editor: Page
  let quotes: QuoteDoc[]
  let story: { id: number; slug: string; title: string }

  beforeAll(async () => {
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
    editor = await context.newPage()
    await signInToAdmin(editor, account('editor'))
    story = await storyIn('en')
    const found = await api<{ docs: QuoteDoc[] }>('/quotes?locale=en&depth=0&sort=id&limit=2', {
      token: await login('admin'),
    })
    quotes = found.body.docs
  })
  afterAll(async () => {
    if (story) await releaseLocks(story.id)
    await browser?.close()
  })

  it('names the seeded story’s quotes by their words and speaker on the article’s admin page', async () => {
    expect(quotes).toHaveLength(2)
    for (const quote of quotes) expect(quote.title).toMatch(/^“.+” — \S/)
    await editor.goto(`${siteUrl()}/admin/collections/articles/${story.id}?locale=en`)
    const titles = quotes.map((quote) => quote.title)
    for (const title of titles) await editor.getByText(title, { exact: true }).first().waitFor({ timeout: 150_000 })
    // Shown as the pull-quote picker and the article's Quotes list show a quote: the collection's
    // title, “words” — speaker (exact text of an element). Which of the two draws it first varies on a
    // loaded machine (the block's picker draws late), so this asks that the page shows each title.
    for (const title of titles) expect(await editor.getByText(title, { exact: true }).count()).toBeGreaterThanOrEqual(1)
    // The first admin page of a fresh server renders slowly on a loaded machine.
  }, 180_000)

  it('lists, on a quote’s page, the story that embeds it', async () => {
    const quote = quotes[0] as QuoteDoc
    await editor.goto(`${siteUrl()}/admin/collections/quotes/${quote.id}?locale=en`)
    const list = editor.locator('[data-testid="quote-stories"]')
    await list.waitFor({ timeout: 60_000 })
    // Other browser tests may embed the same seeded quote in stories of their own.
    expect(await list.locator('a').allTextContents()).toContain(story.title)
    expect(await list.locator('a', { hasText: story.title }).first().getAttribute('href')).toBe(
      `/admin/collections/articles/${story.id}`,
    )
  })

  it('shows readers both pull quotes of the seeded story in every language', async () => {
    for (const locale of localeCodes) {
      const { slug } = await storyIn(locale)
      const page = await browser.newPage()
      await page.goto(`${siteUrl()}/${locale}/articles/${slug}`)
      const texts = await page.$$eval('.pull-quote blockquote', (nodes) => nodes.map((node) => node.textContent ?? ''))
      const translated = await api<{ docs: QuoteDoc[] }>(`/quotes?locale=${locale}&depth=0&sort=id&limit=2`)
      expect(texts).toEqual(translated.body.docs.map((quote) => quote.text))
      await page.close()
    }
  })
})

/**
 * A quote's translation goes the way an article's does (issue 15): the Kazakh translator has
 * "Submit for review" where an editor has Save, and sees a warning when the original quote changed
 * after the translation was marked ready. Each run makes a quote of its own.
 */
describe('a translator’s quote: Submit for review, and the warning when the original changes (Chromium)', () => {
  const kk = newsroomAdminStrings.kk
  const run = Date.now()
  let browser: Browser
  let editorToken: string
  let quoteId: number

  const stored = async (locale: string) =>
    (
      await api<{ text?: string; translationStatus?: string; translationOutdated?: boolean }>(
        `/quotes/${quoteId}?locale=${locale}&fallback-locale=null&depth=0`,
        { token: editorToken },
      )
    ).body

  async function kazakhTranslator(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'kk-KZ',
      viewport: { width: 1366, height: 900 },
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' },
    })
    const page = await context.newPage()
    await signInToAdmin(page, account('translator'))
    await page.goto(`${siteUrl()}/admin/collections/quotes/${quoteId}?locale=kk`)
    return page
  }

  beforeAll(async () => {
    browser = await launchChromium()
    editorToken = await login('editor')
    const created = await api<{ doc: { id: number } }>('/quotes?locale=en', {
      method: 'POST',
      token: editorToken,
      body: {
        text: `Forty wells will be dug before winter (${run})`,
        speakerName: 'Aigerim Bekova',
        sourceLocale: 'en',
      },
    })
    expect(created.status).toBe(201)
    quoteId = created.body.doc.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('gives the translator “Submit for review” instead of Save; submitting marks the Kazakh quote ready for review', async () => {
    const desk = await kazakhTranslator()
    const submit = desk.locator('#action-submit-for-review')
    await submit.waitFor()
    expect((await submit.textContent())?.trim()).toBe(kk.submitForReview)
    expect(await desk.locator('#action-save').count()).toBe(0)
    await desk.fill('#field-text', `Қыс алдында қырық құдық қазылады (${run})`)
    await desk.fill('#field-speakerName', 'Әйгерім Бекова')
    await Promise.all([desk.waitForURL(/\/admin\/?$/), submit.click()])
    await desk.waitForSelector(`text=${kk.submittedForReview}`)
    const kazakh = await stored('kk')
    expect(kazakh.text).toBe(`Қыс алдында қырық құдық қазылады (${run})`)
    expect(kazakh.translationStatus).toBe('ready')
    await desk.context().close()
  })

  it('warns the translator, in Kazakh, once the original quote changed after the translation was marked ready', async () => {
    const changed = await api(`/quotes/${quoteId}?locale=en`, {
      method: 'PATCH',
      token: editorToken,
      body: { text: `Fifty wells will be dug before winter (${run})` },
    })
    expect(changed.status).toBe(200)
    expect((await stored('kk')).translationOutdated).toBe(true)
    const desk = await kazakhTranslator()
    const warning = desk.locator('.source-text__outdated').first()
    await warning.waitFor()
    expect((await warning.textContent())?.trim()).toBe(kk.sourceChangedUnkept)
    // Above the field, the original as it is now.
    expect(await desk.locator('.source-text').first().textContent()).toContain('Fifty wells')
    await desk.context().close()
  })

  it('leaves an editor Payload’s Save on the Kazakh quote, and no “Submit for review”', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    await signInToAdmin(page, account('editor'))
    await page.goto(`${siteUrl()}/admin/collections/quotes/${quoteId}?locale=kk`)
    await page.locator('#action-save').waitFor()
    expect(await page.locator('#action-submit-for-review').count()).toBe(0)
    await context.close()
  })
})
