import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { readableArticle } from '../../scripts/lib/story.mjs'
import { honeypotField } from '@/comments/rules'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { account } from '../helpers/accounts'
import { type OwnAccount, ownAccounts } from '../helpers/sessions'
import { api, login, siteUrl, storyIn } from '../helpers/site'

type Created = { id: number; slug: string }
const stamp = Date.now()
let readerNumber = 0

/** A reader's JSON comment from an address of its own (the test site trusts X-Forwarded-For). */
async function postJson(locale: string, fields: Record<string, unknown>) {
  readerNumber += 1
  const response = await fetch(`${siteUrl()}/${locale}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${readerNumber % 250}` },
    body: JSON.stringify({
      name: 'Page rules reader',
      email: `page-rules-${stamp}-${readerNumber}@e2e.test`,
      language: locale,
      body: `Пікір ${stamp} №${readerNumber}`,
      ...fields,
    }),
  })
  return { status: response.status, json: (await response.json()) as { id?: number; error?: string } }
}

describe('comments accept only what the reader’s page could send; replies, honeypot, narrow screens (Chromium)', () => {
  let browser: Browser
  let moderator: string
  /** A moderator of this file alone: other browser tests sign the seeded one in and change its settings. */
  let ownModerator: OwnAccount
  let englishOnly: Created
  const stored = async (where: string) =>
    (await api<{ totalDocs: number }>(`/comments?limit=1&${where}`, { token: moderator })).body.totalDocs

  beforeAll(async () => {
    browser = await launchChromium()
    ;({ moderator: ownModerator } = await ownAccounts(`pagerules${stamp}`, { moderator: { role: 'moderator' } }))
    moderator = ownModerator.token
    const created = await api<{ doc: Created }>('/articles', {
      method: 'POST',
      token: await login('editor'),
      locale: 'en',
      body: {
        title: `Only in English ${stamp}`,
        sourceLocale: 'en',
        _status: 'published',
        commentsEnabled: true,
        publishedAt: '2031-01-01T00:00:00.000Z',
      },
    })
    expect(created.status).toBe(201)
    englishOnly = created.body.doc
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('refuses POST /kk/comments for an article its Kazakh page shows as not translated, in Kazakh, storing nothing; and ids that are not written as the page writes them', async () => {
    const kk = translator('kk')
    const page = await browser.newPage()
    await page.goto(`${siteUrl()}/kk/articles/${englishOnly.slug}`)
    expect(await page.textContent('h1')).toBe(kk('article:notTranslated.title'))
    expect(await page.locator('form.comment-form').count()).toBe(0)
    await page.close()

    for (const articleId of [englishOnly.id, String(englishOnly.id)]) {
      expect(await postJson('kk', { articleId })).toEqual({
        status: 404,
        json: { error: kk('comments:errors.articleUnavailable') },
      })
    }
    const story = await storyIn('kk')
    for (const articleId of [
      `0x${story.id.toString(16)}`,
      `0${story.id}`,
      ` ${story.id}`,
      `${story.id}.0`,
      [story.id],
    ]) {
      expect({ articleId, answer: await postJson('kk', { articleId }) }).toEqual({
        articleId,
        answer: { status: 404, json: { error: kk('comments:errors.articleUnavailable') } },
      })
    }
    expect(await stored(`where[article][equals]=${englishOnly.id}`)).toBe(0)
    expect((await postJson('en', { articleId: englishOnly.id })).status).toBe(201)
  })

  it('refuses the same through the form without JavaScript when the page’s language or the article id is tampered with', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    let rewrite: [RegExp, string] | null = null
    // The form's hidden fields, changed on their way as a forged post would change them.
    await page.route('**/articles/**', async (route) => {
      const body = route.request().postData()
      if (route.request().method() !== 'POST' || !body || !rewrite) return route.continue()
      return route.continue({ postData: body.replace(rewrite[0], rewrite[1]) })
    })
    const attempt = async (body: string, change: [RegExp, string]) => {
      rewrite = change
      await page.goto(`${siteUrl()}/en/articles/${englishOnly.slug}`)
      await page.fill('#respond input[name="name"]', 'Forged form')
      await page.fill('#respond input[name="email"]', `forged-${stamp}@e2e.test`)
      await page.fill('#respond textarea[name="body"]', body)
      await page.waitForTimeout(3100)
      await Promise.all([page.waitForLoadState('load'), page.click('#respond button[type="submit"]')])
      await page.waitForSelector('#respond .form-error')
      return page.textContent('#respond .form-error')
    }
    const kkBody = `Қазақша бетте жоқ мақала ${stamp}`
    expect(await attempt(kkBody, [/(name="(?:\d+_)?pageLocale"\r\n\r\n)en/, '$1kk'])).toBe(
      translator('kk')('comments:errors.articleUnavailable'),
    )
    const hexBody = `Hexadecimal id ${stamp}`
    expect(await attempt(hexBody, [/(name="(?:\d+_)?articleId"\r\n\r\n)(\d+)/, '$10x$2'])).toBe(
      translator('en')('comments:errors.articleUnavailable'),
    )
    for (const body of [kkBody, hexBody])
      expect(await stored(`where[body][equals]=${encodeURIComponent(body)}`)).toBe(0)
    await context.close()
  })

  it('shows a reply approved after its parent was removed under “Comment removed”, in the page’s language, and warns the moderator in the admin’s language first', async () => {
    const story = await storyIn('kk')
    const parent = await postJson('kk', { articleId: story.id, body: `Жойылатын пікір ${stamp}` })
    expect(
      (await api(`/comments/${parent.json.id}`, { method: 'PATCH', token: moderator, body: { status: 'approved' } }))
        .status,
    ).toBe(200)
    const reply = await postJson('kk', {
      articleId: story.id,
      parentId: parent.json.id,
      body: `Жойылған пікірге жауап ${stamp}`,
    })
    expect(reply.status).toBe(201)
    expect(
      (await api(`/comments/${parent.json.id}`, { method: 'PATCH', token: moderator, body: { status: 'trash' } }))
        .status,
    ).toBe(200)

    // The moderator opens the reply in an admin that speaks Kazakh: the warning is there before approving.
    const admin: BrowserContext = await browser.newContext({
      locale: 'kk-KZ',
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' },
    })
    const adminPage = await admin.newPage()
    await signInToAdmin(adminPage, { email: ownModerator.email, password: ownModerator.password })
    await adminPage.goto(`${siteUrl()}/admin/collections/comments/${reply.json.id}`)
    const note = adminPage.locator('.reply-to-hidden-comment')
    await note.waitFor()
    const kkRemoved = translator('kk')('comments:removed').replace(/[.。]$/u, '')
    expect(await note.textContent()).toBe(
      newsroomMessage({ i18n: { language: 'kk' } }, 'replyToHiddenComment', { removed: kkRemoved }),
    )
    await admin.close()

    await api(`/comments/${reply.json.id}`, { method: 'PATCH', token: moderator, body: { status: 'approved' } })
    for (const locale of ['kk', 'ru'] as const) {
      const page = await browser.newPage()
      const slug = locale === 'kk' ? story.slug : (await storyIn('ru')).slug
      await page.goto(`${siteUrl()}/${locale}/articles/${slug}`)
      const placeholder = page.locator(`li:has(> #comment-${parent.json.id})`)
      expect(await placeholder.locator(`> #comment-${parent.json.id}`).textContent()).toBe(
        translator(locale)('comments:removed'),
      )
      expect(await placeholder.locator(`> .comment-replies #comment-${reply.json.id}`).count()).toBe(1)
      expect(await page.locator(`.comment-list > li > #comment-${reply.json.id}`).count()).toBe(0)
      expect(await page.locator(`text=Жойылатын пікір ${stamp}`).count()).toBe(0)
      await page.close()
    }
  })

  it('does not make the open moderation list offer internal fields for bulk edit, as columns or as filters', async () => {
    const admin = await browser.newContext({ locale: 'en-GB' })
    const page = await admin.newPage()
    const { email, password } = account('admin')
    await signInToAdmin(page, { email, password })
    await page.goto(`${siteUrl()}/admin/collections/comments`)
    const internal = /ip ?hash|submission ?key|queue ?order|^depth$/i
    await page.click('button:has-text("Columns")')
    const columns = await page
      .locator('.column-selector button, .pill-selector button, [class*="column-selector"] button')
      .allTextContents()
    expect(columns.length).toBeGreaterThan(3)
    expect(columns.filter((text) => internal.test(text.trim()))).toEqual([])
    await page.locator('tbody tr input[type="checkbox"]').first().check()
    await page.click('.list-selection button:has-text("Edit"), button.list-selection__button:has-text("Edit")')
    await page.locator('.field-select .rs__control, .field-select [class*="control"]').first().click()
    const offered = await page.locator('.rs__option').allTextContents()
    expect(offered.length).toBeGreaterThan(2)
    expect(offered.filter((text) => internal.test(text.trim()))).toEqual([])
    await admin.close()
  })

  it('keeps the honeypot out of autofill’s, the keyboard’s and assistive technology’s way, and out of sight; empty it is pending, filled it is spam', async () => {
    const story = await storyIn('kk')
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/kk/articles/${story.slug}`)
    const markup = await page.locator(`#respond input[name="${honeypotField}"]`).evaluate((input) => {
      const box = input.getBoundingClientRect()
      const style = getComputedStyle(input)
      return {
        name: input.getAttribute('name') ?? '',
        id: input.id,
        label: (input as HTMLInputElement).labels?.[0]?.textContent ?? '',
        autocomplete: input.getAttribute('autocomplete'),
        tabIndex: (input as HTMLInputElement).tabIndex,
        hiddenFromAssistiveTech: input.closest('[aria-hidden="true"]') !== null,
        displayed: style.display !== 'none' && style.visibility !== 'hidden',
        onScreen:
          box.right > 0 &&
          box.bottom > 0 &&
          box.left < innerWidth &&
          box.top < document.documentElement.scrollHeight &&
          box.width > 2,
      }
    })
    await context.close()
    // Words autofill heuristics and password managers look for in a field's name, id or label.
    const autofillWords =
      /company|organi[sz]ation|business|firm|name|mail|address|street|city|zip|postal|phone|tel|url|website|homepage|user|login|pass/i
    expect(markup.name).not.toMatch(autofillWords)
    expect(markup.id).not.toMatch(autofillWords)
    expect(markup.label).not.toMatch(autofillWords)
    expect(markup).toMatchObject({
      autocomplete: 'off',
      tabIndex: -1,
      hiddenFromAssistiveTech: true,
      displayed: true,
      onScreen: false,
    })

    // Posted as the plain form (no JavaScript), each by a new reader of its own: other tests' comments do not count against its limit.
    const send = async (body: string, honeypot: string, ip: string) => {
      const reader = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': ip } })
      const form = await reader.newPage()
      await form.goto(`${siteUrl()}/kk/articles/${story.slug}`)
      await form.fill('#respond input[name="name"]', 'Бал ара')
      await form.fill('#respond input[name="email"]', `honeypot-${stamp}-${honeypot ? 'filled' : 'empty'}@e2e.test`)
      await form.fill('#respond textarea[name="body"]', body)
      if (honeypot) await form.locator(`#respond input[name="${honeypotField}"]`).fill(honeypot, { force: true })
      await form.waitForTimeout(3100)
      await Promise.all([form.waitForLoadState('load'), form.click('#respond button[type="submit"]')])
      // The reader is told the same either way: a bot learns nothing.
      expect(await form.textContent('#respond [role="status"]')).toBe(translator('kk')('comments:pending.notice'))
      await reader.close()
      const { body: found } = await api<{ docs: { status: string }[] }>(
        `/comments?where[body][equals]=${encodeURIComponent(body)}`,
        { token: moderator },
      )
      return found.docs.map((doc) => doc.status)
    }
    expect(await send(`Аралар туралы жақсы мақала ${stamp}`, '', '198.51.100.77')).toEqual(['pending'])
    expect(await send(`Тұзақ толтырылған пікір ${stamp}`, 'Acme LLC', '198.51.100.78')).toEqual(['spam'])
  })

  it.each(localeCodes)(
    'does not scroll sideways at 320 px in %s (front page, the story, search results)',
    async (locale) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
      const page = await context.newPage()
      const story = await storyIn(locale)
      for (const path of [
        `/${locale}`,
        `/${locale}/articles/${story.slug}`,
        `/${locale}/search?q=${encodeURIComponent(story.title.split(' ')[0] ?? 'Altai')}`,
      ]) {
        await page.goto(`${siteUrl()}${path}`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect({ path, width: width <= 320 }).toEqual({ path, width: true })
      }
      await context.close()
    },
  )

  it('picks, for stress runs, bench and these tests, an article readable in the language it uses, even when a newer one is not translated', async () => {
    // The newest published article (created above, 2031) exists in English only.
    expect((await readableArticle(siteUrl(), 'en')).id).toBe(englishOnly.id)
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      const picked = await readableArticle(siteUrl(), locale)
      expect(picked.id).not.toBe(englishOnly.id)
      const page = await fetch(`${siteUrl()}${picked.path}`)
      const html = await page.text()
      expect({ locale, status: page.status, form: html.includes('name="articleId"') }).toEqual({
        locale,
        status: 200,
        form: true,
      })
    }
  })
})
