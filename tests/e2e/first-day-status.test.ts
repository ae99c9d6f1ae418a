import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import type { Role } from '../../collections/access/roles'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, lockStored, login, releaseLocks, siteUrl } from '../helpers/site'

type Doc = { id: number }

describe('the first day in the admin: status line, editing bar, names, sign-in (Chromium)', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  let storyId: number

  const signedIn = async (role: Role | { email: string; password: string }, locale = 'en-US'): Promise<Page> => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
    contexts.push(context)
    const page = await context.newPage()
    await signInToAdmin(page, typeof role === 'string' ? account(role) : role)
    return page
  }
  const openArticle = async (page: Page, query = '') => {
    await page.goto(`${siteUrl()}/admin/collections/articles/${storyId}${query}`)
    await page.waitForSelector('.editing-language-bar')
  }

  beforeAll(async () => {
    browser = await launchChromium()
    const editorToken = await login('editor')
    const created = await api<{ doc: Doc }>('/articles', {
      method: 'POST',
      token: editorToken,
      locale: 'en',
      body: { title: 'First-day status line', sourceLocale: 'en', _status: 'published' },
    })
    expect(created.status).toBe(201)
    storyId = created.body.doc.id
    const kk = await api(`/articles/${storyId}?publishSpecificLocale=kk`, {
      method: 'PATCH',
      token: editorToken,
      locale: 'kk',
      body: { title: 'Алғашқы күннің күй жолы', _status: 'published' },
    })
    expect(kk.status).toBe(200)
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await releaseLocks(storyId)
  })

  it('the login page carries the newsroom’s name in the browser’s language, not the framework’s', async () => {
    for (const [locale, name] of [
      ['en-US', 'Altai News'],
      ['kk-KZ', 'Алтай жаңалықтары'],
      ['mn-MN', 'Алтайн мэдээ'],
    ] as const) {
      const context = await browser.newContext({ locale, extraHTTPHeaders: { 'Accept-Language': locale } })
      contexts.push(context)
      const page = await context.newPage()
      await page.goto(`${siteUrl()}/admin/login`)
      await page.waitForSelector('.newsroom-logo')
      expect(await page.title()).toContain(name)
      expect(await page.title()).not.toMatch(/payload/i)
      expect((await page.textContent('.newsroom-logo__name'))?.trim()).toBe(name)
      // Payload's own logo is gone.
      expect(await page.locator('svg.graphic-logo').count()).toBe(0)
    }
  })

  it('shows one line of what readers see per language, with a legend, and no translation state on the original', async () => {
    await releaseLocks(storyId)
    const editor = await signedIn('editor')
    await openArticle(editor, '?locale=en')
    expect((await editor.textContent('.editing-language-bar'))?.trim()).toBe('You are editing: English')
    await editor.waitForSelector('.language-status-line [data-locale="kk"]')
    const entry = async (locale: string) =>
      (await editor.textContent(`.language-status-line [data-locale="${locale}"] .language-status-line__entry`))?.trim()
    // Published today: the time alone, in the admin language's clock.
    expect(await entry('en')).toMatch(/^English \(original\): live \d{1,2}:\d{2}( [AP]M)?$/)
    expect(await entry('kk')).toMatch(/^Kazakh: live \d{1,2}:\d{2}( [AP]M)?$/)
    expect(await entry('zh')).toBe('Chinese: missing')
    expect(await editor.locator('.language-status-legend li').count()).toBe(7)
    // The original has no "Translation state: Missing" and no outdated box; a translation has both.
    expect(await editor.locator('#field-translationStatus').count()).toBe(0)
    await openArticle(editor, '?locale=kk')
    expect((await editor.textContent('.editing-language-bar'))?.trim()).toBe('You are editing: Kazakh')
    await editor.waitForSelector('#field-translationStatus')
    await releaseLocks(storyId)
  })

  it('opens a translator’s session in their language and names the colleague holding the lock', async () => {
    await releaseLocks(storyId)
    const editor = await signedIn('editor')
    await openArticle(editor, '?locale=en')
    // The editor starts typing, so holds the lock; the translator opens the article without naming a language.
    await editor.locator('#field-kicker').fill('Editing now')
    await lockStored(storyId)
    const translator = await signedIn('translator')
    await translator.goto(`${siteUrl()}/admin/collections/articles/${storyId}`)
    const modal = translator.locator('.document-locked')
    await modal.waitFor()
    const text = (await modal.textContent()) ?? ''
    expect(text).toContain(account('editor').name)
    expect(text).not.toMatch(/User: \d/)
    expect(text).not.toContain(account('editor').email)
    await translator
      .locator('.document-locked button', { hasText: /read-only|view/i })
      .first()
      .click()
    expect((await translator.textContent('.editing-language-bar'))?.trim()).toBe('You are editing: Kazakh')
    await releaseLocks(storyId)
  })

  it('names who saved a version in the version history', async () => {
    await releaseLocks(storyId)
    // The translator saves a Kazakh draft: the newest version is theirs, the one before the editor's.
    const saved = await api(`/articles/${storyId}?draft=true`, {
      method: 'PATCH',
      token: await login('translator'),
      locale: 'kk',
      body: { dek: 'Аудармашының жобасы' },
    })
    expect(saved.status).toBe(200)
    const editor = await signedIn('editor')
    await editor.goto(`${siteUrl()}/admin/collections/articles/${storyId}/versions`)
    await editor.waitForSelector('.table')
    await editor.locator('.table tbody tr a').first().click()
    await editor.waitForURL(/\/versions\/\w+/)
    try {
      await editor.waitForSelector(`text=${account('translator').name}`, { timeout: 15000 })
    } catch (error) {
      throw new Error(`${String(error)}\n${await editor.locator('main, body').first().innerText()}`)
    }
    await releaseLocks(storyId)
  })

  it('keeps the interface language on the account and starts an editor where they write', async () => {
    const adminToken = await login('admin')
    const person = { email: `kk-editor-${Date.now()}@e2e.test`, password: 'e2e-kk-editor-password' }
    const made = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: { ...person, name: 'Айгүл', roles: ['editor'], writesIn: 'ru', adminLanguage: 'kk' },
    })
    expect(made.status).toBe(201)
    // A browser that asks for English still gets the account's Kazakh admin, in Russian content.
    const page = await signedIn(person, 'en-US')
    await page.waitForFunction(() => document.documentElement.lang === 'kk')
    await openArticle(page)
    expect(await page.getAttribute('.editing-language-bar', 'data-locale')).toBe('ru')
    expect((await page.textContent('.editing-language-bar'))?.trim()).toMatch(/^Сіз өңдеп жатқан тіл: /)
    await releaseLocks(storyId)
  })
})
