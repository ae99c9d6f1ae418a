import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { Role } from '../../collections/access/roles'
import { languageLabel } from '../../collections/labels'
import { newsroomAdminStrings, newsroomCount } from '@/i18n/admin/newsroom'
import { adminLanguages } from '@/i18n/adminLanguages'
import { translator as readerStrings } from '@/i18n/translate'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin, waitForOnPage } from '../helpers/browser'
import { api, login, siteUrl, storyIn } from '../helpers/site'

type Article = {
  id: number
  slug?: string
  title?: string
  publishedAt?: string | null
  translationStatus?: string
}

const kk = newsroomAdminStrings.kk
const en = newsroomAdminStrings.en
const payloadEn = adminLanguages.en.translations
let browser: Browser

/** One person at one desk: a browser context of its own, in the admin language the person reads. */
async function signInAs(role: Role, adminLanguage: 'en' | 'kk'): Promise<Page> {
  const context = await browser.newContext({
    locale: adminLanguage === 'kk' ? 'kk-KZ' : 'en-GB',
    viewport: { width: 1366, height: 900 },
    extraHTTPHeaders: { 'Accept-Language': adminLanguage === 'kk' ? 'kk-KZ,kk;q=0.9' : 'en-GB,en;q=0.9' },
  })
  const page = await context.newPage()
  await signInToAdmin(page, account(role))
  return page
}

