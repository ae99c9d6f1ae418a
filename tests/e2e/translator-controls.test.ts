import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { Articles } from '../../collections/Articles'
import type { AdminLabel } from '../../collections/labels'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { adminLanguages } from '@/i18n/adminLanguages'
import { account } from '../helpers/accounts'
import { launchChromium, signInToAdmin } from '../helpers/browser'
import { api, lockStored, login, releaseLocks, siteUrl, storyIn } from '../helpers/site'

const kk = adminLanguages.kk.translations
const en = adminLanguages.en.translations

/** Every control in the edit view that would change what readers see. */
const publicationControls = [
  '#action-save',
  '#action-publish-language',
  '#publish-locale',
  '#schedule-publish',
  '#action-unpublish',
  '#action-unpublish-locale',
  '#action-revert-to-published',
]

async function signIn(context: BrowserContext, role: 'translator' | 'editor'): Promise<Page> {
  const page = await context.newPage()
  const { email, password } = account(role)
  await signInToAdmin(page, { email, password })
  return page
}

/**
 * Opens the article's Kazakh edit view. Editor and translator open the same story (the seeded
 * database has one), so the second finds it locked and takes over, as a person would.
 */
async function openArticle(page: Page, id: number) {
  await releaseLocks(id)
  await page.goto(`${siteUrl()}/admin/collections/articles/${id}?locale=kk`)
  await page.locator('#action-save-draft, .document-locked').first().waitFor()
  const takeOver = page.locator('.document-locked button[id$="-take-over"]')
  if (await takeOver.isVisible()) await takeOver.click()
  await page.waitForSelector('#action-save-draft')
  // The status line (and its "Revert to published") is drawn once the language states have loaded.
  await page.waitForSelector('.status[data-locale]')
}

/** Whether the publication date's picker offers its "clear" button (×), which empties the date. */
const offersToClearTheDate = (page: Page) =>
  page.evaluate(
    () =>
      document
        .getElementById('field-publishedAt')
        ?.closest('.field-type')
        ?.querySelector('.date-time-picker__clear-button') !== null,
  )

/** For each field name, whether the admin draws the field read-only (Payload marks its wrapper so). */
const readOnly = (page: Page, names: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((name) => {
          const field = document.getElementById(`field-${name}`)?.closest('.field-type')
          return [name, field ? /read-only/.test(field.className) : 'not on the page']
        }),
      ),
    names,
  )

const present = (page: Page, selectors: string[]) =>
  page.evaluate((list) => list.filter((selector) => document.querySelector(selector) !== null), selectors)

