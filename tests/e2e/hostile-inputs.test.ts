import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { fieldErrorMessages } from '@/comments/messages'
import { commentLimits, honeypotField } from '@/comments/rules'
import { cleanText } from '@/comments/validate'
import { type Locale, localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { launchChromium } from '../helpers/browser'
import {
  brokenUtf8Bytes,
  encodeSegment,
  hostileCorpus,
  type HostileInput,
  hostileSample,
  inPool,
  simulatedReaders,
  commentFieldCodes,
} from '../helpers/hostile'
import { api, login, siteUrl, storyIn } from '../helpers/site'

const corpus = hostileCorpus()
const sample = hostileSample(6)
/** The first of each of our categories and every 50th naughty string go everywhere; the rest of the sample to one place each. */
const core = [
  ...corpus.filter(
    (input, i, all) => input.category !== 'blns' && all.findIndex((other) => other.category === input.category) === i,
  ),
  ...corpus.filter((input, i) => input.category === 'blns' && i % 50 === 0),
]
const coreLabels = new Set(core.map((input) => input.label))
const rest = sample.filter((input) => !coreLabels.has(input.label))
/** Every probe for the core inputs, one rotating probe for the rest: the whole sample is sent, in bounded time. */
const spread = <T>(make: (input: HostileInput, index: number) => T[]) => [
  ...core.flatMap((input, index) => make(input, index)),
  ...rest.flatMap((input, index) => {
    const all = make(input, index)
    return all.length > 0 ? [all[index % all.length] as T] : []
  }),
]
/** Paths carry at most a few kilobytes (a server refuses longer request lines); the megabyte goes in a body. */
const inPath = (input: HostileInput) => input.value.isWellFormed() && input.value.length <= 2000
const nextReader = simulatedReaders(18)
const POOL = 4

const fieldCodes = commentFieldCodes
const textFields = Object.keys(fieldCodes)
const storedAs: Record<string, string> = {
  name: 'authorName',
  email: 'authorEmail',
  website: 'website',
  body: 'body',
  language: 'language',
}

type Answer = { status: number; text: string; json: Record<string, unknown> | null }
async function send(path: string, init: RequestInit & { ip?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers)
  headers.set('X-Forwarded-For', init.ip ?? nextReader().ip)
  const response = await fetch(`${siteUrl()}${path}`, { ...init, headers, redirect: 'manual' })
  const text = await response.text()
  let json: Record<string, unknown> | null = null
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = null
  }
  return { status: response.status, text, json }
}

/** Nothing a reader may not see: no commenter's email, no IP hash, no spam verdicts, no stack trace. */
function leaks(text: string): string[] {
  const found: string[] = []
  if (/@hostile\.test|@e2e\.test/.test(text)) found.push('an email address')
  if (/"?(ipHash|ip_hash|spamSignals|submissionKey|authorEmail)"?\s*:/.test(text)) found.push('a private field')
  if (/"status"\s*:\s*"(pending|spam|trash)"/.test(text) && !/"status"\s*:\s*"pending","message"/.test(text))
    found.push('an unpublished comment')
  if (/node_modules|at async |SQLITE_|LibsqlError/.test(text)) found.push('a stack trace or database error')
  return found
}

