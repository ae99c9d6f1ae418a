import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { Role } from '../../collections/access/roles'
import { CommentRules } from '../../collections/CommentRules'
import { adminLanguages } from '@/i18n/adminLanguages'
import { languageLabel } from '@/i18n/languageNames'
import { lexicalTranslations } from '@/i18n/admin/lexical'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, releaseLocks, siteUrl, storyIn } from '../helpers/site'

type Tree = { [key: string]: string | Tree }
const strings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)))

/**
 * Payload's own English words (4+ letters) with the placeholders, tags and product names taken
 * out: if one shows on a Kazakh or Mongolian admin page, a string fell back to English.
 */
const notEnglishUi = new Set([
  'payload',
  'json',
  'lexical',
  'markdown',
  'html',
  'https',
  'http',
  'href',
  'serverurl',
  'verificationurl',
])
const englishWords = new Set(
  strings(en.translations as unknown as Tree)
    .map((text) => text.replace(/\{\{[^}]*\}\}|<[^>]*>/g, ' '))
    .flatMap((text) => text.match(/[A-Za-z]{4,}/g) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => !notEnglishUi.has(word)),
)
const rawKey =
  /\b(lexical|general|fields|version|error|authentication|validation|localization|operators|upload|folder|dashboard|newsroom):[A-Za-z]/

/**
 * What a person reads on the page: the text that is rendered (not hidden), placeholders and
 * tooltips, one line each. The newsroom's own data is left out (titles, comment bodies, names,
 * file names, the article body, and the English source shown above each field on purpose).
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = [
      '.cell-title, .cell-body, .cell-authorName, .cell-article, .cell-filename, .file-details, .source-text',
      // Headlines in the translator's worklist and the editor's review queue.
      '.document-headline',
      '.cell-name, .cell-email, .cell-alt, .cell-caption, .cell-speakerName, .cell-speakerRole, .cell-website',
      // Chosen documents in relationship fields (a colleague's name, an organization) and the body.
      '.rs__single-value, .rs__multi-value, [contenteditable]',
    ].join(', ')
    // Text marked as written in another language (a headline shown in the original's language).
    const own = document.documentElement.lang
    const foreign = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? own) !== own
    const lines: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!text || !parent || parent.closest(data) || foreign(parent) || parent.closest('script, style, noscript'))
        continue
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      lines.push(text)
    }
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[placeholder], [title]'))) {
      if (element.closest(data) || foreign(element) || !element.checkVisibility()) continue
      for (const name of ['placeholder', 'title'])
        if (element.getAttribute(name)) lines.push(`[${name}] ${element.getAttribute(name)}`)
    }
    // A date field shows its date as the value of its input, written by the date picker.
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('.date-time-picker input')))
      if (input.value && input.checkVisibility()) lines.push(`[picker] ${input.value}`)
    return lines.join('\n')
  })
}

/**
 * Left alone on purpose: media types of uploaded files ("image/png") are data, and Payload's list
 * checkbox carries the hard-coded tooltip "select-all" (upstream, no translation key).
 */
const notUiText = /\b(image|application|text|video|audio)\/[\w.+-]+|^\[title\] select-all$/g

/** A content language's code standing alone ("— kk", "(original, en)", "[mn]"), where its name belongs. */
const languageCode = /(?:^|[\s([—·:,])(en|zh|ru|kk|mn)(?=$|[\s)\]:,·])/g
/** Dates as the US writes them (11/30/2026) and a 12-hour clock, in any admin language. */
const foreignDate = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\d\s?(?:AM|PM)\b/g

function problems(text: string): string[] {
  // Each finding names its line, so a failure says where the English is.
  return text
    .split('\n')
    .map((line) => line.replace(notUiText, ' '))
    .flatMap((line) => [
      ...(line.match(/[A-Za-z]{4,}/g) ?? [])
        .filter((word) => englishWords.has(word.toLowerCase()))
        .map((word) => `English "${word}" in: ${line.slice(0, 120)}`),
      ...(line.match(new RegExp(rawKey.source, 'g')) ?? []).map((key) => `raw key "${key}" in: ${line.slice(0, 120)}`),
      ...Array.from(line.matchAll(languageCode), (found) => `language code "${found[1]}" in: ${line.slice(0, 120)}`),
      ...(line.match(foreignDate) ?? []).map((date) => `US date or 12-hour clock "${date}" in: ${line.slice(0, 120)}`),
      ...(line.includes('[object Object]') ? [`an unread label in: ${line.slice(0, 120)}`] : []),
    ])
}

