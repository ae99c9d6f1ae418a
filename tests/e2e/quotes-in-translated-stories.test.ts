import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { languageLabel } from '../../collections/labels'
import { lexicalBody } from '../../scripts/seed/lexical'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, releaseLocks, siteUrl } from '../helpers/site'

type QuoteDoc = { id: number; title?: string | null; text?: string | null; translationStatus?: string | null }

/**
 * A first-time tester's Kazakh story and its pull quote (decision 022): the translator translates
 * the quote from the article's body without losing the unsaved article, the editor finds the quote
 * in the review queue and publishes the story with it, and the Kazakh quotes list names an
 * untranslated quote by the original's words. Each run makes its own translator, story and quotes.
 */
describe('a quote translated inside a Kazakh story (Chromium)', () => {
  const kk = newsroomAdminStrings.kk
  const run = Date.now()
  const translator = {
    email: `quote-translator-${run}@e2e.test`,
    password: `quote-translator-${run}-password`,
  }
  let browser: Browser
  let editorToken: string
  let quoteId: number
  let untranslatedId: number
  let articleId: number
  const kazakhWords = `Сорғылар мамырға дейін алыс жайылымдарға жетеді (${run})`

  const quoteIn = async (id: number, locale: 'en' | 'kk', token?: string) =>
    (await api<QuoteDoc>(`/quotes/${id}?locale=${locale}&fallback-locale=null&depth=0`, { token })).body

  async function signedIn(credentials: { email: string; password: string }, kazakhAdmin: boolean): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      ...(kazakhAdmin ? { locale: 'kk-KZ', extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' } } : {}),
    })
    return signInToAdmin(await context.newPage(), credentials)
  }

  beforeAll(async () => {
    browser = await launchChromium()
    editorToken = await login('editor')
    const madeTranslator = await api('/users', {
      method: 'POST',
      token: await login('admin'),
      body: {
        ...translator,
        name: `Dana Quote Translator ${run}`,
        roles: ['translator'],
        translatorLocales: ['kk'],
      },
    })
    expect(madeTranslator.status).toBe(201)
    const makeQuote = async (text: string) => {
      const made = await api<{ doc: { id: number } }>('/quotes?locale=en', {
        method: 'POST',
        token: editorToken,
        body: { text, speakerName: 'Aigerim Bekova', sourceLocale: 'en' },
      })
      expect(made.status).toBe(201)
      return made.body.doc.id
    }
    quoteId = await makeQuote(`The pumps reach the far pastures by May (${run})`)
    untranslatedId = await makeQuote(`Nobody has translated these words yet (${run})`)
    const body = (text: string) =>
      lexicalBody([
        { type: 'paragraph', text },
        { type: 'pullQuote', quoteId },
      ])
    const story = await api<{ doc: { id: number } }>('/articles?locale=en', {
      method: 'POST',
      token: editorToken,
      body: {
        title: `Pumps for the far pastures ${run}`,
        body: body('Twelve families share the new pumps.'),
        sourceLocale: 'en',
        _status: 'published',
      },
    })
    expect(story.status).toBe(201)
    articleId = story.body.doc.id
    // The Kazakh translation under way: its body embeds the same quote.
    const kazakhDraft = await api(`/articles/${articleId}?locale=kk&draft=true&depth=0`, {
      method: 'PATCH',
      token: editorToken,
      body: {
        title: `Алыс жайылымдарға сорғылар ${run}`,
        body: body('Он екі отбасы жаңа сорғыларды бірге пайдаланады.'),
        translationStatus: 'in-progress',
        _status: 'draft',
      },
    })
    expect(kazakhDraft.status).toBe(200)
  }, 120_000)
  afterAll(async () => {
    if (articleId) await releaseLocks(articleId)
    await browser?.close()
  })

  it('submits the quote for review from the drawer over the article, keeping the translator’s unsaved Kazakh headline on the page', async () => {
    const desk = await signedIn(translator, true)
    const articleUrl = `${siteUrl()}/admin/collections/articles/${articleId}?locale=kk`
    await desk.goto(articleUrl)
    const headline = desk.locator('input[name="title"]')
    await headline.waitFor({ timeout: 150_000 })
    const unsaved = `Алыс жайылымдарға жаңа сорғылар жетті ${run}`
    await headline.fill(unsaved)
    // The quote embedded in the body, opened in Payload's document drawer.
    await desk
      .locator('.LexicalEditorTheme__block-pullQuote .relationship--single-value__drawer-toggler')
      .first()
      .click()
    const drawer = desk.locator('dialog[open], .drawer--is-open').last()
    const submit = drawer.locator('#action-submit-for-review')
    await submit.waitFor({ timeout: 60_000 })
    expect((await submit.textContent())?.trim()).toBe(kk.submitForReview)
    await drawer.locator('#field-text').fill(kazakhWords)
    await drawer.locator('#field-speakerName').fill('Әйгерім Бекова')
    await submit.click()
    await desk.waitForSelector(`text=${kk.submittedForReview}`)
    await drawer.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => drawer.waitFor({ state: 'hidden' }))
    // Still the article, with the headline the translator typed and has not saved yet.
    expect(desk.url()).toBe(articleUrl)
    expect(await headline.inputValue()).toBe(unsaved)
    const quote = await quoteIn(quoteId, 'kk', editorToken)
    expect([quote.text, quote.translationStatus]).toEqual([kazakhWords, 'ready'])
    await desk.context().close()
  }, 240_000)

  it('lists the quote in the editor’s review queue, and “Publish in Kazakh” on the story puts the Kazakh quote online with it', async () => {
    await releaseLocks(articleId)
    const editor = await signedIn(account('editor'), false)
    const row = editor.locator(`.review-queue li[data-quote="${quoteId}"][data-locale="kk"]`)
    await row.waitFor({ timeout: 60_000 })
    expect(await row.locator('a').getAttribute('href')).toBe(`/admin/collections/quotes/${quoteId}?locale=kk`)
    expect(await row.textContent()).toContain(kazakhWords)
    // Before the story is published in Kazakh, readers get no Kazakh words for the quote.
    expect((await quoteIn(quoteId, 'kk')).text ?? null).toBeNull()

    await editor.goto(`${siteUrl()}/admin/collections/articles/${articleId}?locale=kk`)
    const publish = editor.locator('#action-publish-language')
    await publish.waitFor({ timeout: 60_000 })
    await publish.click()
    await editor.waitForSelector('.payload-toast-container .toast-success, [class*="toast"][class*="success"]')
    // Published in the same request as the story (one transaction): done when the toast shows.
    expect((await quoteIn(quoteId, 'kk', editorToken)).translationStatus).toBe('published')
    // A reader (no token) now gets the Kazakh words.
    expect((await quoteIn(quoteId, 'kk')).text).toBe(kazakhWords)
    await editor.context().close()
  }, 240_000)

  it('names an untranslated quote in the Kazakh quotes list by the original’s words, marked as the original', async () => {
    const english = await quoteIn(untranslatedId, 'en', editorToken)
    expect(english.title).toBeTruthy()
    const editor = await signedIn(account('editor'), false)
    await editor.goto(`${siteUrl()}/admin/collections/quotes?locale=kk&where[id][equals]=${untranslatedId}`)
    const cell = editor.locator('.cell-title').first()
    await cell.waitFor({ timeout: 60_000 })
    const marked = `${english.title} (${newsroomAdminStrings.en.worklistOriginal.replace('{{language}}', languageLabel('en').en)})`
    expect((await cell.textContent())?.trim()).toBe(marked)
    // …and its own page is titled the same way, not by its number.
    await editor.goto(`${siteUrl()}/admin/collections/quotes/${untranslatedId}?locale=kk`)
    await editor.waitForFunction(
      (expected) => document.querySelector('.doc-header__title')?.textContent?.trim() === expected,
      marked,
      { timeout: 30_000 },
    )
    await editor.context().close()
  }, 120_000)
})
