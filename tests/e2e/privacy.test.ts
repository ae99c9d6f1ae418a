import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchChromium, signInToAdmin } from '../helpers/browser'
import { type OwnAccount, ownAccounts } from '../helpers/sessions'
import { siteUrl } from '../helpers/site'

/*
 * A commenter's email and IP hash (and what is derived from them) must reach nobody but
 * moderators and admins. One comment is planted through the real JSON endpoint with a unique
 * email; every response an anonymous reader, an editor or a translator can get is collected and
 * searched for the email, the IP hash the product stored and the other private values.
 */

const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const marker = {
  email: `leakprobe-${stamp}@privacy-marker.example`,
  name: `Probe Reader ${stamp}`,
  body: `Privacy probe comment ${stamp}: the Altai trade corridor deserves more coverage.`,
}
const replyEmail = `leakreply-${stamp}@privacy-marker.example`
/** Later than anything else, so tests that pick "the oldest approved comment" never pick these. */
const MUCH_LATER = '2099-01-01T00:00:00.000Z'

type Seen = { label: string; status: number; body: string }
type Reader = 'anonymous' | 'editor' | 'translatorKk'
const readers: Reader[] = ['anonymous', 'editor', 'translatorKk']

describe('a commenter’s email and IP hash reach only moderators and admins', () => {
  const tokens = {} as Record<Reader | 'admin' | 'moderator', string | undefined>
  let staff: Record<'admin' | 'moderator' | 'editor' | 'translatorKk', OwnAccount>
  let article: { id: number; slug: string }
  let commentId: number
  let replyId: number
  /** Everything stored about the commenter that nobody else may see. */
  let secrets: Record<string, string>
  let browser: Browser

  const get = async (path: string, who: Reader | 'admin' | 'moderator', init: RequestInit = {}): Promise<Seen> => {
    const token = tokens[who]
    const response = await fetch(`${siteUrl()}${path}`, {
      ...init,
      headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(init.headers as Record<string, string>) },
    })
    return { label: `${who} ${init.method ?? 'GET'} ${path}`, status: response.status, body: await response.text() }
  }
  const graphql = (who: Reader | 'moderator', query: string) =>
    get('/api/graphql', who, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })

  /** Which private values a response shows, by name: [] when it is clean. */
  const leaks = (seen: Seen[]) =>
    seen.flatMap(({ label, body }) =>
      Object.entries(secrets)
        .filter(([, value]) => body.toLowerCase().includes(value.toLowerCase()))
        .map(([name]) => `${label} shows ${name}`),
    )

  beforeAll(async () => {
    staff = await ownAccounts(`privacy${stamp}`, {
      admin: { role: 'admin' },
      moderator: { role: 'moderator' },
      editor: { role: 'editor' },
      translatorKk: { role: 'translator', translatorLocales: ['kk'] },
    })
    for (const [who, { token }] of Object.entries(staff)) tokens[who as keyof typeof tokens] = token
    const created = await get('/api/articles', 'admin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: `Privacy probe story ${stamp}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: '2030-01-01T00:00:00.000Z',
      }),
    })
    expect(created.status).toBe(201)
    article = JSON.parse(created.body).doc

    // A reader opens the article (the proxy hands out the signed clock cookie), writes for a while, sends.
    const opened = await fetch(`${siteUrl()}/en/articles/${article.slug}`)
    expect(opened.status).toBe(200)
    const clock = opened.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ')
    await new Promise((resolve) => setTimeout(resolve, 3200))
    const sent = await fetch(`${siteUrl()}/en/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: clock },
      body: JSON.stringify({
        articleId: article.id,
        name: marker.name,
        email: marker.email,
        body: marker.body,
        language: 'en',
        notify: true,
      }),
    })
    const answer = await sent.text()
    expect([sent.status, answer]).toEqual([201, expect.any(String)])
    expect(answer).not.toContain(marker.email)
    commentId = JSON.parse(answer).id

    // The product's own record of the commenter, as an admin sees it.
    const stored = JSON.parse((await get(`/api/comments/${commentId}?depth=0`, 'admin')).body)
    expect(stored.authorEmail).toBe(marker.email)
    expect(stored.ipHash).toMatch(/^[0-9a-f]{32}$/)
    secrets = {
      email: marker.email,
      'email (URL-encoded)': encodeURIComponent(marker.email),
      'IP hash': stored.ipHash,
      'submission key': stored.submissionKey,
      'reply email': replyEmail,
    }
    expect(stored.submissionKey).toBeTruthy()

    const later = await get(`/api/comments/${commentId}`, 'admin', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ createdAt: MUCH_LATER }),
    })
    expect(later.status).toBe(200)
    const reply = await get('/api/comments', 'admin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        article: article.id,
        parent: commentId,
        depth: 1,
        language: 'en',
        authorName: `Probe replier ${stamp}`,
        authorEmail: replyEmail,
        body: `Reply to the probe ${stamp}`,
        status: 'approved',
        createdAt: MUCH_LATER,
      }),
    })
    expect(reply.status).toBe(201)
    replyId = JSON.parse(reply.body).doc.id
    browser = await launchChromium()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('keeps the pending comment off the article, even for a browser with a forged “my comments” cookie', async () => {
    const forged = await get(`/en/articles/${article.slug}/mine`, 'anonymous', {
      headers: { Cookie: `altai_mine=${commentId}.forged-signature` },
    })
    const plain = await get(`/en/articles/${article.slug}`, 'anonymous')
    for (const seen of [forged, plain]) {
      expect(seen.status).toBe(200)
      expect(seen.body).not.toContain(marker.body)
    }
    expect(leaks([forged, plain])).toEqual([])
  })

  it('lets a moderator approve the comment and see the email and IP hash; the admin too', async () => {
    const approved = await get(`/api/comments/${commentId}`, 'moderator', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'approved' }),
    })
    expect(approved.status).toBe(200)
    for (const who of ['moderator', 'admin'] as const) {
      const doc = JSON.parse((await get(`/api/comments/${commentId}?depth=0`, who)).body)
      expect([doc.authorEmail, doc.ipHash]).toEqual([marker.email, secrets['IP hash']])
    }
    const viaGraphQL = await graphql('moderator', `{ Comment(id: ${commentId}) { authorEmail ipHash } }`)
    expect(JSON.parse(viaGraphQL.body).data.Comment).toEqual({ authorEmail: marker.email, ipHash: secrets['IP hash'] })
  })

  it.each(readers)(
    'REST shows the %s the comment but nothing private: list, by id, depth 0–3, through the reply’s parent, select=',
    async (who) => {
      const paths = [0, 1, 2, 3].flatMap((depth) => [
        `/api/comments?depth=${depth}&limit=100&where[article][equals]=${article.id}`,
        `/api/comments/${commentId}?depth=${depth}`,
        `/api/comments/${replyId}?depth=${depth}`,
        `/api/comments?depth=${depth}&where[parent][equals]=${commentId}`,
        `/api/articles/${article.id}?depth=${depth}`,
      ])
      paths.push(
        `/api/comments?select[authorEmail]=true&select[ipHash]=true&select[spamSignals]=true&select[submissionKey]=true&select[reports]=true&where[id][equals]=${commentId}`,
        `/api/comments/${commentId}?select[authorEmail]=true&select[ipHash]=true&select[notify]=true`,
        `/api/comments/${replyId}?depth=2&populate[comments][authorEmail]=true&populate[comments][ipHash]=true`,
        `/api/comments?locale=all&depth=3&limit=100`,
        `/api/users?depth=2`,
        `/api/comments/${commentId}?draft=true&depth=1`,
      )
      const seen = await Promise.all(paths.map((path) => get(path, who)))
      // The comment is really there (the checks below mean something), only without its private parts.
      const byLabel = (path: string) => seen.find((response) => response.label.endsWith(path))
      expect(byLabel(`/api/comments/${commentId}?depth=0`)?.status).toBe(200)
      expect(byLabel(`/api/comments/${commentId}?depth=0`)?.body).toContain(marker.body)
      // The reply carries its parent, the probe, from depth 1 on.
      expect(byLabel(`/api/comments/${replyId}?depth=1`)?.body).toContain(marker.name)
      expect(leaks(seen)).toEqual([])
    },
  )

  it.each(readers)(
    'REST refuses the %s a query or sort on a private field, so it cannot be used as an oracle',
    async (who) => {
      const right = { email: marker.email, hash: secrets['IP hash'] }
      const wrong = { email: `nobody-${stamp}@privacy-marker.example`, hash: '0'.repeat(32) }
      const probes = (value: typeof right) => [
        `/api/comments?where[authorEmail][equals]=${encodeURIComponent(value.email)}`,
        `/api/comments?where[authorEmail][like]=${encodeURIComponent(value.email.slice(0, 12))}`,
        `/api/comments?where[authorEmail][exists]=true&where[authorEmail][contains]=${encodeURIComponent(value.email.split('@')[0] ?? '')}`,
        `/api/comments?where[or][0][authorEmail][equals]=${encodeURIComponent(value.email)}&where[or][1][id][equals]=0`,
        `/api/comments?where[parent.authorEmail][equals]=${encodeURIComponent(value.email)}`,
        `/api/comments?where[ipHash][equals]=${value.hash}`,
        `/api/comments?where[reports.reporter][equals]=${value.hash}`,
        `/api/comments?where[spamSignals.verdict][equals]=pending&where[authorEmail][equals]=${encodeURIComponent(value.email)}`,
        `/api/comments/count?where[authorEmail][equals]=${encodeURIComponent(value.email)}`,
        `/api/comments/count?where[ipHash][equals]=${value.hash}`,
      ]
      const sorts = ['authorEmail', '-authorEmail', 'ipHash', 'submissionKey'].map(
        (field) => `/api/comments?sort=${field}&where[article][equals]=${article.id}`,
      )
      const withRight = await Promise.all([...probes(right), ...sorts].map((path) => get(path, who)))
      const withWrong = await Promise.all(probes(wrong).map((path) => get(path, who)))
      const refused = (status: number) => status === 400 || status === 403
      expect(withRight.filter((seen) => !refused(seen.status)).map((seen) => `${seen.label} → ${seen.status}`)).toEqual(
        [],
      )
      // The answer for the right value is the answer for a wrong one: nothing to learn.
      const scrub = (body: string, value: typeof right) => body.replaceAll(value.email, '').replaceAll(value.hash, '')
      expect(withRight.slice(0, withWrong.length).map((seen) => [seen.status, scrub(seen.body, right)])).toEqual(
        withWrong.map((seen) => [seen.status, scrub(seen.body, wrong)]),
      )
      expect(leaks(withRight)).toEqual([])
    },
  )

  it.each(readers)('GraphQL gives the %s empty private fields and refuses queries on them', async (who) => {
    const fields =
      'id authorName body authorEmail ipHash submissionKey notify spamSignals reports { reporter } parent { id authorEmail ipHash }'
    const selections = await Promise.all([
      graphql(who, `{ Comment(id: ${commentId}) { ${fields} } }`),
      graphql(who, `{ Comment(id: ${replyId}) { ${fields} } }`),
      graphql(who, `{ Comments(where: { article: { equals: ${article.id} } }, limit: 100) { docs { ${fields} } } }`),
    ])
    expect(selections[0]?.body).toContain(marker.body)
    expect(leaks(selections)).toEqual([])
    const oracles = await Promise.all([
      graphql(who, `{ Comments(where: { authorEmail: { equals: "${marker.email}" } }) { totalDocs docs { id } } }`),
      graphql(who, `{ Comments(where: { ipHash: { equals: "${secrets['IP hash']}" } }) { totalDocs } }`),
      graphql(who, `{ Comments(where: { parent__authorEmail: { equals: "${marker.email}" } }) { totalDocs } }`),
      graphql(who, `{ Comments(sort: "authorEmail", where: { article: { equals: ${article.id} } }) { docs { id } } }`),
      graphql(
        who,
        `
          {
            countComments(where: { authorEmail: { like: "leakprobe" } }) {
              totalDocs
            }
          }
        `,
      ),
    ])
    for (const seen of oracles) {
      const answer = JSON.parse(seen.body) as { errors?: unknown[]; data?: unknown }
      expect([seen.label, Boolean(answer.errors?.length)]).toEqual([seen.label, true])
      expect(JSON.stringify(answer.data ?? null)).not.toMatch(/"totalDocs":[1-9]/)
    }
  })

  it('reader pages, search, feeds, sitemap, JSON-LD and the JSON endpoint show the comment but nothing private', async () => {
    const pages = [
      `/en/articles/${article.slug}`,
      `/en/articles/${article.slug}/mine`,
      '/en',
      `/en/search?q=${encodeURIComponent('Probe')}`,
      '/en/feed.xml',
      '/kk/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      `/kk/articles/${article.slug}`,
      '/en/privacy',
      `/en/privacy/export?token=forged.${stamp}`,
      `/en/privacy/erase?token=forged.${stamp}`,
    ]
    let seen = await Promise.all(pages.map((path) => get(path, 'anonymous')))
    // The article page is regenerated after the approval; wait for it to show the comment.
    for (let attempt = 0; attempt < 20 && !seen[0]?.body.includes(marker.name); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      seen[0] = await get(pages[0] as string, 'anonymous')
    }
    expect(seen[0]?.body).toContain(marker.name)
    expect(seen[0]?.body).toContain('application/ld+json')

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      get('/en/comments', 'anonymous', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    seen = seen.concat(
      await post({
        articleId: article.id,
        parentId: commentId,
        name: '',
        email: 'not-an-email',
        body: 'x',
        language: 'en',
      }),
      await post({
        articleId: article.id,
        parentId: 987654321,
        name: 'Probe',
        email: 'probe@example.org',
        body: 'A reply to nothing at all',
        language: 'en',
      }),
      await post(
        { articleId: article.id, name: 'Probe', email: marker.email, body: marker.body, language: 'en' },
        { Origin: 'https://evil.example' },
      ),
      await post('not json at all'),
    )
    expect(leaks(seen)).toEqual([])
    // Searching the site for the email or the IP hash finds what searching for anything else finds.
    const search = async (query: string) =>
      (await get(`/en/search?q=${encodeURIComponent(query)}`, 'anonymous')).body
        .replaceAll(query, '')
        .replaceAll(encodeURIComponent(query), '')
    expect(await search(marker.email)).toBe(await search(`nobody-${stamp}@privacy-marker.example`))
  })

  /**
   * Every response the page receives, with its body; `settled()` waits for the bodies. POSTs
   * (server actions stream their answer) are fetched through a route so their body is kept.
   */
  function collect(page: Page) {
    const pending: Promise<Seen | null>[] = []
    void page.route('**/*', async (route) => {
      if (route.request().method() !== 'POST') return route.continue().catch(() => undefined)
      try {
        const response = await route.fetch()
        const body = await response.text()
        pending.push(
          Promise.resolve({
            label: `POST ${route.request().url()} (${route.request().headers()['next-action'] ? 'server action' : 'form'})`,
            status: response.status(),
            body,
          }),
        )
        await route.fulfill({ response, body })
      } catch {
        // the page moved on (or closed) while this request was under way
        await route.abort().catch(() => undefined)
      }
    })
    page.on('response', (response) => {
      if (response.request().method() === 'POST') return
      const label = `${response.request().method()} ${response.url()}`
      pending.push(
        response.text().then(
          (body) => ({ label, status: response.status(), body }),
          () => null,
        ),
      )
    })
    return async () => (await Promise.all(pending)).filter((seen): seen is Seen => seen !== null)
  }

  it('the report button, posted as a plain form (reader pages run no script), answers a reader without anything private', async () => {
    const page = await browser.newPage()
    const settled = collect(page)
    await page.goto(`${siteUrl()}/en/articles/${article.slug}`)
    const comment = page.locator(`#comment-${commentId}`)
    await comment.locator('summary').last().click()
    await comment.locator('.report-form button[type="submit"]').click()
    await comment.locator('[role="status"]').waitFor()
    const seen = await settled()
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await page.close()
    expect(
      seen
        .filter((response) => response.label.startsWith('POST '))
        .map((response) => `${response.status} ${response.label.endsWith('(form)') ? 'form' : 'script'}`),
    ).toEqual(['200 form'])
    expect(leaks(seen)).toEqual([])
    // The report stored the reporter's IP hash (this machine's, the same as the commenter's): still private.
    const stored = JSON.parse((await get(`/api/comments/${commentId}?depth=0`, 'admin')).body)
    expect(stored.reports.map((report: { reporter: string }) => report.reporter)).toContain(secrets['IP hash'])
  })

  it.each(['editor', 'translatorKk'] as const)(
    'the admin shows the %s the comment without the email or IP hash, and cannot filter by them',
    async (who) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const settled = collect(page)
      const { email, password } = staff[who]
      await signInToAdmin(page, { email, password })
      await page.goto(`${siteUrl()}/admin/collections/comments?limit=100`)
      await page.goto(`${siteUrl()}/admin/collections/comments/${replyId}`)
      await page.goto(`${siteUrl()}/admin/collections/comments/${commentId}`)
      await page.waitForSelector(`text=${marker.name}`, { timeout: 20_000 }).catch(() => undefined)
      const shown = await page.content()
      const seen = await settled()

      // A filter on the email in the list's URL (the admin's own query language) learns nothing.
      const listFiltered = async (value: string) => {
        await page.goto(
          `${siteUrl()}/admin/collections/comments?where[authorEmail][equals]=${encodeURIComponent(value)}`,
        )
        await page.waitForLoadState('networkidle')
        return (await page.locator('body').innerText()).replaceAll(value, '')
      }
      const right = await listFiltered(marker.email)
      const wrong = await listFiltered(`nobody-${stamp}@privacy-marker.example`)
      await page.unrouteAll({ behavior: 'ignoreErrors' })
      await context.close()

      expect(seen.length).toBeGreaterThan(5)
      expect(shown).toContain(marker.body)
      expect(leaks(seen.concat({ label: 'the rendered edit view', status: 200, body: shown }))).toEqual([])
      expect(right).toBe(wrong)
    },
  )

  it('the admin shows a moderator the commenter’s email', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, staff.moderator)
    await page.goto(`${siteUrl()}/admin/collections/comments/${commentId}`)
    await page.waitForSelector('input[name="authorEmail"]')
    expect(await page.inputValue('input[name="authorEmail"]')).toBe(marker.email)
    await context.close()
  })
})