/** The bulk actions the list view offers once a row is selected, by their accessible names. */
async function bulkActionsAfterSelectingARow(page: Page): Promise<string[]> {
  await page.goto(`${siteUrl()}/admin/collections/articles?locale=kk`)
  await page.locator('tbody .select-row input[type="checkbox"]').first().check()
  await page.waitForSelector('.list-selection')
  return page.$$eval('.list-selection button[aria-label]', (buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  )
}

describe('what the admin offers a Kazakh translator (Chromium)', () => {
  let browser: Browser
  let translator: Page
  let editor: Page
  let storyId: number

  beforeAll(async () => {
    browser = await launchChromium()
    const kazakh = await browser.newContext({
      locale: 'kk-KZ',
      extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' },
    })
    const english = await browser.newContext({
      locale: 'en-GB',
      extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' },
    })
    storyId = (await storyIn('en')).id
    // A Kazakh draft newer than the published version: the state in which "Revert to published" appears.
    await releaseLocks(storyId)
    const token = await login('translator')
    const saved = await api(`/articles/${storyId}?draft=true`, {
      method: 'PATCH',
      token,
      locale: 'kk',
      body: { dek: 'Лид (жоба, тексеруге)', _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    translator = await signIn(kazakh, 'translator')
    editor = await signIn(english, 'editor')
  })
  afterAll(async () => {
    await browser?.close()
  })

  /**
   * An editor of their own, in a browser context of their own, who has typed `text` into the
   * story's English kicker without saving (holding its edit lock): the shared editor page is left
   * clean for the other tests. Close `elsewhere` when done.
   */
  async function editorTypingInTheStory(text: string): Promise<{ elsewhere: BrowserContext; page: Page }> {
    await releaseLocks(storyId)
    const elsewhere = await browser.newContext({ locale: 'en-GB' })
    const page = await signIn(elsewhere, 'editor')
    await page.goto(`${siteUrl()}/admin/collections/articles/${storyId}?locale=en`)
    await page.locator('#field-kicker').fill(text)
    return { elsewhere, page }
  }

  it('shows the translator Save draft and no Publish, Publish in Қазақша, Schedule, Unpublish or Revert to published, where an editor sees Publish, Publish in Kazakh and Revert', async () => {
    await openArticle(editor, storyId)
    expect(await present(editor, publicationControls)).toEqual(
      expect.arrayContaining(['#action-save', '#action-publish-language', '#action-revert-to-published']),
    )

    await openArticle(translator, storyId)
    expect((await translator.textContent('#action-save-draft'))?.trim()).toBe(kk.version.saveDraft)
    expect(await present(translator, publicationControls)).toEqual([])
    const controls = (await translator.textContent('.doc-controls')) ?? ''
    for (const word of [
      kk.version.publishChanges,
      kk.version.schedulePublish,
      kk.version.unpublish,
      kk.version.revertToPublished,
    ])
      expect(controls).not.toContain(word)
    // The status is still shown, in Kazakh.
    expect(controls).toContain(kk.version.status)
  })

  it('offers the translator no bulk Edit, Publish, Unpublish or Delete in the article list, where an editor gets all four', async () => {
    expect(await bulkActionsAfterSelectingARow(editor)).toEqual(
      expect.arrayContaining([en.general.edit, en.version.publish, en.version.unpublish, en.general.delete]),
    )
    const offered = await bulkActionsAfterSelectingARow(translator)
    for (const action of [kk.general.edit, kk.version.publish, kk.version.unpublish, kk.general.delete])
      expect(offered).not.toContain(action)
  })

  it('offers the translator no “Published” translation state, where an editor gets it, and shows a refused submission’s reason in Kazakh as written, not cut at its colon into a list', async () => {
    // A story with no Kazakh yet: a new translation starts from the original's structure, without words.
    const paragraph = (text: string) => ({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    const created = await api<{ doc: { id: number } }>('/articles', {
      method: 'POST',
      token: await login('editor'),
      locale: 'en',
      body: {
        title: `Herders' cooperative opens a dairy ${Date.now()}`,
        sourceLocale: 'en',
        _status: 'published',
        body: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [paragraph('The cooperative bought its first cooling tank in October.')],
          },
        },
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const state = Articles.fields.find((one) => 'name' in one && one.name === 'translationStatus') as unknown as {
      options: { value: string; label: AdminLabel }[]
    }
    const labelOf = (value: string, language: 'en' | 'kk') =>
      state.options.find((option) => option.value === value)?.label[language] as string
    const offeredStates = async (page: Page) => {
      await page.locator('#field-translationStatus .rs__control').click()
      await page.waitForSelector('.rs__option')
      const offered = (await page.locator('.rs__option').allInnerTexts()).map((text) => text.trim())
      await page.keyboard.press('Escape')
      return offered
    }

    await openArticle(editor, id)
    expect(await offeredStates(editor)).toContain(labelOf('published', 'en'))
    await openArticle(translator, id)
    const offered = await offeredStates(translator)
    expect(offered).toContain(labelOf('ready', 'kk'))
    expect(offered).not.toContain(labelOf('published', 'kk'))

    // Submitted with only the structure and a headline: refused, and the reason is shown whole.
    await translator.fill('#field-title', 'Малшылар кооперативі сүт зауытын ашты')
    await translator.click('#action-submit-for-review')
    const toast = translator.locator('.payload-toast-container [class*="error"]').first()
    await toast.waitFor()
    // Payload's toast turns "intro: a, b" into an intro and a bulleted list; our refusals are sentences.
    expect(newsroomAdminStrings.kk.skeletonNotFinished).toContain(':')
    expect(await toast.textContent()).toContain(newsroomAdminStrings.kk.skeletonNotFinished)
  })

  it('dates the notice that a colleague is editing in Kazakh, as every Kazakh admin date, not in US English', async () => {
    const { elsewhere } = await editorTypingInTheStory('Editing now')
    await lockStored(storyId)
    await translator.goto(`${siteUrl()}/admin/collections/articles/${storyId}?locale=kk`)
    const notice = translator.locator('.document-locked')
    await notice.waitFor()
    // kk «2026 ж. 30 қараша, 23:02» (adminDateTimeFormat), where Payload wrote «Nov 30, 2026, 11:02 PM».
    const since = (await notice.locator('p strong').last().textContent())?.trim()
    expect(since).toMatch(/^\d{4} ж\. \d{1,2} \p{Ll}+, \d{2}:\d{2}$/u)
    await elsewhere.close()
    await releaseLocks(storyId)
  })

  it('asks before the language menu discards unsaved changes: staying keeps the typed text, leaving opens the other language', async () => {
    const { elsewhere, page } = await editorTypingInTheStory('Typed, not saved')
    const chooseKazakh = async () => {
      await page.click('.localizer .popup-button')
      await page.click('.popup__content button:has(.localizer__locale-code[data-locale="kk"])')
    }
    await chooseKazakh()
    const question = page.locator('.confirmation-modal')
    await question.waitFor()
    expect(await question.textContent()).toContain(en.general.changesNotSaved)
    await question.locator('button', { hasText: en.general.stayOnThisPage }).click()
    await question.waitFor({ state: 'hidden' })
    expect(new URL(page.url()).searchParams.get('locale')).toBe('en')
    expect(await page.inputValue('#field-kicker')).toBe('Typed, not saved')

    await chooseKazakh()
    await question.locator('button', { hasText: en.general.leaveAnyway }).click()
    await page.waitForURL((url) => url.searchParams.get('locale') === 'kk')
    await page.waitForSelector('.editing-language-bar[data-locale="kk"]')
    await elsewhere.close()
    await releaseLocks(storyId)
  })

  it('answers a translator’s draft save with the Kazakh text as stored, never the English that would fill an empty field', async () => {
    // The admin's form takes the save's answer as the new state: an English fallback there is
    // saved into the translation by the next click (Submit for review).
    const token = await login('translator')
    const save = (dek: string) =>
      fetch(`${siteUrl()}/api/articles/${storyId}?locale=kk&draft=true&fallback-locale=null&depth=0`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ dek }),
      })
    const emptied = await save('')
    expect(emptied.status).toBe(200)
    expect(((await emptied.json()) as { doc: { dek?: string | null } }).doc.dek ?? '').toBe('')
    expect((await save('Лид (жоба, тексеруге)')).status).toBe(200)
  })

  it('draws the fields every language shares read-only for the translator and editable for an editor, and refuses a change sent anyway with its reason in Kazakh', async () => {
    // Shared: whether readers may comment, the publication date, the original's language. The headline is the translator's own.
    const fields = ['commentsEnabled', 'publishedAt', 'sourceLocale', 'title']
    await openArticle(translator, storyId)
    expect(await readOnly(translator, fields)).toEqual({
      commentsEnabled: true,
      publishedAt: true,
      sourceLocale: true,
      title: false,
    })
    // A read-only date offers no button that empties it.
    expect(await offersToClearTheDate(translator)).toBe(false)
    await openArticle(editor, storyId)
    expect(await readOnly(editor, fields)).toEqual({
      commentsEnabled: false,
      publishedAt: false,
      sourceLocale: false,
      title: false,
    })
    expect(await offersToClearTheDate(editor)).toBe(true)

    const token = await login('translator')
    const stored = await api<{ commentsEnabled: boolean }>(`/articles/${storyId}?draft=true`, { token, locale: 'kk' })
    const response = await fetch(`${siteUrl()}/api/articles/${storyId}?locale=kk&draft=true`, {
      method: 'PATCH',
      // The admin's language is its cookie, as in the translator's browser.
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, Cookie: 'payload-lng=kk' },
      body: JSON.stringify({ commentsEnabled: !stored.body.commentsEnabled }),
    })
    const field = Articles.fields.find((one) => 'name' in one && one.name === 'commentsEnabled') as {
      label: AdminLabel
    }
    expect(response.status).toBe(403)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      newsroomAdminStrings.kk.translatorSharedField.replace('{{field}}', field.label.kk),
    )
    const after = await api<{ commentsEnabled: boolean }>(`/articles/${storyId}?draft=true`, { token, locale: 'kk' })
    expect(after.body.commentsEnabled).toBe(stored.body.commentsEnabled)
  })
})