describe('hostile input against the running site (HTTP and Chromium)', () => {
  let browser: Browser
  let story: { id: number; slug: string }
  let moderatorToken: string

  beforeAll(async () => {
    browser = await launchChromium()
    story = await storyIn('en')
    moderatorToken = await login('moderator')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const postComment = (locale: string, body: string | Buffer, ip: string) =>
    send(`/${locale}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body as BodyInit,
      ip,
    })

  it('answers every hostile comment over the JSON endpoint without a 5xx, refuses in the page’s language, and stores what it accepts exactly', async () => {
    const surprises: string[] = []
    const accepted: { id: number; fields: string[]; value: string; label: string }[] = []
    const check = async (input: HostileInput, index: number, fields: string[]) => {
      const locale = localeCodes[index % localeCodes.length] as Locale
      const t = translator(locale)
      const reader = nextReader()
      const payload: Record<string, unknown> = {
        articleId: story.id,
        name: 'Hostile test reader',
        email: reader.email,
        body: `An ordinary comment, from ${reader.ip}`,
        language: 'en',
        [honeypotField]: input.value,
        submissionKey: input.value,
        status: 'approved',
        ...Object.fromEntries(fields.map((field) => [field, input.value])),
      }
      const answer = await postComment(locale, JSON.stringify(payload), reader.ip)
      const where = `${input.label} in ${fields.join('+')} on /${locale}`
      if (answer.status >= 500) surprises.push(`${where}: ${answer.status} ${answer.text.slice(0, 120)}`)
      surprises.push(...leaks(answer.text).map((leak) => `${where}: leaks ${leak}`))
      if (answer.status === 413) {
        // A request larger than the endpoint reads (64 KB) is refused unread, in the page's language.
        const tooLarge = [
          t('comments:errors.requestTooLarge', { count: commentLimits.bodyMax }),
          t('comments:errors.bodyTooLong', { count: commentLimits.bodyMax, length: '>' }),
        ]
        if (!tooLarge.includes(String(answer.json?.error))) surprises.push(`${where}: 413 says ${answer.text}`)
        return [] as string[]
      }
      if (answer.status === 422) {
        const errors = (answer.json?.errors ?? {}) as Record<string, string>
        if (answer.json?.error !== t('comments:errors.summary'))
          surprises.push(`${where}: summary ${String(answer.json?.error)}`)
        for (const [field, message] of Object.entries(errors)) {
          const allowed = (fieldCodes[field] ?? []).map(
            (code) => fieldErrorMessages(t, { [field]: code } as never, payload.body)[field],
          )
          if (!allowed.includes(message))
            surprises.push(`${where}: ${field} refused with “${message}”, not a ${locale} message for that field`)
        }
        return fields.filter((field) => !(field in errors))
      }
      if (answer.status === 201 || answer.status === 200) {
        if (answer.json?.message !== t('comments:pending.notice'))
          surprises.push(`${where}: notice ${String(answer.json?.message)}`)
        accepted.push({ id: Number(answer.json?.id), fields, value: input.value, label: where })
        return []
      }
      surprises.push(`${where}: unexpected ${answer.status} ${answer.text.slice(0, 120)}`)
      return []
    }
    await inPool(corpus, POOL, async (input, index) => {
      const passed = await check(input, index, textFields)
      if (passed.length > 0 && passed.length < textFields.length) await check(input, index + 1, passed)
    })
    // Invalid UTF-8 on the wire is read as replacement characters, never a crash.
    await inPool(brokenUtf8Bytes, POOL, async (bytes, index) => {
      const reader = nextReader()
      const [before, after] = JSON.stringify({
        articleId: story.id,
        email: reader.email,
        language: 'en',
        body: 'Broken bytes: ',
        name: 'Raw',
      }).split('Broken bytes: ')
      const body = Buffer.concat([
        Buffer.from(`${before}Broken bytes: `),
        Buffer.from(bytes),
        Buffer.from(after as string),
      ])
      const answer = await postComment(localeCodes[index % 5] as Locale, body, reader.ip)
      if (answer.status !== 201) surprises.push(`raw bytes ${bytes}: ${answer.status} ${answer.text.slice(0, 120)}`)
      else
        accepted.push({
          id: Number(answer.json?.id),
          fields: ['body'],
          value: `Broken bytes: ${new TextDecoder().decode(new Uint8Array(bytes))}`,
          label: `raw bytes ${bytes}`,
        })
    })
    expect(surprises).toEqual([])

    // What was accepted is stored exactly as cleaned (a moderator's view), honeypot and all.
    expect(accepted.length).toBeGreaterThan(500)
    for (let start = 0; start < accepted.length; start += 100) {
      const batch = accepted.slice(start, start + 100)
      const { body } = await api<{ docs: Record<string, unknown>[] }>(
        `/comments?depth=0&limit=100&where[id][in]=${batch.map((a) => a.id).join(',')}`,
        { token: moderatorToken },
      )
      const byId = new Map(body.docs.map((doc) => [doc.id as number, doc]))
      for (const { id, fields, value, label } of batch) {
        const doc = byId.get(id)
        if (!doc) {
          surprises.push(`${label}: accepted as ${id} but not stored`)
          continue
        }
        for (const field of fields) {
          const cleaned = cleanText(value, { multiline: field === 'body' })
          const want = field === 'email' ? cleaned.toLowerCase() : field === 'website' ? cleaned || null : cleaned
          if (doc[storedAs[field] as string] !== want)
            surprises.push(
              `${label}: ${field} stored as ${JSON.stringify(doc[storedAs[field] as string])?.slice(0, 60)}`,
            )
        }
        if (doc.status === 'approved') surprises.push(`${label}: approved by the client`)
      }
    }
    expect(surprises).toEqual([])
  }, 300_000)

  it('refuses a hostile article, reply target or language segment with a localized answer and no 5xx', async () => {
    const surprises: string[] = []
    await inPool(sample, POOL, async (input, index) => {
      const locale = localeCodes[index % localeCodes.length] as Locale
      const t = translator(locale)
      const allowed = new Set([
        t('comments:errors.articleUnavailable'),
        t('comments:errors.articleClosed'),
        t('comments:errors.parentInvalid'),
        t('comments:errors.summary'),
      ])
      for (const target of [{ articleId: input.value }, { articleId: story.id, parentId: input.value }]) {
        const reader = nextReader()
        const fields = {
          name: 'Reader',
          email: reader.email,
          body: `Reply target test from ${reader.ip}`,
          language: locale,
          ...target,
        }
        const answer = await postComment(locale, JSON.stringify(fields), reader.ip)
        const where = `${input.label} as ${Object.keys(target).at(-1)} on /${locale}`
        if (answer.status >= 500) surprises.push(`${where}: ${answer.status}`)
        // 404: no article of that id can be read in this language (a hostile id is never coerced into one).
        else if ((answer.status === 422 || answer.status === 404) && !allowed.has(String(answer.json?.error)))
          surprises.push(`${where}: says ${String(answer.json?.error)}`)
        else if (![200, 201, 404, 413, 422].includes(answer.status)) surprises.push(`${where}: ${answer.status}`)
      }
      if (!inPath(input)) return // broken UTF-8 and megabyte paths: see the last test
      const segment = await postComment(
        encodeSegment(input.value),
        JSON.stringify({ articleId: story.id }),
        nextReader().ip,
      )
      if (segment.status >= 500 || segment.status < 300)
        surprises.push(`${input.label} as the language segment: ${segment.status}`)
    })
    expect(surprises).toEqual([])
  }, 240_000)

  it('answers hostile route segments and query parameters of the reader site with 4xx or a normal page, never a 5xx or a leak', async () => {
    const surprises: string[] = []
    const probes = spread((input, index) => {
      if (!inPath(input)) return []
      const locale = localeCodes[index % localeCodes.length] as Locale
      const v = encodeSegment(input.value)
      return [
        // Segments: a 4xx, a redirect or a normal page; these three must always be a normal page.
        { input, path: `/${v}`, expect: null },
        { input, path: `/${v}/articles/${story.slug}`, expect: null },
        { input, path: `/${locale}/articles/${v}`, expect: null },
        { input, path: `/${locale}/organizations/${v}`, expect: null },
        { input, path: `/${locale}/page/${v}`, expect: null },
        { input, path: `/${v}/feed.xml`, expect: null },
        { input, path: `/${locale}/search?q=${v}`, expect: [200] },
        { input, path: `/${locale}/feed.xml?page=${v}`, expect: [200] },
        { input, path: `/sitemap.xml?${v}=${v}`, expect: [200] },
      ]
    })
    const started = Date.now()
    await inPool(probes, POOL, async ({ input, path, expect: statuses }) => {
      const answer = await send(path)
      const where = `${input.label} at ${path.slice(0, 80)}`
      if (answer.status >= 500) surprises.push(`${where}: ${answer.status}`)
      else if (statuses && !statuses.includes(answer.status))
        surprises.push(`${where}: ${answer.status}, not a normal page`)
      surprises.push(...leaks(answer.text).map((leak) => `${where}: leaks ${leak}`))
      // A reflected search term appears only escaped: never as markup of its own.
      if (
        path.includes('/search?') &&
        /<[a-z!/]/i.test(input.value) &&
        input.value.length <= 100 &&
        answer.text.includes(input.value.trim())
      ) {
        surprises.push(`${where}: reflects the term unescaped`)
      }
    })
    console.log(
      `reader-site probes: ${probes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (pool of ${POOL}, shared CPU)`,
    )
    expect(surprises).toEqual([])
  }, 240_000)

  it('answers hostile where, sort, depth, limit, page and locale on the public REST API without a 5xx, and shows nothing outside a reader’s access', async () => {
    const surprises: string[] = []
    const collections = ['articles', 'comments', 'organizations', 'quotes']
    const probes = spread((input, index) => {
      if (!inPath(input)) return []
      const collection = collections[index % collections.length] as string
      const v = encodeSegment(input.value)
      return [
        `/api/${collection}?where[id][equals]=${v}`,
        `/api/${collection}?where[${v}][equals]=1`,
        `/api/${collection}?where[or][0][slug][like]=${v}`,
        `/api/${collection}?where[id][${v}]=1`,
        `/api/${collection}?sort=${v}`,
        `/api/${collection}?depth=${v}`,
        `/api/${collection}?limit=${v}`,
        `/api/${collection}?page=${v}`,
        `/api/${collection}?locale=${v}&fallback-locale=${v}`,
        `/api/${collection}/${v}`,
      ].map((path) => ({ input, path }))
    })
    expect(probes.length).toBeLessThan(900)
    const started = Date.now()
    await inPool(probes, POOL, async ({ input, path }) => {
      const answer = await send(path)
      const where = `${input.label} at ${path.slice(0, 90)}`
      if (answer.status >= 500) surprises.push(`${where}: ${answer.status} ${answer.text.slice(0, 100)}`)
      surprises.push(...leaks(answer.text).map((leak) => `${where}: leaks ${leak}`))
    })
    console.log(
      `REST probes: ${probes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (pool of ${POOL}, shared CPU)`,
    )
    // Queries on private fields are no oracle: they are refused or ignored, never filter by the secret.
    for (const field of ['authorEmail', 'ipHash', 'submissionKey', 'spamSignals']) {
      for (const operator of ['exists', 'like', 'equals']) {
        const answer = await send(
          `/api/comments?where[${field}][${operator}]=${operator === 'exists' ? 'true' : '%40hostile.test'}&limit=5`,
        )
        if (answer.status >= 500) surprises.push(`${field} ${operator}: ${answer.status}`)
        if (answer.status === 200 && ((answer.json?.docs as unknown[]) ?? []).length > 0 && operator !== 'exists') {
          surprises.push(`${field} ${operator}: anonymous filter on a private field returned documents`)
        }
        surprises.push(...leaks(answer.text).map((leak) => `${field} ${operator}: leaks ${leak}`))
      }
    }
    for (const status of ['pending', 'spam', 'trash']) {
      const answer = await send(`/api/comments?where[status][equals]=${status}&limit=5`)
      if (((answer.json?.docs as unknown[]) ?? []).length > 0)
        surprises.push(`anonymous query for ${status} comments returned some`)
    }
    expect(surprises).toEqual([])
  }, 240_000)

  it('answers queries with broken UTF-8 without a 5xx, and keeps serving after paths with broken UTF-8 or a megabyte-long address', async () => {
    const surprises: string[] = []
    const broken = [
      ...hostileCorpus()
        .filter((input) => !input.value.isWellFormed())
        .map((input) => encodeSegment(input.value)),
      ...brokenUtf8Bytes.map((bytes) => bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')),
    ]
    const pathStatuses = new Map<number, number>()
    for (const segment of broken) {
      for (const path of [
        `/en/search?q=${segment}`,
        `/api/articles?where[slug][equals]=${segment}`,
        `/api/comments?sort=${segment}`,
        `/en/feed.xml?page=${segment}`,
      ]) {
        const answer = await send(path)
        if (answer.status >= 500) surprises.push(`${path}: ${answer.status}`)
      }
      // In a path they name no page: the site's 404 (the server answers them before Next, which would fail to decode them).
      for (const path of [
        `/${segment}`,
        `/${segment}/comments`,
        `/en/page/${segment}`,
        `/en/organizations/${segment}`,
      ]) {
        const { status } = await send(path)
        pathStatuses.set(status, (pathStatuses.get(status) ?? 0) + 1)
        if (status !== 404) surprises.push(`${path}: ${status}`)
      }
      const api = await send(`/api/articles/${segment}`)
      if (api.status !== 400 && api.status !== 404) surprises.push(`/api/articles/${segment}: ${api.status}`)
    }
    const huge = await send(`/en/search?q=${'%D0%96'.repeat(300_000)}`).catch((error: Error) => ({
      status: 0,
      text: String(error.cause ?? error),
    }))
    if (huge.status >= 500) surprises.push(`a megabyte-long address: ${huge.status}`)
    console.log(
      `paths with broken UTF-8, by status: ${JSON.stringify(Object.fromEntries(pathStatuses))}; a megabyte-long address: ${huge.status || 'connection closed'}`,
    )
    expect((await send('/en')).status).toBe(200)
    expect(surprises).toEqual([])
  })
})
