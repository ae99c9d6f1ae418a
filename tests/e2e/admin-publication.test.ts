import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { Articles } from '../../collections/Articles'
import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, siteUrl, storyIn } from '../helpers/site'

type Doc = { id: number; slug: string; title: string; _status?: string }

async function signIn(context: BrowserContext, role: Role): Promise<Page> {
  const page = await context.newPage()
  const { email, password } = account(role)
  await signInToAdmin(page, { email, password })
  return page
}

/** The URL the admin's Preview button opens, from the collection's own `admin.preview`. */
function previewUrl(doc: Doc, locale: Locale): string {
  const preview = Articles.admin?.preview as (
    doc: Record<string, unknown>,
    options: { locale: string },
  ) => string | null
  return `${siteUrl()}${preview(doc as unknown as Record<string, unknown>, { locale })}`
}

const badges = (page: Page, scope: string) =>
  page.$$eval(`${scope} [data-locale]`, (cells) =>
    Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-locale'), cell.getAttribute('data-state')])),
  )

describe('publishing from the admin, as an editor sees it (Chromium)', () => {
  let browser: Browser
  let context: BrowserContext
  let editor: Page
  let editorToken: string

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
    editor = await signIn(context, 'editor')
    editorToken = await login('editor')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('previews a brand-new article that was never published, in every language that has text', async () => {
    const created = await api<{ doc: Doc }>('/articles?draft=true', {
      method: 'POST',
      token: editorToken,
      locale: 'en',
      body: { title: 'Preview before the first publish', dek: 'Draft standfirst for the preview', sourceLocale: 'en' },
    })
    expect(created.status).toBe(201)
    const kk = await api<{ doc: Doc }>(`/articles/${created.body.doc.id}?draft=true`, {
      method: 'PATCH',
      token: editorToken,
      locale: 'kk',
      body: { title: 'Алғашқы жариялауға дейінгі алдын ала қарау', translationStatus: 'in-progress' },
    })
    expect(kk.status).toBe(200)

    for (const [locale, doc] of [
      ['en', created.body.doc],
      ['kk', kk.body.doc],
    ] as const) {
      const response = await editor.goto(previewUrl(doc, locale))
      expect(response?.status()).toBe(200)
      expect((await editor.textContent('h1'))?.trim()).toBe(doc.title)
      // The language switcher and hreflang offer the other draft language too.
      const other = locale === 'en' ? 'kk' : 'en'
      expect(await editor.locator(`link[rel="alternate"][hreflang="${other}"]`).count()).toBe(1)
    }
    // Readers still get nothing.
    const reader = await fetch(`${siteUrl()}/en/articles/${created.body.doc.slug}`)
    expect(reader.status).toBe(404)
  })

  it('“Publish in Қазақша” puts Kazakh online, says Published, and the badges show what readers see without a reload', async () => {
    const created = await api<{ doc: Doc }>('/articles', {
      method: 'POST',
      token: editorToken,
      locale: 'en',
      body: { title: 'Herders test solar water pumps', sourceLocale: 'en', _status: 'published' },
    })
    const id = created.body.doc.id
    const translator = await login('translator')
    const kkTitle = 'Малшылар күн сорғыларын сынады'
    const kkDraft = await api<{ doc: Doc }>(`/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: translator,
      locale: 'kk',
      body: { title: kkTitle, translationStatus: 'ready' },
    })
    expect(kkDraft.status).toBe(200)
    // Issue 11.9: a Russian draft saved as "published" is not something readers see.
    await api(`/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: editorToken,
      locale: 'ru',
      body: { title: 'Пастухи испытали солнечные насосы', translationStatus: 'published' },
    })

    await editor.goto(`${siteUrl()}/admin/collections/articles/${id}?locale=kk`)
    await editor.waitForSelector('.language-states [data-locale="kk"]')
    expect(await badges(editor, '.language-states')).toMatchObject({ en: 'source', kk: 'ready', ru: 'ready' })

    await editor.locator('#action-save-popup .popup-button, #action-save-popup button').first().click()
    await editor.click('#publish-locale')
    await editor.waitForSelector('.payload-toast-container .toast-success, [class*="toast"][class*="success"]')

    await editor.waitForFunction(
      () => document.querySelector('.language-states [data-locale="kk"]')?.getAttribute('data-state') === 'published',
    )
    expect(await badges(editor, '.language-states')).toMatchObject({
      en: 'source',
      kk: 'published',
      ru: 'ready',
      zh: 'missing',
      mn: 'missing',
    })
    // The status line speaks of Kazakh, which readers now see as published, although a Russian draft waits.
    await editor.waitForFunction(() => document.querySelector('.status__value')?.textContent?.trim() === 'Published')
    const reader = await fetch(`${siteUrl()}/kk/articles/${kkDraft.body.doc.slug}`)
    expect(reader.status).toBe(200)
    expect(await reader.text()).toContain(kkTitle)

    // After a reload the document still says Published, not "Changed — Revert to published".
    await editor.reload()
    await editor.waitForSelector('.status__value')
    expect((await editor.textContent('.status__value'))?.trim()).toBe('Published')
    expect(await editor.locator('.status__action').count()).toBe(0)

    await editor.goto(`${siteUrl()}/admin/collections/articles?locale=kk&limit=100`)
    const row = editor.locator('tr', { hasText: kkTitle })
    await row.waitFor()
    expect(await row.textContent()).not.toContain('Draft (has published version)')
    expect(await badges(editor, `tr:has-text("${kkTitle}") .translation-states`)).toMatchObject({
      kk: 'published',
      ru: 'ready',
    })
  })
})