const datePattern = {
  kk: /\d{4} ж\. \d{1,2} [а-яәіңғүұқөһ]+, \d{2}:\d{2}/,
  mn: /\d{4} оны \d{1,2}-р сарын \d{1,2}, \d{2}:\d{2}/,
}

describe.each(['kk', 'mn'] as const)('the admin for an administrator working in %s (Chromium)', (language) => {
  let browser: Browser
  let context: BrowserContext
  let storyId: number
  // An administrator of their own whose account keeps this interface language (the language a user
  // picks is saved on the account and wins over the browser's), so no other test's choice leaks in.
  const { password } = account('admin')
  const email = `admin-${language}-${Date.now()}@e2e.test`

  async function open(path: string, ready: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`${siteUrl()}${path}`)
    await page.waitForSelector(ready)
    // Dates are drawn once the language's date-fns locale has loaded in the browser.
    await page.waitForFunction(
      () => !/\.\.\.\s*$/.test(document.querySelector('.cell-publishedAt, .cell-updatedAt')?.textContent ?? ''),
    )
    return page
  }

  beforeAll(async () => {
    browser = await launchChromium()
    // The admin language is Payload's `payload-lng` cookie, which the account page's language menu sets.
    context = await browser.newContext({ locale: 'en-US' })
    await context.addCookies([{ name: 'payload-lng', value: language, url: siteUrl() }])
    storyId = (await storyIn('en')).id
    const created = await api('/users', {
      method: 'POST',
      token: await login('admin'),
      body: {
        email,
        password,
        name: language === 'kk' ? 'Гүлнар Әбенова' : 'Туяа Батболд',
        roles: ['admin'],
        adminLanguage: language,
      },
    })
    expect(created.status).toBe(201)
    const page = await context.newPage()
    await signInToAdmin(page, { email, password })
    await page.close()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists articles with no English word, no raw key, and dates in the language’s own order with a 24-hour clock', async () => {
    const page = await open(`/admin/collections/articles?locale=${language}`, '.table')
    expect(await page.getAttribute('html', 'lang')).toBe(language)
    expect(problems(await visibleText(page))).toEqual([])
    const dates = await page.$$eval('.cell-publishedAt', (cells) => cells.map((cell) => cell.textContent ?? ''))
    expect(dates.filter(Boolean).length).toBeGreaterThan(0)
    for (const date of dates.filter(Boolean)) expect(date).toMatch(datePattern[language])
    await page.close()
  })

  it('opens an article, its body editor and the editor’s slash menu with no English word and no raw key', async () => {
    const page = await open(
      `/admin/collections/articles/${storyId}?locale=${language}`,
      '.rich-text-lexical [contenteditable="true"]',
    )
    expect(problems(await visibleText(page))).toEqual([])

    const editor = page.locator('.field-type.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    // An empty paragraph shows the editor's placeholder; "/" opens the slash menu.
    await page.keyboard.type('/')
    await page.waitForSelector('#slash-menu .slash-menu-popup, .slash-menu-popup')
    const menu = await page.$eval('.slash-menu-popup', (node) => (node as HTMLElement).innerText)
    const lexical = lexicalTranslations[language].lexical
    expect(menu).toContain(lexical.general.slashMenuBasicGroupLabel)
    expect(menu).toContain(lexical.paragraph.label)
    expect(problems(menu)).toEqual([])
    expect(problems(await visibleText(page))).toEqual([])
    await page.keyboard.press('Escape')
    // A web address typed into the body becomes a link; the button that edits it is named in this language.
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('https://example.org ')
    await editor.locator('a[href^="https://example.org"]').waitFor()
    // The caret back inside the link opens its floating editor.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowLeft')
    await page.waitForSelector('.link-edit')
    expect(await page.getAttribute('.link-edit', 'aria-label')).toBe(
      adminLanguages[language].translations.fields.editLink,
    )
    // So are the handles beside a paragraph the pointer is over: add a block, drag to move.
    await editor.locator('p').first().hover()
    await page.waitForSelector('button.add-block-menu')
    expect(await page.getAttribute('button.add-block-menu', 'aria-label')).toBe(newsroomAdminStrings[language].addBlock)
    expect(await page.getAttribute('button.draggable-block-menu', 'aria-label')).toBe(
      newsroomAdminStrings[language].dragToMove,
    )
    await page.close()
    // Closing the tab leaves the story locked for this administrator; other browser tests edit it.
    await releaseLocks(storyId)
  })

  it('shows the comment queue with no English word and no raw key', async () => {
    const page = await open('/admin/collections/comments', '.collection-list')
    expect(problems(await visibleText(page))).toEqual([])
    await page.close()
  })

  it('shows the comment rules, every field labelled and described, with no English word and no raw key', async () => {
    const page = await open('/admin/globals/comment-rules', '.field-type.number')
    const text = await visibleText(page)
    expect(problems(text)).toEqual([])
    expect(text).not.toMatch(/Per Ip|Per Email|Reports To Requeue/i)
    const perIp = CommentRules.fields.find((field) => 'name' in field && field.name === 'perIpPer10Minutes') as {
      label: Record<string, string>
    }
    expect(text).toContain(perIp.label[language])
    await page.close()
  })

  it('explains a malformed list query in the user’s language', async () => {
    const token = await login('admin')
    const response = await fetch(`${siteUrl()}/api/articles?limit=1e70`, {
      headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}` },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toBe(newsroomAdminStrings[language].queryPageInvalid.replace('{{max}}', '1000000'))
  })

  it('refuses an organization website without http(s) in the user’s language', async () => {
    const token = await login('editor')
    const response = await fetch(`${siteUrl()}/api/organizations`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Test', country: 'MN', kind: 'media', website: 'ftp://example.org' }),
    })
    expect(response.status).toBe(400)
    const text = JSON.stringify(await response.json())
    expect(text).toContain(
      language === 'kk' ? 'http:// немесе https:// деп басталуы керек' : 'http:// эсвэл https:// гэж эхлэх ёстой',
    )
  })
})

type Screen = { name: string; path: string; ready: string; roles: readonly Role[] }
const roles = ['admin', 'editor', 'translator', 'moderator'] as const

describe.each(['kk', 'mn'] as const)('every admin screen in %s, for each role (Chromium)', (language) => {
  let browser: Browser
  const password = 'e2e-screens-password'
  const stamp = Date.now()
  const emailOf = (role: Role) => `${role}-screens-${language}-${stamp}@e2e.test`
  const ids: Record<'story' | 'fresh' | 'media' | 'quote' | 'organization' | 'comment' | 'user', number> = {
    story: 0,
    fresh: 0,
    media: 0,
    quote: 0,
    organization: 0,
    comment: 0,
    user: 0,
  }
  const freshHeadline = `Altai herders and solar pumps ${stamp}`
  // People's names, as a newsroom in the language has them (they show on the account page).
  const names = {
    kk: {
      admin: 'Әсел Нұрланқызы',
      editor: 'Ерлан Сәрсенов',
      translator: 'Айгүл Сейтқали',
      moderator: 'Данияр Омаров',
    },
    mn: { admin: 'Дорж Бат', editor: 'Болд Ганбаатар', translator: 'Сарангэрэл Дорж', moderator: 'Оюун Төмөр' },
  }[language]
  let screens: Screen[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    const admin = await login('admin')
    // One account per role that keeps this interface language, so the browser's language plays no part.
    for (const role of roles) {
      const created = await api<{ doc: { id: number } }>('/users', {
        method: 'POST',
        token: admin,
        body: {
          email: emailOf(role),
          password,
          name: names[role],
          roles: [role],
          adminLanguage: language,
          ...(role === 'translator' ? { translatorLocales: [language] } : {}),
          ...(role === 'moderator' ? { moderatorLocales: ['en', language] } : {}),
        },
      })
      expect(created.status).toBe(201)
      if (role === 'editor') ids.user = created.body.doc.id
    }
    ids.story = (await storyIn('en')).id
    // A story written in English only: in this language it has no headline yet.
    const fresh = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token: await login('editor'),
      locale: 'en',
      body: { title: freshHeadline, sourceLocale: 'en' },
    })
    expect(fresh.status).toBe(201)
    ids.fresh = fresh.body.doc.id
    // The seeded documents (the oldest), not what another browser test made a moment ago.
    const first = async (collection: string) =>
      (await api<{ docs: { id: number }[] }>(`/${collection}?limit=1&depth=0&sort=createdAt`, { token: admin })).body
        .docs[0]?.id ?? 0
    ids.media = await first('media')
    ids.quote = await first('quotes')
    ids.organization = await first('organizations')
    // A reader's comment in this language, as the article page sends it, from an address of its own
    // (the test site trusts X-Forwarded-For): other browser tests post from the loopback address,
    // and a comment of theirs, in English, is not what a Mongolian moderator's screen is about.
    const sent = await fetch(`${siteUrl()}/${language}/comments`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': language === 'kk' ? '198.51.100.201' : '198.51.100.202',
      },
      body: JSON.stringify({
        articleId: ids.story,
        name: language === 'kk' ? 'Айгүл' : 'Болд',
        email: `reader-${language}-${stamp}@example.org`,
        language,
        body: language === 'kk' ? 'Өте пайдалы мақала, рақмет!' : 'Маш хэрэгтэй нийтлэл байна, баярлалаа!',
      }),
    })
    expect(sent.status).toBe(201)
    ids.comment = ((await sent.json()) as { id: number }).id
    for (const [name, id] of Object.entries(ids)) expect(`${name}: ${id}`).not.toBe(`${name}: 0`)

    // Each screen once per language, shared out among the roles that reach it (the administrator
    // reaches them all); the dashboard and the account page differ per role, so each role sees them.
    screens = [
      { name: 'dashboard', path: '/admin', ready: '.dashboard', roles },
      { name: 'articles', path: `/admin/collections/articles?locale=${language}`, ready: '.table', roles: ['admin'] },
      {
        name: 'article',
        path: `/admin/collections/articles/${ids.story}?locale=${language}`,
        ready: '.pull-quote-label',
        roles: ['translator'],
      },
      {
        name: 'article without a headline in this language',
        path: `/admin/collections/articles/${ids.fresh}?locale=${language}`,
        ready: '.source-text',
        roles: ['translator'],
      },
      {
        name: 'new article',
        path: `/admin/collections/articles/create?locale=${language}`,
        ready: 'form',
        roles: ['editor'],
      },
      { name: 'images', path: `/admin/collections/media?locale=${language}`, ready: '.table', roles: ['editor'] },
      {
        name: 'image upload',
        path: `/admin/collections/media/create?locale=${language}`,
        ready: '.file-field, .dropzone',
        roles: ['editor'],
      },
      {
        name: 'image',
        path: `/admin/collections/media/${ids.media}?locale=${language}`,
        ready: 'form',
        roles: ['editor'],
      },
      { name: 'quotes', path: `/admin/collections/quotes?locale=${language}`, ready: '.table', roles: ['admin'] },
      {
        name: 'quote',
        path: `/admin/collections/quotes/${ids.quote}?locale=${language}`,
        ready: 'form',
        roles: ['editor'],
      },
      {
        name: 'organizations',
        path: `/admin/collections/organizations?locale=${language}`,
        ready: '.table',
        roles: ['admin'],
      },
      {
        name: 'organization',
        path: `/admin/collections/organizations/${ids.organization}?locale=${language}`,
        ready: 'form',
        roles: ['editor'],
      },
      { name: 'comments', path: '/admin/collections/comments', ready: '.collection-list', roles: ['moderator'] },
      {
        name: 'comment',
        path: `/admin/collections/comments/${ids.comment}`,
        ready: '.json-text',
        roles: ['moderator'],
      },
      { name: 'comment rules', path: '/admin/globals/comment-rules', ready: 'form', roles: ['moderator'] },
      { name: 'users', path: '/admin/collections/users', ready: '.collection-list', roles: ['admin'] },
      { name: 'user', path: `/admin/collections/users/${ids.user}`, ready: 'form', roles: ['admin'] },
      { name: 'account', path: '/admin/account', ready: 'form', roles },
    ]
  })
  afterAll(async () => {
    await browser?.close()
    await releaseLocks(ids.story)
    await releaseLocks(ids.fresh)
  })

  it.each(roles)(
    'shows the %s no English word, raw key, language code, ID for a title, US date or 12-hour clock on any of their screens',
    async (role) => {
      const context = await browser.newContext({ locale: 'en-US' })
      const page = await context.newPage()
      await signInToAdmin(page, { email: emailOf(role), password })
      const found: string[] = []
      for (const screen of screens.filter((candidate) => candidate.roles.includes(role))) {
        await page.goto(`${siteUrl()}${screen.path}`)
        await page.waitForSelector(screen.ready)
        // Dates are drawn once the language's date-fns locale has loaded in the browser.
        await page.waitForLoadState('networkidle')
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll('.cell-publishedAt, .cell-updatedAt, .cell-createdAt')).every(
            (cell) => !/\.\.\.\s*$/.test(cell.textContent ?? ''),
          ),
        )
        found.push(...problems(await visibleText(page)).map((problem) => `${screen.name}: ${problem}`))
        // Payload titles a document by its ID when the title field is empty.
        const heading = (await page.textContent('.doc-header__title').catch(() => null))?.trim() ?? ''
        if (/^\d+$/.test(heading)) found.push(`${screen.name}: the ID "${heading}" is the page title`)
      }
      expect(found).toEqual([])
      await context.close()
      await releaseLocks(ids.story)
      await releaseLocks(ids.fresh)
    },
    300_000,
  )

  it('titles a story that has no headline in this language with the original’s, marked, and names the original’s language in the source box', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await signInToAdmin(page, { email: emailOf('translator'), password })
    await page.goto(`${siteUrl()}/admin/collections/articles/${ids.fresh}?locale=${language}`)
    await page.waitForSelector('.source-text')
    const english = languageLabel('en')[language]
    const marked = `${freshHeadline} (${newsroomAdminStrings[language].worklistOriginal.replace('{{language}}', english)})`
    await page.waitForFunction(
      (title) => document.querySelector('.doc-header__title')?.textContent?.trim() === title,
      marked,
    )
    const box = await page.$eval('.source-text > div', (node) => node.textContent?.trim())
    expect(box).toBe(`${newsroomAdminStrings[language].sourceTextHeading} · ${english}`)
    // The sidebar and the status line name every language, the original's included, in words.
    const names = await page.$$eval('.language-states [data-locale], .language-status-line__entry', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    )
    expect(names.join(' ')).toContain(english)
    expect(problems(names.join('\n'))).toEqual([])
    await context.close()
    await releaseLocks(ids.fresh)
  })

  it('names each pull quote in the body by its words and speaker, never «Untitled»', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await signInToAdmin(page, { email: emailOf('editor'), password })
    await page.goto(`${siteUrl()}/admin/collections/articles/${ids.story}?locale=${language}`)
    await page.waitForSelector('.pull-quote-label')
    const labels = await page.$$eval('.pull-quote-label', (nodes) =>
      nodes.map((node) => node.textContent?.trim() ?? ''),
    )
    const quotes = await api<{ docs: { title: string }[] }>(`/quotes?limit=10&depth=0`, {
      token: await login('admin'),
      locale: language,
    })
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) {
      expect(quotes.body.docs.some((quote) => label.includes(quote.title.slice(0, 40)))).toBe(true)
    }
    const untitled = { kk: 'Атаусыз', mn: 'Гарчиггүй' }[language]
    expect(await page.textContent('.rich-text-lexical')).not.toContain(untitled)
    await context.close()
    await releaseLocks(ids.story)
  })
})
