import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { translator } from '../../src/i18n/translate'
import { hostileVectors } from '../fixtures/hostile-vectors'
import { launchChromium } from '../helpers/browser'
import { hostileCorpus, inPool, simulatedReaders } from '../helpers/hostile'
import { api, login, siteUrl } from '../helpers/site'

type Stored = { id: number; authorName: string; body: string; status: string }
type Checks = { violations: string[] }

const nextReader = simulatedReaders(19)

/** Inputs that try to become markup or script, once rendered: our own and the naughty strings that look like it. */
const renderSet = [
  ...new Set(
    hostileCorpus()
      .filter((input) => input.category !== 'megabyteBody' && input.category !== 'longString')
      .filter((input) => input.category !== 'blns' || /[<>]|script|javascript|&#|\{\{|\$\{/i.test(input.value))
      .map((input) => input.value),
  ),
]
  // Comments readers may see are checked elsewhere for anything that looks like an email address.
  .filter((value) => !/@example/.test(value))

/** Installs checks only (it defines no __pwned): every CSP violation, i.e. any injected script or handler that tried to run. */
const watchScript = `(() => {
  const checks = { violations: [] }
  Object.defineProperty(window, '__hostileChecks', { value: checks })
  document.addEventListener('securitypolicyviolation', (e) => checks.violations.push(e.violatedDirective + ' ' + (e.sample || e.blockedURI)))
})()`

/** The text a comment shows, read from the DOM the way a reader sees it: paragraphs, line breaks and links. */
const shownText = (page: Page, id: number) =>
  page.$eval(`#comment-${id} > .comment__body`, (body) =>
    [...body.querySelectorAll(':scope > p')]
      .map((p) => [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : (node.textContent ?? ''))).join(''))
      .join('\n\n'),
  )