async function typeInBody(page: Page, text: string): Promise<void> {
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

async function successToast(page: Page): Promise<void> {
  await waitForOnPage(page, '.payload-toast-container .toast-success, [class*="toast"][class*="success"]')
}

/**
 * The first day of issue 15 as one story, each person in their own browser and admin language:
 * an editor writes, previews before the first publish and publishes (the date is stamped); a Kazakh
 * translator finds the story in the worklist, translates it and submits it for review; the editor
 * finds it in the review queue and publishes Kazakh with the button in view, readers see it, and the
 * versions say who did what; a reader comments; the moderator filters by language in one
 * click and approves. Each step checks what the next person (or a reader) sees.
 */
describe('the first day, walked by an editor, a translator and a moderator (Chromium)', () => {
  const run = Date.now()
  const headline = `Nomads map winter pastures by satellite ${run}`
  const kkHeadline = `Көшпенділер қысқы жайылымдарды спутникпен картаға түсірді ${run}`
  const commentBody = `Жақсы жаңалық, рақмет! (${run})`
  let editorToken: string
  let articleId: number
  let kkSlug: string

  beforeAll(async () => {
    browser = await launchChromium()
    editorToken = await login('editor')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const stored = async (locale: string): Promise<Article> =>
    (
      await api<Article>(`/articles/${articleId}?locale=${locale}&draft=true&fallback-locale=null&depth=0`, {
        token: editorToken,
      })
    ).body

  it('an editor writes a story, previews it before the first publish, publishes it, and the date is stamped', async () => {
    const editor = await signInAs('editor', 'en')
    await editor.goto(`${siteUrl()}/admin/collections/articles/create?locale=en`)
    await editor.fill('#field-title', headline)
    await editor.fill('#field-dek', 'Herders in the Altai share grazing maps drawn from satellite images.')
    await typeInBody(editor, 'Herders in four countries now plan their winter moves with satellite maps.')
    await Promise.all([editor.waitForURL(/\/admin\/collections\/articles\/\d+/), editor.click('#action-save-draft')])
    articleId = Number(/articles\/(\d+)/.exec(editor.url())?.[1])
    expect(articleId).toBeGreaterThan(0)

    // Preview before anything was published: a labelled button naming the language, opening the
    // draft, complete, for staff only.
    const previewButton = editor.locator('#preview-button')
    expect((await previewButton.textContent())?.trim()).toBe(`${payloadEn.version.preview} · ${languageLabel('en').en}`)
    expect(await previewButton.isVisible()).toBe(true)
    const preview = await previewButton.getAttribute('href')
    expect(preview).toBeTruthy()
    const previewPage = await editor.context().newPage()
    const previewResponse = await previewPage.goto(`${siteUrl()}${preview}`)
    expect(previewResponse?.status()).toBe(200)
    expect((await previewPage.textContent('h1'))?.trim()).toBe(headline)
    expect(await previewPage.textContent('main')).toContain('winter moves with satellite maps')
    // Nobody comments on a preview; the section says when readers can, and neither invites a first
    // comment nor calls the comments closed.
    const commentsSection = (await previewPage.textContent('#comments')) ?? ''
    expect(commentsSection).toContain(readerStrings('en')('comments:beforePublication'))
    expect(commentsSection).not.toContain(readerStrings('en')('comments:none'))
    expect(commentsSection).not.toContain(readerStrings('en')('comments:closed'))
    await previewPage.close()
    const draft = await stored('en')
    expect((await fetch(`${siteUrl()}/en/articles/${draft.slug}`)).status).toBe(404)
    expect(draft.publishedAt ?? null).toBeNull()

    await editor.click('#action-save')
    await successToast(editor)
    const published = await stored('en')
    expect(published.publishedAt).toBeTruthy()
    expect(Math.abs(Date.parse(published.publishedAt as string) - Date.now())).toBeLessThan(10 * 60_000)
    // Readers see it, and the front page lists it above last year's conference story.
    const reader = await fetch(`${siteUrl()}/en/articles/${published.slug}`)
    expect(reader.status).toBe(200)
    expect(await reader.text()).toContain(headline)
    const front = await (await fetch(`${siteUrl()}/en`)).text()
    const conference = (await storyIn('en')).title
    // On the first page (an undated story sorted under year-old ones, pages further on), and above
    // last year's conference story if other browser tests' stories have not pushed that off it.
    expect(front.indexOf(headline)).toBeGreaterThan(-1)
    if (front.includes(conference)) expect(front.indexOf(headline)).toBeLessThan(front.indexOf(conference))
    await editor.context().close()
  })

  it('a Kazakh translator finds it in the worklist’s “to translate”, translates it and submits it for review', async () => {
    const desk = await signInAs('translator', 'kk')
    await waitForOnPage(desk, '.translator-worklist')
    // The editors' review queue is not a translator's.
    expect(await desk.locator('.review-queue').count()).toBe(0)
    const row = desk.locator(`[data-section="to-translate"] li[data-article="${articleId}"][data-locale="kk"]`)
    expect(await row.textContent()).toContain(headline)
    await Promise.all([
      desk.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=kk`)),
      row.locator('a').click(),
    ])
    await waitForOnPage(desk, '#action-submit-for-review')
    // A translator has no Publish, Schedule or Revert: one way forward.
    expect(await desk.locator('#action-save').count()).toBe(0)
    expect(await desk.locator('#action-save-popup').count()).toBe(0)
    expect((await desk.textContent('#action-submit-for-review'))?.trim()).toBe(kk.submitForReview)

    await desk.fill('#field-title', kkHeadline)
    await desk.fill('#field-dek', 'Алтай малшылары спутниктік суреттерден сызылған жайылым карталарымен бөліседі.')
    await typeInBody(desk, 'Төрт елдің малшылары қысқы көшін енді спутниктік карталармен жоспарлайды.')
    // Submitting ends the translator's part: the document is freed and the worklist is back.
    await Promise.all([desk.waitForURL(/\/admin\/?$/), desk.click('#action-submit-for-review')])
    await waitForOnPage(desk, `text=${kk.submittedForReview}`)

    const kazakh = await stored('kk')
    expect(kazakh.title).toBe(kkHeadline)
    expect(kazakh.translationStatus).toBe('ready')
    kkSlug = kazakh.slug as string
    expect(kkSlug).toBeTruthy()
    // Submitted is not published: readers still get no Kazakh page.
    expect((await fetch(`${siteUrl()}/kk/articles/${kkSlug}`)).status).toBe(404)
    // It now waits in the editors' queue, under "ready for review", for this translator too.
    await waitForOnPage(desk, `[data-section="ready"] li[data-article="${articleId}"][data-locale="kk"]`)
    await desk.context().close()
  })

  it('the editor finds it in the dashboard’s review queue, opens it in Kazakh and publishes Kazakh alone with the button in view; Kazakh readers see it while English stays as it was', async () => {
    const editor = await signInAs('editor', 'en')
    // The dashboard lists it under "ready for review": Kazakh, the Kazakh headline, who submitted it.
    await waitForOnPage(editor, '.review-queue')
    const ready = editor.locator('.review-queue [data-section="ready"]')
    expect(Number(await ready.locator('h3').getAttribute('data-count'))).toBeGreaterThan(0)
    const count = Number(await ready.locator('h3').getAttribute('data-count'))
    expect((await ready.locator('h3').textContent())?.trim()).toBe(newsroomCount('en', 'translationsReady', count))
    const row = ready.locator(`li[data-article="${articleId}"][data-locale="kk"]`)
    const rowText = (await row.textContent()) ?? ''
    expect(rowText).toContain(kkHeadline)
    expect(rowText).toContain(languageLabel('kk').en)
    expect(rowText).toContain(en.reviewSubmittedBy.replace('{{name}}', account('translator').name))
    await Promise.all([
      editor.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?locale=kk`)),
      row.locator('a').click(),
    ])
    await waitForOnPage(editor, '.language-states [data-locale="kk"]')
    // "Publish in Kazakh" is a button of its own, in view: no menu to open.
    const publishKazakh = editor.locator('#action-publish-language')
    expect(await publishKazakh.isVisible()).toBe(true)
    expect((await publishKazakh.textContent())?.trim()).toBe(
      payloadEn.version.publishIn.replace('{{locale}}', languageLabel('kk').en),
    )
    await publishKazakh.click()
    await successToast(editor)
    await editor.waitForFunction(
      () => document.querySelector('.language-states [data-locale="kk"]')?.getAttribute('data-state') === 'published',
    )
    const kazakhPage = await fetch(`${siteUrl()}/kk/articles/${kkSlug}`)
    expect(kazakhPage.status).toBe(200)
    expect(await kazakhPage.text()).toContain(kkHeadline)
    expect((await stored('ru')).translationStatus ?? 'missing').toBe('missing')
    const english = await stored('en')
    expect((await fetch(`${siteUrl()}/en/articles/${english.slug}`)).status).toBe(200)
    // Published, it has left the queue.
    await editor.goto(`${siteUrl()}/admin`)
    await waitForOnPage(editor, '.review-queue')
    expect(await editor.locator(`.review-queue li[data-article="${articleId}"][data-locale="kk"]`).count()).toBe(0)

    // The Versions tab says who did what, in which language, by name.
    await editor.goto(`${siteUrl()}/admin/collections/articles/${articleId}/versions`)
    await waitForOnPage(editor, '.version-history')
    const history = await editor.$$eval('.version-history tbody tr', (rows) =>
      rows.map((tr) => [
        tr.querySelector('.version-history__what')?.textContent?.trim() ?? '',
        tr.querySelector('.version-history__by')?.textContent?.trim() ?? '',
      ]),
    )
    const kazakhName = languageLabel('kk').en
    expect(history[0]).toEqual([en.versionPublishedIn.replace('{{language}}', kazakhName), account('editor').name])
    expect(history).toContainEqual([
      en.versionSubmittedIn.replace('{{language}}', kazakhName),
      account('translator').name,
    ])
    expect(history[history.length - 1]).toEqual([
      en.versionDraftIn.replace('{{language}}', languageLabel('en').en),
      account('editor').name,
    ])
    expect(history.flat().join(' ')).not.toMatch(/User: \d/)
    await editor.context().close()
  })

  it('a Kazakh reader comments, the moderator finds it with two clicks (Pending, Kazakh), approves it, and it is public', async () => {
    const t = readerStrings('kk')
    const readerContext = await browser.newContext({ javaScriptEnabled: false })
    const reader = await readerContext.newPage()
    await reader.goto(`${siteUrl()}/kk/articles/${kkSlug}`)
    await reader.fill('#respond input[name="name"]', 'Айгүл')
    await reader.fill('#respond input[name="email"]', 'aigul@example.kz')
    await reader.fill('#respond textarea[name="body"]', commentBody)
    // The form refuses submissions faster than a person types (src/comments/rules.ts).
    await reader.waitForTimeout(3100)
    await reader.click('#respond button[type="submit"]')
    await waitForOnPage(reader, '#respond [role="status"]')
    expect(await reader.textContent('#respond [role="status"]')).toBe(t('comments:pending.notice'))

    const moderator = await signInAs('moderator', 'en')
    // Translations are not a moderator's work: no review queue on their dashboard.
    expect(await moderator.locator('.review-queue').count()).toBe(0)
    await moderator.goto(`${siteUrl()}/admin/collections/comments`)
    await waitForOnPage(moderator, '.moderation-tabs')
    await Promise.all([
      moderator.waitForURL((url) => decodeURIComponent(url.href).includes('where[status][equals]=pending')),
      moderator.click('[data-testid="status-tab-pending"]'),
    ])
    await Promise.all([
      moderator.waitForURL((url) => decodeURIComponent(url.href).includes('where[language][equals]=kk')),
      moderator.click('[data-testid="language-filter-kk"]'),
    ])
    const row = moderator.locator('tbody tr', { hasText: commentBody })
    await row.waitFor()
    // The headline the commenter read, in Kazakh, though this moderator's admin is in English.
    const article = row.locator('.comment-article')
    expect([await article.textContent(), await article.getAttribute('lang')]).toEqual([kkHeadline, 'kk'])
    await row.locator('input[type="checkbox"]').check()
    await moderator.fill('.moderation-actions input', 'On topic')
    await moderator.click(`.moderation-actions button:has-text("${newsroomAdminStrings.en.moderationApprove}")`)
    await waitForOnPage(moderator, `text=${newsroomCount('en', 'commentsApproved', 1)}`)

    const stranger = await browser.newContext({ javaScriptEnabled: false })
    const page = await stranger.newPage()
    await page.goto(`${siteUrl()}/kk/articles/${kkSlug}`)
    expect(await page.locator('.comment-list .comment', { hasText: commentBody }).count()).toBe(1)
    expect(await page.textContent('.comments__count')).toBe(`(${t('comments:count', { count: 1 })})`)
    await Promise.all([stranger.close(), readerContext.close(), moderator.context().close()])
  })
})
