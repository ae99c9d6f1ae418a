import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { translator } from '@/i18n/translate'
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
      // every sixth such naughty string: the page stays one a reader could load
      .filter((input, i) => input.category !== 'blns' || i % 6 === 0)
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
  let kkPath: string
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
      body: {
        title: `Hostile comments test ${Date.now()}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
        commentsEnabled: true,
      },
    })
    if (created.status !== 201) throw new Error(`could not create the test article: ${JSON.stringify(created.body)}`)
    const article = created.body.doc
    articlePath = `/en/articles/${article.slug}`
    const kk = await api<{ doc: { slug: string } }>(`/articles/${article.id}`, {
      method: 'PATCH',
      token: editor,
      locale: 'kk',
      body: { title: `Қауіпті пікірлер сынағы ${Date.now()}`, translationStatus: 'published', _status: 'published' },
    })
    kkPath = `/kk/articles/${kk.body.doc.slug}`
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
    const control = await post({
      name: 'Control reader',
      body: 'A plain comment, with a link https://example.org/altai and\nlines.',
    })
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
      const approved = await api(`/comments?where[id][in]=${batch.join(',')}`, {
        method: 'PATCH',
        token: moderator,
        body: { status: 'approved' },
      })
      if (approved.status !== 200) throw new Error(`approval failed: ${approved.status}`)
      const { body } = await api<{ docs: Stored[] }>(`/comments?where[id][in]=${batch.join(',')}&limit=100&depth=0`, {
        token: moderator,
      })
      for (const doc of body.docs) stored.set(doc.id, doc)
    }
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('shows every approved hostile comment as exactly its text: nothing runs, no dialog, no markup of its own', async () => {
    expect(stored.size).toBeGreaterThan(100)
    expect([...stored.values()].every((doc) => doc.status === 'approved')).toBe(true)
    const { page, dialogs } = await openWatched(context, `${siteUrl()}${articlePath}`)
    expect(await page.locator('.comment-list .comment').count()).toBe(stored.size)

    // The markup of a comment is the markup of the plain control comment, whatever its text says.
    const shown = await page.$$eval('.comment-list .comment', (comments) =>
      comments.map((comment) => ({
        id: Number(comment.id.replace('comment-', '')),
        markup: [...comment.querySelectorAll('*')].map((element) => ({
          tag: element.tagName.toLowerCase(),
          attributes: [...element.attributes].map((a) => a.name),
          href: element.getAttribute('href'),
        })),
        name: comment.querySelector('.comment__meta strong')?.textContent ?? null,
        text: [...(comment.querySelector(':scope > .comment__body')?.querySelectorAll(':scope > p') ?? [])]
          .map((p) =>
            [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : (node.textContent ?? ''))).join(''),
          )
          .join('\n\n'),
      })),
    )
    const control = shown.find((comment) => comment.id === controlId)?.markup ?? []
    expect(control.length).toBeGreaterThan(5)
    const allowedTags = new Set([...control.map((e) => e.tag), 'br', 'a'])
    const allowedAttributes = new Set([...control.flatMap((e) => e.attributes), 'href', 'rel', 'target'])
    const foreign: string[] = []
    expect(new Set(shown.map((comment) => comment.id))).toEqual(new Set(stored.keys()))
    for (const comment of shown) {
      const doc = stored.get(comment.id) as Stored
      for (const element of comment.markup) {
        if (!allowedTags.has(element.tag)) foreign.push(`${comment.id}: <${element.tag}>`)
        for (const name of element.attributes)
          if (!allowedAttributes.has(name) || name.startsWith('on'))
            foreign.push(`${comment.id}: <${element.tag} ${name}>`)
        if (element.href !== null && !/^(https?:\/\/|\/|#)/i.test(element.href))
          foreign.push(`${comment.id}: href ${element.href}`)
      }
      if (comment.name !== doc.authorName)
        foreign.push(
          `${comment.id}: name shown as ${JSON.stringify(comment.name)}, stored ${JSON.stringify(doc.authorName)}`,
        )
      if (comment.text !== doc.body.split(/\n{2,}/).join('\n\n'))
        foreign.push(
          `${comment.id}: text shown as ${JSON.stringify(comment.text).slice(0, 80)}, stored ${JSON.stringify(doc.body).slice(0, 80)}`,
        )
    }
    expect(foreign).toEqual([])

    // A reader moving over and into the comments triggers nothing either.
    for (const id of [...stored.keys()].slice(0, 15)) await page.hover(`#comment-${id} > .comment__body`)
    await page.keyboard.press('Tab')
    expect(await pwned(page)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect((await checks(page)).violations).toEqual([])
    await page.close()
  }, 240_000)

  it('shows hostile search terms back as text only, in the reader’s language', async () => {
    const t = translator('kk')
    const terms = renderSet
      .filter((value) => value.isWellFormed() && value.trim().length > 0 && value.length <= 100)
      .slice(0, 16)
    expect(terms.length).toBe(16)
    expect(terms).toEqual(expect.arrayContaining(hostileVectors.scriptTag.filter((v) => v.length <= 100).slice(0, 3)))
    const control = await openWatched(context, `${siteUrl()}/kk/search?q=zzzqqq`)
    const controlMarkup = await markupOf(control.page, 'main')
    const allowedTags = new Set(
      controlMarkup
        .map((e) => e.tag)
        .concat(['div', 'article', 'h2', 'a', 'img', 'picture', 'source', 'time', 'p', 'span']),
    )
    await control.page.close()
    const surprises: string[] = []
    for (const term of terms) {
      const { page, dialogs, status } = await openWatched(
        context,
        `${siteUrl()}/kk/search?q=${encodeURIComponent(term)}`,
      )
      const query = term.trim()
      const label = JSON.stringify(term).slice(0, 60)
      if (status !== 200) surprises.push(`${label}: ${status}`)
      const message = await page.textContent('main [role="status"], main [role="alert"], main p')
      const results = await page.locator('.article-card').count()
      const expected =
        results > 0 ? t('search.results', { count: results, query }) : t('search.nothingFound', { query })
      if (message !== expected) surprises.push(`${label}: says ${JSON.stringify(message)}`)
      if ((await page.inputValue('#site-search')) !== query)
        surprises.push(`${label}: the search box holds something else`)
      for (const element of await markupOf(page, 'main')) {
        if (!allowedTags.has(element.tag) || element.attributes.some((name) => name.startsWith('on')))
          surprises.push(`${label}: <${element.tag} ${element.attributes.join(' ')}>`)
      }
      if ((await pwned(page)) !== undefined) surprises.push(`${label}: window.__pwned was set`)
      if (dialogs.length > 0) surprises.push(`${label}: dialog ${dialogs.join(', ')}`)
      const { violations } = await checks(page)
      if (violations.length > 0) surprises.push(`${label}: CSP stopped ${violations.join(', ')}`)
      await page.close()
    }
    expect(surprises).toEqual([])
  }, 240_000)

  it('answers hostile text sent through the comment form without JavaScript in Kazakh, and shows accepted text back exactly', async () => {
    const t = translator('kk')
    const refusals = new Set(
      [
        'nameRequired',
        'nameTooLong',
        'emailInvalid',
        'emailRequired',
        'websiteInvalid',
        'bodyRequired',
        'bodyTooShort',
        'tooManyLinks',
      ].map((code) =>
        t(`comments:errors.${code}` as 'comments:errors.nameRequired', {
          count: code === 'tooManyLinks' ? 3 : code === 'bodyTooShort' ? 3 : 80,
        }),
      ),
    )
    const attempts = [
      { name: hostileVectors.scriptTag[0] as string, body: hostileVectors.eventHandler[0] as string },
      { name: '\u202Enimda', body: hostileVectors.svgScript[2] as string },
      { name: 'Тест', body: '\' OR 1=1--; {"$gt":""} [$ne] ../../../../etc/passwd' },
      { name: 'Тест', body: '{{count}} $t(comments:errors.summary) %s%s%n ${7*7}' },
      { name: 'Тест', body: '\u200B\u200B\u200B' },
      { name: 'x'.repeat(81), body: 'Жақсы мақала' },
      { name: 'Тест', body: hostileVectors.dataUrl[2] as string, website: 'javascript:alert(1)' },
      { name: 'Тест', body: 'before\u0000after <scr\u0000ipt>' },
    ]
    const surprises: string[] = []
    for (const [index, attempt] of attempts.entries()) {
      const reader = nextReader()
      const form = await browser.newContext({
        javaScriptEnabled: false,
        extraHTTPHeaders: { 'X-Forwarded-For': reader.ip },
      })
      await form.addInitScript(watchScript)
      const page = await form.newPage()
      await page.goto(`${siteUrl()}${kkPath}`)
      await page.fill('#respond input[name="name"]', attempt.name)
      await page.fill('#respond input[name="email"]', reader.email)
      await page.fill('#respond input[name="website"]', attempt.website ?? '')
      await page.fill('#respond textarea[name="body"]', attempt.body)
      await Promise.all([page.waitForLoadState('load'), page.click('#respond button[type="submit"]')])
      await page.waitForSelector('#respond [role="status"], #respond [role="alert"]')
      const label = `attempt ${index}`
      const errors = await page.locator('#respond .field-error').allTextContents()
      if (errors.length > 0) {
        if ((await page.textContent('#respond [role="alert"]')) !== t('comments:errors.summary'))
          surprises.push(`${label}: summary not in Kazakh`)
        for (const error of errors)
          if (!refusals.has(error)) surprises.push(`${label}: “${error}” is not a Kazakh refusal`)
        // Nothing typed is lost.
        if (
          (await page.inputValue('#respond textarea[name="body"]')) !== attempt.body.replace(/\u0000/g, '\uFFFD') &&
          (await page.inputValue('#respond textarea[name="body"]')) !== attempt.body
        ) {
          surprises.push(`${label}: the comment typed was lost`)
        }
      } else {
        if ((await page.textContent('#respond [role="status"]')) !== t('comments:pending.notice'))
          surprises.push(`${label}: no Kazakh notice`)
        const shown = await page.textContent('#respond .comment--pending .comment__body')
        const name = await page.textContent('#respond .comment--pending strong')
        if (
          shown?.includes('<') &&
          (await page
            .locator(
              '#respond .comment--pending script, #respond .comment--pending img, #respond .comment--pending svg',
            )
            .count()) > 0
        ) {
          surprises.push(`${label}: markup rendered`)
        }
        const expected = attempt.body.replace(/\u0000/g, '').replace(/\n/g, '')
        if (shown?.replace(/\n/g, '') !== expected && shown !== expected.replace(/\uFFFD/g, ''))
          surprises.push(`${label}: shown ${JSON.stringify(shown)}`)
        if (name !== attempt.name.replace(/\u202E/g, '')) surprises.push(`${label}: name shown ${JSON.stringify(name)}`)
      }
      if ((await pwned(page)) !== undefined) surprises.push(`${label}: window.__pwned was set`)
      await form.close()
    }
    expect(surprises).toEqual([])
  }, 240_000)
})
