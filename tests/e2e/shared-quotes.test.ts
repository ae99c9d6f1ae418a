import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

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