async function openWatched(context: BrowserContext, url: string) {
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const response = await page.goto(url)
  await page.waitForLoadState('load')
  return { page, dialogs, status: response?.status() }
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
const checks = (page: Page) => page.evaluate(() => (window as unknown as { __hostileChecks: Checks }).__hostileChecks)

/** Tag names and attribute names inside a part of the page: what markup it holds, whatever the text. */
const markupOf = (page: Page, selector: string) =>
  page.$$eval(`${selector} *`, (elements) =>
    elements.map((element) => ({
      tag: element.tagName.toLowerCase(),
      attributes: [...element.attributes].map((a) => a.name),
      href: element.getAttribute('href'),
    })),
  )

describe('hostile comments and searches rendered in Chromium', () => {
  let browser: Browser
  let context: BrowserContext
  let articlePath: string
  const stored = new Map<number, Stored>()
  let controlId = 0

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext()
    await context.addInitScript(watchScript)

    // An article of its own, so no other test's comment counts change.
    const editor = await login('editor')
    const created = await api<{ doc: { id: number; slug: string } }>('/articles', {
      method: 'POST',
      token: editor,
      locale: 'en',
      body: { title: `Hostile comments test ${Date.now()}`, sourceLocale: 'en', _status: 'published', publishedAt: new Date().toISOString(), commentsEnabled: true },
    })
    if (created.status !== 201) throw new Error(`could not create the test article: ${JSON.stringify(created.body)}`)
    const article = created.body.doc
    articlePath = `/en/articles/${article.slug}`
    // Cached once before any comment is approved: approval must rebuild it, as for readers.
    expect((await fetch(`${siteUrl()}${articlePath}`)).status).toBe(200)

    const post = async (fields: Record<string, unknown>) => {
      const reader = nextReader()
      const response = await fetch(`${siteUrl()}/en/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': reader.ip },
        body: JSON.stringify({ articleId: article.id, email: reader.email, language: 'en', ...fields }),
      })
      return { status: response.status, body: (await response.json()) as { id?: number } }
    }
    const control = await post({ name: 'Control reader', body: 'A plain comment, with a link https://example.org/altai and\nlines.' })
    controlId = control.body.id as number
    const ids = [controlId]
    await inPool(renderSet, 4, async (value, index) => {
      let answer = await post({ name: value, body: value, website: index % 3 === 0 ? value : '' })
      if (answer.status === 422) answer = await post({ name: `Reader ${index}`, body: value })
      if (answer.status === 422) answer = await post({ name: value, body: `Name test ${index}` })
      if (answer.body.id) ids.push(answer.body.id)
    })

    // A moderator approves them all at once; the product's hooks rebuild the article page.
    const moderator = await login('moderator')
    for (let start = 0; start < ids.length; start += 100) {
      const batch = ids.slice(start, start + 100)
      const approved = await api(`/comments?where[id][in]=${batch.join(',')}`, { method: 'PATCH', token: moderator, body: { status: 'approved' } })
      if (approved.status !== 200) throw new Error(`approval failed: ${approved.status}`)
      const { body } = await api<{ docs: Stored[] }>(`/comments?where[id][in]=${batch.join(',')}&limit=100&depth=0`, { token: moderator })
      for (const doc of body.docs) stored.set(doc.id, doc)
    }
  }, 170_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('shows every approved hostile comment as exactly its text: nothing runs, no dialog, no markup of its own', async () => {
    expect(stored.size).toBeGreaterThan(150)
    expect([...stored.values()].every((doc) => doc.status === 'approved')).toBe(true)
    const { page, dialogs } = await openWatched(context, `${siteUrl()}${articlePath}`)
    expect(await page.locator('.comment-list .comment').count()).toBe(stored.size)

    // The markup of a comment is the markup of the plain control comment, whatever its text says.
    const control = await markupOf(page, `#comment-${controlId}`)
    const allowedTags = new Set([...control.map((e) => e.tag), 'br', 'a'])
    const allowedAttributes = new Set([...control.flatMap((e) => e.attributes), 'href', 'rel', 'target'])
    const foreign: string[] = []
    for (const [id, doc] of stored) {
      for (const element of await markupOf(page, `#comment-${id}`)) {
        if (!allowedTags.has(element.tag)) foreign.push(`${id}: <${element.tag}>`)
        for (const name of element.attributes) if (!allowedAttributes.has(name) || name.startsWith('on')) foreign.push(`${id}: <${element.tag} ${name}>`)
        if (element.href !== null && !/^(https?:\/\/|\/|#)/i.test(element.href)) foreign.push(`${id}: href ${element.href}`)
      }
      const name = await page.textContent(`#comment-${id} .comment__meta strong`)
      if (name !== doc.authorName) foreign.push(`${id}: name shown as ${JSON.stringify(name)}, stored ${JSON.stringify(doc.authorName)}`)
      const text = await shownText(page, id)
      if (text !== doc.body.split(/\n{2,}/).join('\n\n')) foreign.push(`${id}: text shown as ${JSON.stringify(text).slice(0, 80)}, stored ${JSON.stringify(doc.body).slice(0, 80)}`)
    }
    expect(foreign).toEqual([])

    // A reader moving over and into the comments triggers nothing either.
    for (const id of [...stored.keys()].slice(0, 40)) await page.hover(`#comment-${id} > .comment__body`)
    await page.keyboard.press('Tab')
    expect(await pwned(page)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect((await checks(page)).violations).toEqual([])
    await page.close()
  })

  it('shows hostile search terms back as text only, in the reader’s language', async () => {
    const t = translator('kk')
    const terms = renderSet.filter((value) => value.isWellFormed() && value.trim().length > 0 && value.length <= 100).slice(0, 60)
    expect(terms.length).toBeGreaterThanOrEqual(40)
    expect(terms).toEqual(expect.arrayContaining(hostileVectors.scriptTag.filter((v) => v.length <= 100).slice(0, 3)))
    const control = await openWatched(context, `${siteUrl()}/kk/search?q=zzzqqq`)
    const controlMarkup = await markupOf(control.page, 'main')
    const allowedTags = new Set(controlMarkup.map((e) => e.tag).concat(['div', 'article', 'h2', 'a', 'img', 'picture', 'source', 'time', 'p', 'span']))
    await control.page.close()
    const surprises: string[] = []
    for (const term of terms) {
      const { page, dialogs, status } = await openWatched(context, `${siteUrl()}/kk/search?q=${encodeURIComponent(term)}`)
      const query = term.trim()
      const label = JSON.stringify(term).slice(0, 60)
      if (status !== 200) surprises.push(`${label}: ${status}`)
      const message = await page.textContent('main [role="status"], main [role="alert"], main p')
      const results = await page.locator('.article-card').count()
      const expected = results > 0 ? t('search.results', { count: results, query }) : t('search.nothingFound', { query })
      if (message !== expected) surprises.push(`${label}: says ${JSON.stringify(message)}`)
      if ((await page.inputValue('#site-search')) !== query) surprises.push(`${label}: the search box holds something else`)
      for (const element of await markupOf(page, 'main')) {
        if (!allowedTags.has(element.tag) || element.attributes.some((name) => name.startsWith('on'))) surprises.push(`${label}: <${element.tag} ${element.attributes.join(' ')}>`)
      }
      if ((await pwned(page)) !== undefined) surprises.push(`${label}: window.__pwned was set`)
      if (dialogs.length > 0) surprises.push(`${label}: dialog ${dialogs.join(', ')}`)
      const { violations } = await checks(page)
      if (violations.length > 0) surprises.push(`${label}: CSP stopped ${violations.join(', ')}`)
      await page.close()
    }
    expect(surprises).toEqual([])
  }, 120_000)
})
