import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { Role } from '../../collections/access/roles'
import { languageLabel } from '../../collections/labels'
import { newsroomAdminStrings, newsroomCount } from '@/i18n/admin/newsroom'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, siteUrl, storyIn } from '../helpers/site'

const en = newsroomAdminStrings.en
const kk = newsroomAdminStrings.kk
/** «түпнұсқа, Ағылшын тілі»: how the Kazakh admin marks an English original's headline. */
const originalEnglishInKazakh = kk.worklistOriginal.replace('{{language}}', languageLabel('en').kk)

let browser: Browser

/** Signs in through the login form in a browser context of its own (one account per context). */
async function signIn(locale: 'en' | 'kk', credentials: { email: string; password: string }): Promise<Page> {
  const language = locale === 'kk' ? 'kk-KZ,kk;q=0.9' : 'en-GB,en;q=0.9'
  const context = await browser.newContext({
    locale: locale === 'kk' ? 'kk-KZ' : 'en-GB',
    viewport: { width: 1366, height: 900 },
    extraHTTPHeaders: { 'Accept-Language': language },
  })
  const page = await context.newPage()
  await signInToAdmin(page, credentials)
  return page
}

const signInAs = (locale: 'en' | 'kk', role: Role) => signIn(locale, account(role))

/** The number in brackets after a tab's or language filter's name. */
async function countOf(page: Page, testId: string): Promise<number> {
  const text = (await page.textContent(`[data-testid="${testId}"] .moderation-tabs__count`)) ?? ''
  return Number(text.replace(/\D/g, ''))
}

/**
 * The count on a moderation tab once it agrees with `stored()` (what the database holds now), read
 * again for up to 30 s while the list reloads; the last count read if it never does.
 */
async function settledCount(page: Page, testId: string, stored: () => Promise<number>): Promise<number> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const shown = await countOf(page, testId)
    if (shown === (await stored()) || Date.now() > deadline) return shown
    await page.waitForTimeout(250)
  }
}

