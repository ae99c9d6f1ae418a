import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { adminLanguages } from '@/i18n/adminLanguages'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, releaseLocks, siteUrl, storyIn } from '../helpers/site'

const kk = newsroomAdminStrings.kk
const kkPayload = adminLanguages.kk.translations

type Node = { type: string; text?: string; children?: Node[]; fields?: { blockType?: string } }
type Body = { root: { children: Node[] } }
type ArticleDoc = { id: number; body?: Body; heroImage?: number | null }

/** The first word of a paragraph's text that is a plain word of letters (the one the editor changes). */
const firstWord = (node: Node) =>
  (node.children ?? [])
    .map((child) => child.text ?? '')
    .join('')
    .match(/\p{L}{4,}/u)?.[0] ?? ''

describe('a Kazakh translator starts from the original’s structure and sees what changed in it (Chromium)', () => {
  let browser: Browser
  let page: Page
  let editorToken: string
  let translatorToken: string
  let articleId: number
  let sourceBody: Body
  let heroImage: number | null | undefined
  const run = Date.now()

  beforeAll(async () => {
    browser = await launchChromium()
    editorToken = await login('editor')
    translatorToken = await login('translator')
    // A new story with the seeded story's English body (paragraphs and pull quotes) and photo.
    const story = await api<ArticleDoc>(`/articles/${(await storyIn('en')).id}?depth=0&draft=true`, {
      token: editorToken,
      locale: 'en',
    })
    sourceBody = story.body.body as Body
    heroImage = story.body.heroImage
    expect(sourceBody.root.children.some((node) => node.fields?.blockType === 'pullQuote')).toBe(true)
    const created = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token: editorToken,
      locale: 'en',
      body: {
        title: `Herders count snow leopards ${run}`,
        sourceLocale: 'en',
        body: sourceBody,
        heroImage,
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    articleId = created.body.doc.id
    const context = await browser.newContext({
      locale: 'kk-KZ',
      viewport: { width: 1366, height: 900 },
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' },
    })
    page = await context.newPage()
    await signInToAdmin(page, account('translator'))
  })
  afterAll(async () => {
    await browser?.close()
  })

  const openKazakh = async () => {
    await releaseLocks(articleId)
    await page.goto(`${siteUrl()}/admin/collections/articles/${articleId}?locale=kk`)
    await page.waitForSelector('#action-save-draft')
  }

  it('opens a new Kazakh translation with the pull quotes and paragraphs of the original in the body, empty of English', async () => {
    await openKazakh()
    await page.waitForSelector('.body-skeleton-note')
    expect(await page.textContent('.body-skeleton-note')).toBe(kk.skeletonStarted)
    const editor = page.locator('[data-lexical-editor="true"]')
    const quotes = sourceBody.root.children.filter((node) => node.fields?.blockType === 'pullQuote').length
    // Blocks render one after another: wait for the last one, then count them all.
    await editor
      .locator('[class*="block-pill-pullQuote"]')
      .nth(quotes - 1)
      .waitFor()
    expect(await editor.locator('[class*="block-pill-pullQuote"]').count()).toBe(quotes)
    const paragraphs = sourceBody.root.children.filter((node) => node.type === 'paragraph').length
    const ownParagraphs = editor.locator(':scope > p')
    expect(await ownParagraphs.count()).toBe(paragraphs)
    expect((await ownParagraphs.allInnerTexts()).join('').trim()).toBe('')

    // The translator writes the first paragraph and the headline, and saves: the structure is kept.
    await page.fill('input[name="title"]', `Малшылар ілбіс санады ${run}`)
    await ownParagraphs.first().click()
    await page.keyboard.type('Малшылар қырық ілбісті санады.')
    await page.click(`button:has-text("${kkPayload.version.saveDraft}")`)
    await page.waitForSelector('.payload-toast-container .toast-success, [class*="toast"][class*="success"]')
    const saved = await api<ArticleDoc>(`/articles/${articleId}?depth=0&draft=true&fallback-locale=none`, {
      token: translatorToken,
      locale: 'kk',
    })
    expect(saved.body.body?.root.children.map((node) => node.fields?.blockType ?? node.type)).toEqual(
      sourceBody.root.children.map((node) => node.fields?.blockType ?? node.type),
    )
    expect(JSON.stringify(saved.body.body)).toContain('Малшылар қырық ілбісті санады.')
  })

  it('shows the image’s English alt text and caption beside the Kazakh fields in the image drawer', async () => {
    expect(heroImage).toBeTruthy()
    const media = await api<{ alt: string; caption?: string | null }>(`/media/${heroImage}?depth=0`, {
      locale: 'en',
    })
    await page.locator('.upload-relationship-details__edit').first().click()
    const drawer = page.locator('dialog[open], .drawer--is-open').last()
    await drawer.locator('.source-text').first().waitFor()
    const sources = await drawer.locator('.source-text [lang="en"]').allInnerTexts()
    expect(media.body.caption).toBeTruthy()
    expect(sources).toEqual(expect.arrayContaining([media.body.alt, media.body.caption]))
    await page.keyboard.press('Escape')
  })

  it('after an editor changes a word of the original, shows the translator that word struck out and the new one beside the outdated translation', async () => {
    // The translation is finished and marked ready (by the translator, over the API: the browser part is above).
    const filled = structuredClone(sourceBody)
    for (const node of filled.root.children)
      if (node.type === 'paragraph') node.children = [{ ...(node.children?.[0] ?? { type: 'text' }), text: 'Аударма.' }]
    const ready = await api(`/articles/${articleId}?draft=true`, {
      method: 'PATCH',
      token: translatorToken,
      locale: 'kk',
      body: { body: filled, translationStatus: 'ready' },
    })
    expect(ready.status).toBe(200)

    // The editor changes one word of the first paragraph of the English original.
    const changed = structuredClone(sourceBody)
    const first = changed.root.children.find((node) => node.type === 'paragraph' && firstWord(node)) as Node
    const oldWord = firstWord(first)
    const newWord = `Snowfields${run % 1000}`
    first.children = (first.children ?? []).map((child) =>
      child.text ? { ...child, text: child.text.replace(oldWord, newWord) } : child,
    )
    await releaseLocks(articleId)
    const edit = await api(`/articles/${articleId}?draft=true`, {
      method: 'PATCH',
      token: editorToken,
      locale: 'en',
      body: { body: changed },
    })
    expect(edit.status).toBe(200)

    await openKazakh()
    const changes = page.locator('.source-text__changes[data-field="body"]')
    await changes.waitFor()
    const trimmed = (texts: string[]) => texts.map((text) => text.trim())
    expect(trimmed(await changes.locator('del').allInnerTexts())).toEqual([oldWord])
    expect(trimmed(await changes.locator('ins').allInnerTexts())).toEqual([newWord])
    expect(await changes.textContent()).toContain(kk.sourceChangedSince.split('(')[0]?.trim() ?? '')
  })
})
