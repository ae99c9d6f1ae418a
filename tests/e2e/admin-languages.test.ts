import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { CommentRules } from '../../collections/CommentRules'
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
    const data =
      '.cell-title, .cell-body, .cell-authorName, .cell-article, .cell-filename, .file-details, .source-text, [contenteditable]'
    const lines: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!text || !parent || parent.closest(data) || parent.closest('script, style, noscript')) continue
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      lines.push(text)
    }
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[placeholder], [title]'))) {
      if (element.closest(data) || !element.checkVisibility()) continue
      for (const name of ['placeholder', 'title'])
        if (element.getAttribute(name)) lines.push(`[${name}] ${element.getAttribute(name)}`)
    }
    return lines.join('\n')
  })
}

/**
 * Left alone on purpose: media types of uploaded files ("image/png") are data, and Payload's list
 * checkbox carries the hard-coded tooltip "select-all" (upstream, no translation key).
 */
const notUiText = /\b(image|application|text|video|audio)\/[\w.+-]+|^\[title\] select-all$/g

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
      body: { email, password, name: `Admin ${language}`, roles: ['admin'], adminLanguage: language },
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