describe('the newsroom’s first day: each role sees what it can act on (Chromium)', () => {
  let adminToken: string
  const run = Date.now()
  const pendingKazakhStored = async (): Promise<number> =>
    (
      await api<{ totalDocs: number }>(
        '/comments?where[status][equals]=pending&where[language][equals]=kk&limit=1&depth=0',
        {
          token: adminToken,
        },
      )
    ).body.totalDocs

  beforeAll(async () => {
    browser = await launchChromium()
    adminToken = await login('admin')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lets a moderator filter to pending Kazakh comments in one click each, with counts, bulk-approve two and read “2 comments approved”', async () => {
    const story = await storyIn('en')
    const bodies = [`Жайлауда күн сорғысы керек (${run} a)`, `Малшыларға рақмет (${run} b)`]
    for (const body of bodies) {
      const created = await api('/comments', {
        method: 'POST',
        token: adminToken,
        body: {
          article: story.id,
          language: 'kk',
          status: 'pending',
          authorName: 'Айгүл',
          authorEmail: 'aigul@example.org',
          body,
        },
      })
      expect(created.status).toBe(201)
    }

    const moderator = await signInAs('en', 'moderator')
    await moderator.goto(`${siteUrl()}/admin/collections/comments`)
    await moderator.waitForSelector('.moderation-tabs')
    for (const tab of ['all', 'pending', 'approved', 'spam', 'trash'])
      expect(await moderator.isVisible(`[data-testid="status-tab-${tab}"]`)).toBe(true)

    await Promise.all([
      moderator.waitForURL((url) => decodeURIComponent(url.href).includes('where[status][equals]=pending')),
      moderator.click('[data-testid="status-tab-pending"]'),
    ])
    await moderator.waitForSelector('[data-testid="status-tab-pending"][aria-current="page"]')
    const pendingKazakh = await countOf(moderator, 'language-filter-kk')
    expect(pendingKazakh).toBeGreaterThanOrEqual(2)

    await Promise.all([
      moderator.waitForURL((url) => decodeURIComponent(url.href).includes('where[language][equals]=kk')),
      moderator.click('[data-testid="language-filter-kk"]'),
    ])
    await moderator.waitForSelector('[data-testid="language-filter-kk"][aria-current="page"]')
    expect(decodeURIComponent(moderator.url())).toMatch(/where\[status\]\[equals\]=pending/)
    // On a 1366-pixel laptop the list's columns fit: no scrolling sideways to reach the date.
    await moderator.waitForSelector('.collection-list--comments .table')
    expect(
      await moderator.$eval('.collection-list--comments .table', (table) => table.scrollWidth - table.clientWidth),
    ).toBeLessThanOrEqual(0)
    // Other browser tests post and moderate Kazakh comments meanwhile: a count is right when it is
    // what the database holds at that moment.
    expect(await settledCount(moderator, 'status-tab-pending', pendingKazakhStored)).toBe(await pendingKazakhStored())
    await moderator.waitForSelector('tbody tr')
    const languages = await moderator.$$eval('tbody tr', (rows) => rows.map((row) => row.textContent ?? ''))
    expect(languages.every((row) => row.includes('Kazakh'))).toBe(true)

    for (const body of bodies)
      await moderator.locator('tbody tr', { hasText: body }).locator('input[type="checkbox"]').check()
    await moderator.fill('.moderation-actions input', 'Good, on topic')
    await moderator.click(`.moderation-actions button:has-text("${en.moderationApprove}")`)
    await moderator.waitForSelector(`text=${newsroomCount('en', 'commentsApproved', 2)}`)
    // The tabs count again once the list reloads: the two approved ones are no longer pending.
    const afterApproval = await settledCount(moderator, 'status-tab-pending', pendingKazakhStored)
    expect(afterApproval).toBe(await pendingKazakhStored())
    expect(
      await api<{ totalDocs: number }>(
        `/comments?where[status][equals]=pending&where[body][like]=${encodeURIComponent(String(run))}&limit=1&depth=0`,
        { token: adminToken },
      ).then((found) => found.body.totalDocs),
    ).toBe(0)

    // The stored reason is in the list's "Reason given" column under Approved.
    await moderator.goto(
      `${siteUrl()}/admin/collections/comments?where[status][equals]=approved&where[language][equals]=kk`,
    )
    const approvedRow = moderator.locator('tbody tr', { hasText: bodies[0] as string })
    await approvedRow.waitFor()
    expect(await approvedRow.locator('.last-moderation-reason').textContent()).toBe('Good, on topic')
  })

  it('shows a moderator the comment’s words read-only and the reason in its moderation history', async () => {
    const moderator = await signInAs('en', 'moderator')
    const found = await api<{ docs: { id: number }[] }>(
      `/comments?where[body][like]=${encodeURIComponent(String(run))}&where[status][equals]=approved`,
      { token: adminToken },
    )
    const id = found.body.docs[0]?.id
    expect(id).toBeDefined()
    await moderator.goto(`${siteUrl()}/admin/collections/comments/${id}`)
    await moderator.waitForSelector('#field-body')
    expect(await moderator.locator('#field-body').isEditable()).toBe(false)
    expect(await moderator.locator('#field-status').count()).toBeGreaterThan(0)
    const reasons = await moderator.$$eval('input[id^="field-moderation__"][id$="__reason"]', (inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    )
    expect(reasons).toEqual(['Good, on topic'])
    // …and in the sidebar's reason field, where a moderator types it on this page.
    expect(await moderator.inputValue('#field-moderationReason')).toBe('Good, on topic')
    // The story is named by the headline this Kazakh commenter read, in an English admin too.
    const article = moderator.locator('.comment-article-field a')
    expect(await article.textContent()).toBe((await storyIn('kk')).title)
    expect(await article.getAttribute('lang')).toBe('kk')
    expect(await article.getAttribute('href')).toMatch(/\/admin\/collections\/articles\/\d+\?locale=kk$/)
  })

  it('tells a moderator in the Spam list which check put a comment there, in words, and nothing for one every check passed', async () => {
    const story = await storyIn('en')
    const post = async (body: string, status: string, verdicts: Record<string, string>) => {
      const created = await api('/comments', {
        method: 'POST',
        token: adminToken,
        body: {
          article: story.id,
          language: 'en',
          status,
          authorName: 'Filter probe',
          authorEmail: 'filter-probe@example.org',
          body,
          spamSignals: { verdicts },
        },
      })
      expect(created.status).toBe(201)
    }
    const tooFast = `Sent the moment the page opened (${run} fast)`
    const clean = `Written with care and nothing odd (${run} clean)`
    await post(tooFast, 'spam', { honeypot: 'pass', formClock: 'spam', links: 'pass' })
    await post(clean, 'spam', { honeypot: 'pass', formClock: 'pass', links: 'pass' })

    const moderator = await signInAs('en', 'moderator')
    await moderator.goto(`${siteUrl()}/admin/collections/comments?where[status][equals]=spam&limit=100`)
    const fastRow = moderator.locator('tbody tr', { hasText: tooFast })
    await fastRow.waitFor()
    expect((await fastRow.locator('.filter-verdicts').textContent())?.trim()).toBe(
      `${en.spamCheckFormClock}: ${en.spamVerdictSpam}`,
    )
    const cleanRow = moderator.locator('tbody tr', { hasText: clean })
    expect(await cleanRow.locator('.filter-verdicts').count()).toBe(0)
    expect(await cleanRow.innerText()).not.toMatch(/\bfalse\b/)
  })

  it('warns, after a bulk approval, that an approved reply answers a comment readers cannot see', async () => {
    const story = await storyIn('en')
    const comment = async (body: string, parent?: number) => {
      const created = await api<{ doc: { id: number } }>('/comments', {
        method: 'POST',
        token: adminToken,
        body: {
          article: story.id,
          language: 'en',
          status: 'pending',
          authorName: 'Dorj',
          authorEmail: 'dorj@example.org',
          body,
          ...(parent ? { parent, depth: 1 } : {}),
        },
      })
      expect(created.status).toBe(201)
      return created.body.doc.id
    }
    const parent = await comment(`A question still in the queue (${run} p)`)
    await comment(`An answer to it (${run} r)`, parent)
    await comment(`A comment of its own (${run} s)`)

    const moderator = await signInAs('en', 'moderator')
    await moderator.goto(
      `${siteUrl()}/admin/collections/comments?where[status][equals]=pending&where[body][like]=${run}`,
    )
    for (const suffix of ['r', 's'])
      await moderator
        .locator('tbody tr', { hasText: `(${run} ${suffix})` })
        .locator('input[type="checkbox"]')
        .check()
    await moderator.click(`.moderation-actions button:has-text("${en.moderationApprove}")`)
    await moderator.waitForSelector(`text=${newsroomCount('en', 'commentsApproved', 2)}`)
    await moderator.waitForSelector(
      `text=${newsroomCount('en', 'repliesToHiddenApproved', 1, { removed: 'Comment removed' })}`,
    )
  })

  it('shows the pending-comments box to moderators only, not on an editor’s or a translator’s dashboard', async () => {
    const moderator = await signInAs('en', 'moderator')
    expect(await moderator.isVisible('[data-testid="pending-count"]')).toBe(true)
    for (const role of ['editor', 'translator'] as const) {
      const page = await signInAs('en', role)
      await page.waitForSelector('.dashboard, .dashboard__wrap, nav', { state: 'attached' })
      expect(await page.locator('.pending-comments').count()).toBe(0)
      // What the person reads (the page's script data carries every admin string, this one included).
      expect(await page.locator('body').innerText()).not.toContain(en.pendingCommentsTitle)
      await page.context().close()
    }
  })

  it('gives a Kazakh and Mongolian translator a worklist with the story in kk and mn, the new article under its original headline, and the Kazakh edit view one click away', async () => {
    const editorToken = await login('editor')
    const headline = `Herders test solar water pumps before winter ${run}`
    const fresh = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token: editorToken,
      locale: 'en',
      body: { title: headline, sourceLocale: 'en', _status: 'published' },
    })
    expect(fresh.status).toBe(201)
    const freshId = fresh.body.doc.id
    const story = await storyIn('en')
    const credentials = { email: `translator-kk-mn-${run}@e2e.test`, password: 'e2e-translator-kk-mn-password' }
    const created = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { ...credentials, roles: ['translator'], translatorLocales: ['kk', 'mn'] },
    })
    expect(created.status).toBe(201)

    const translator = await signIn('kk', credentials)
    await translator.waitForSelector('.translator-worklist')
    expect(await translator.textContent('.translator-worklist h2')).toBe(kk.worklistTitle)
    for (const locale of ['kk', 'mn']) {
      expect(
        await translator
          .locator(`.translator-worklist li[data-article="${story.id}"][data-locale="${locale}"]`)
          .count(),
      ).toBe(1)
    }
    const freshKazakh = translator.locator(
      `[data-section="to-translate"] li[data-article="${freshId}"][data-locale="kk"]`,
    )
    expect(await freshKazakh.textContent()).toContain(headline)
    expect(await freshKazakh.textContent()).toContain(originalEnglishInKazakh)
    expect(
      await translator.locator(`[data-section="to-translate"] li[data-article="${freshId}"][data-locale="mn"]`).count(),
    ).toBe(1)
    expect(await translator.textContent('.translator-worklist')).not.toMatch(/<No |<Тақырып/)

    await Promise.all([
      translator.waitForURL(new RegExp(`/admin/collections/articles/${freshId}\\?locale=kk`)),
      freshKazakh.locator('a').click(),
    ])
    await translator.waitForSelector('#action-save-draft')
    expect(await translator.inputValue('input[name="title"]')).toBe('')
  })

  it('lists an untranslated article in the Kazakh article list under its original headline, and finds it by an English word', async () => {
    const translator = await signInAs('kk', 'translator')
    await translator.goto(
      `${siteUrl()}/admin/collections/articles?locale=kk&search=${encodeURIComponent(`solar water pumps before winter ${run}`)}`,
    )
    const row = translator.locator('tbody tr').first()
    await row.waitFor()
    const text = (await row.textContent()) ?? ''
    expect(text).toContain(`Herders test solar water pumps before winter ${run}`)
    expect(text).toContain(originalEnglishInKazakh)
    expect(await translator.locator('tbody tr').count()).toBe(1)
  })
})