describe('the admin makes no request outside the site (Chromium)', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens the dashboard, articles, an article, comments, a comment with its spam checks, media, users and comment rules as admin, all from the site itself', async () => {
    const adminToken = await login('admin')
    const story = await storyIn('en')
    const comment = await api<{ doc: { id: number } }>('/comments', {
      method: 'POST',
      token: adminToken,
      body: {
        article: story.id,
        language: 'en',
        authorName: 'Offline check',
        authorEmail: 'offline@example.org',
        body: 'Checking the admin offline.',
        status: 'pending',
        spamSignals: { honeypot: false, linkCount: 0 },
      },
    })
    expect(comment.status).toBe(201)

    const context = await browser.newContext({ locale: 'en-US' })
    const site = new URL(siteUrl()).host
    const outside: string[] = []
    const failed: string[] = []
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.host !== site) outside.push(request.url())
    })
    context.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`))
    const errors: string[] = []
    const page = await signIn(context, 'admin')
    page.on('pageerror', (error) => errors.push(error.message))

    const paths = [
      '/admin',
      '/admin/collections/articles',
      `/admin/collections/articles/${story.id}`,
      '/admin/collections/comments',
      `/admin/collections/comments/${comment.body.doc.id}`,
      '/admin/collections/media',
      '/admin/collections/users',
      '/admin/globals/comment-rules',
    ]
    for (const path of paths) {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      await page.waitForSelector('.template-default, .dashboard, .collection-list, .collection-edit, .global-edit', {
        timeout: 30_000,
      })
      // Payload names collections with per-language labels; no control may read them as an object
      // ("Create new [object Object]" on the dashboard cards, "Sort by [object Object]" in lists).
      const objectLabels = await page.$$eval('[aria-label], [title]', (elements) =>
        elements
          .flatMap((element) => [element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? ''])
          .filter((text) => text.includes('[object Object]')),
      )
      expect({ path, objectLabels }).toEqual({ path, objectLabels: [] })
      expect(await page.locator('body').innerText()).not.toContain('[object Object]')
      if (path.includes('/comments/')) {
        // The spam checks are readable text, not an editor waiting for a CDN.
        await page.waitForSelector('.json-text pre')
        expect(await page.textContent('.json-text pre')).toContain('"linkCount": 0')
      }
    }
    expect(outside).toEqual([])
    expect(errors.filter((message) => /monaco/i.test(message))).toEqual([])
    expect(failed.filter((line) => !line.includes(site))).toEqual([])
  })
})
