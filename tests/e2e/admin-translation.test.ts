import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { adminLanguages } from '@/i18n/adminLanguages'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, login, releaseLocks, siteUrl, storyIn } from '../helpers/site'

const kk = adminLanguages.kk.translations

async function signIn(page: Page, role: 'translator' | 'editor') {
  const { email, password } = account(role)
  await signInToAdmin(page, { email, password })
}

describe('the admin for a Kazakh translator (Chromium)', () => {
  let browser: Browser
  let page: Page
  let storyId: number

  beforeAll(async () => {
    browser = await launchChromium()
    const context = await browser.newContext({
      locale: 'kk-KZ',
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' },
    })
    page = await context.newPage()
    storyId = (await storyIn('en')).id
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens the admin in Kazakh on a first visit that asks for Kazakh', async () => {
    await page.goto(`${siteUrl()}/admin/login`)
    expect(await page.getAttribute('html', 'lang')).toBe('kk')
    expect((await page.textContent('button[type="submit"]'))?.trim()).toBe(kk.authentication.login)
  })

  it('shows the English source above each Kazakh field, saves the translation, and offers no other language', async () => {
    await signIn(page, 'translator')
    await releaseLocks(storyId)
    await page.goto(`${siteUrl()}/admin/collections/articles/${storyId}?locale=kk`)
    await page.waitForSelector('.source-text')
    // Another browser test may have opened the story since: take it over, as a person would.
    const takeOver = page.locator('.document-locked button[id$="-take-over"]')
    if (await takeOver.isVisible()) await takeOver.click()
    const sources = await page.$$eval('.source-text [lang="en"]', (nodes) => nodes.map((node) => node.textContent))
    expect(sources).toContain('Altai Nations Forge Stronger Ties at Xinjiang Conference')

    const title = page.locator('input[name="title"]')
    const edited = `${await title.inputValue()} (өңделді)`
    await title.fill(edited)
    await page.click(`button:has-text("${kk.version.saveDraft}")`)
    await page.waitForSelector('.payload-toast-container .toast-success, [class*="toast"][class*="success"]')
    await page.reload()
    expect(await page.inputValue('input[name="title"]')).toBe(edited)

    await page.locator('.localizer button').first().click()
    await page.waitForSelector('.localizer__locale-code[data-locale]')
    const offered = await page.$$eval('.localizer__locale-code[data-locale]', (codes) =>
      codes.map((code) => code.getAttribute('data-locale')),
    )
    expect(offered).toEqual(['kk'])
  })

  it('refuses the Kazakh translator’s write to the Russian headline over REST and GraphQL, and accepts Kazakh', async () => {
    await releaseLocks(storyId)
    const token = await login('translator')
    const ruBefore = (await storyIn('ru')).title
    const rest = await api(`/articles/${storyId}?draft=true`, {
      method: 'PATCH',
      token,
      locale: 'ru',
      body: { title: 'Взлом' },
    })
    expect(rest.status).toBe(403)
    const graphql = await fetch(`${siteUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `mutation { updateArticle(id: ${storyId}, locale: ru, draft: true, data: { title: "Взлом" }) { id } }`,
      }),
    })
    expect(JSON.stringify(await graphql.json())).toMatch(/errors/)
    const shared = await api(`/articles/${storyId}?draft=true`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { publishedAt: '2031-01-01T00:00:00.000Z' },
    })
    expect(shared.status).toBe(403)
    const kkDraft = await api(`/articles/${storyId}?draft=true`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { dek: 'Жаңа лид (жоба)' },
    })
    expect(kkDraft.status).toBe(200)
    expect((await storyIn('ru')).title).toBe(ruBefore)
  })

  it('lists articles with a state for each language', async () => {
    // Filtered to the seeded story: other browser tests add newer stories, which push it off the first page.
    await page.goto(`${siteUrl()}/admin/collections/articles?where[id][equals]=${storyId}`)
    await page.waitForSelector('.translation-states')
    const states = await page.$$eval('.translation-states', (rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('[data-locale]')).map(
          (cell) => `${cell.getAttribute('data-locale')}:${cell.getAttribute('data-state')}`,
        ),
      ),
    )
    expect(states.map((row) => row.join(' '))).toEqual([
      'en:source zh:published ru:published kk:published mn:published',
    ])
  })
})
