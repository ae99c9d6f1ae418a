/**
 * The production topology on this machine (issue 14): redis-server and Varnish from Debian, two
 * replicas of the test build over one SQLite file (WAL), all on free loopback ports, started and
 * stopped by scripts/lib/cluster.mjs. Shows that what one replica changes every replica and the
 * front cache show, that limits and the moderator digest count across replicas, and that a
 * replica killed under comment load loses no acknowledged comment and stores no retry twice.
 */
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type Cluster, startCluster } from '../../scripts/lib/cluster.mjs'
import { copyDatabase } from '../../scripts/lib/copyDatabase.mjs'
import { readableArticle } from '../../scripts/lib/story.mjs'
import { formClockTokenWith } from '@/comments/tokens.mjs'
import { FORM_CLOCK_COOKIE } from '@/cookies.mjs'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { account } from '../helpers/accounts'
import { startMailbox } from '../helpers/mailbox'

const tmp = path.resolve('tests/.tmp')
const database = path.join(tmp, 'topology.db')
const secret = 'topology-secret-for-a-throwaway-database-0123456789'
/** Seconds a moderator digest waits for more comments (MAIL_BATCH_SECONDS). */
const digestWindow = 2
/** A reader who opened the page a minute ago: past the comment form's minimum writing time. */
const clock = () => `${FORM_CLOCK_COOKIE}=${formClockTokenWith(secret, Date.now() - 60_000)}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let cluster: Cluster
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let story: { id: number; slug: Record<'en' | 'ru' | 'kk', string> }

/** GETs a page; `cookie` is sent as is (the front caches articles only for readers with a clock). */
async function page(base: string, pathname: string, cookie?: string) {
  const response = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {} })
  return {
    status: response.status,
    html: await response.text(),
    edge: response.headers.get('x-altai-cache'),
    front: response.headers.get('x-front-cache'),
    xkey: response.headers.get('xkey'),
  }
}

async function login(base: string, role: 'moderator' | 'editor' | 'admin') {
  const { email, password } = account(role)
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function api<T>(base: string, pathname: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${base}/api${pathname}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `JWT ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  return { status: response.status, body: (await response.json()) as T }
}

type Submission = { xff: string; email: string; body: string; name?: string; language?: Locale }

/** One comment through the JSON endpoint, as a reader with a clock cookie and their own address. */
async function comment(base: string, locale: Locale, submission: Submission) {
  const response = await fetch(`${base}/${locale}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: clock(), 'x-forwarded-for': submission.xff },
    body: JSON.stringify({
      articleId: story.id,
      name: submission.name ?? 'Reader',
      email: submission.email,
      body: submission.body,
      language: submission.language ?? locale,
    }),
    signal: AbortSignal.timeout(60_000),
  })
  const json = (await response.json().catch(() => ({}))) as { id?: number }
  return { status: response.status, id: json.id }
}

/** The comment count as the heading shows it, without React's text separators (`<!-- -->`). */
const countText = (html: string) =>
  /<span class="comments__count">\((.*?)\)<\/span>/.exec(html.replaceAll('<!-- -->', ''))?.[1]
const headline = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

beforeAll(async () => {
  mailbox = await startMailbox()
  await copyDatabase(path.join(tmp, 'base-seeded.db'), database)
  cluster = await startCluster({
    replicas: 2,
    distDir: '.next-test',
    databaseUri: `file:${database}`,
    logDir: path.join(tmp, 'topology-logs'),
    env: {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      SITE_URL: 'http://127.0.0.1',
      MEDIA_DIR: path.join(tmp, 'media-seeded'),
      ALLOW_HTTP_COOKIES: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      MAIL_BATCH_SECONDS: String(digestWindow),
    },
  })
  const [a] = cluster.replicaUrls
  const slugs = await Promise.all((['en', 'ru', 'kk'] as const).map((l) => readableArticle(a, l, { order: 'oldest' })))
  story = { id: slugs[0].id, slug: { en: slugs[0].slug, ru: slugs[1].slug, kk: slugs[2].slug } }
}, 400_000)

afterAll(async () => {
  await cluster?.stop()
  await mailbox?.close()
})

describe('two replicas behind Varnish, sharing Redis', () => {
  it('shows a comment approved through replica A on replica B and through the front within 1 s, its count pluralized', async () => {
    const [a, b] = cluster.replicaUrls
    const articlePath = `/ru/articles/${story.slug.ru}`
    const moderator = await login(a, 'moderator')
    const approved = await api<{ totalDocs: number }>(
      a,
      `/comments?where[article][equals]=${story.id}&where[status][equals]=approved&limit=0&depth=0`,
      moderator,
    )
    const before = approved.body.totalDocs
    const t = translator('ru')
    const sent = await comment(cluster.frontUrl, 'ru', {
      xff: '198.51.100.7',
      email: 'approve-me@example.ru',
      body: 'Спасибо за репортаж с Алтая, ждём продолжения.',
    })
    expect(sent.status).toBe(201)

    // Every cache holds the page before the moderation: the front and replica B answer from cache.
    await page(b, articlePath)
    const cachedB = await page(b, articlePath)
    expect(cachedB.edge).toBe('HIT')
    expect(countText(cachedB.html)).toBe(t('comments:count', { count: before }))
    await page(cluster.frontUrl, articlePath, clock())
    expect((await page(cluster.frontUrl, articlePath, clock())).front).toBe('HIT')

    const moderated = await api(a, `/comments/${sent.id}`, moderator, { method: 'PATCH', body: { status: 'approved' } })
    expect(moderated.status).toBe(200)
    const acknowledged = Date.now()
    await sleep(Math.max(0, acknowledged + 1000 - Date.now()))
    for (const [where, seen] of [
      ['replica B', await page(b, articlePath)],
      ['front', await page(cluster.frontUrl, articlePath, clock())],
    ] as const) {
      expect([where, seen.html.includes('ждём продолжения')]).toEqual([where, true])
      expect([where, countText(seen.html)]).toEqual([where, t('comments:count', { count: before + 1 })])
    }
    // Replica B names the page's cache tags for the front cache; the front never passes them on.
    expect((await page(b, articlePath)).xkey?.split(' ')).toContain(`comments:${story.id}`)
    expect((await page(cluster.frontUrl, articlePath, clock())).xkey).toBeNull()
  })

  it('shows a Kazakh headline edit in Kazakh on both replicas and the front within 1 s, the Russian page still cached', async () => {
    const [a, b] = cluster.replicaUrls
    const kkPath = `/kk/articles/${story.slug.kk}`
    const ruPath = `/ru/articles/${story.slug.ru}`
    const everywhere = [a, b, cluster.frontUrl]
    const editor = await login(a, 'admin')
    for (const base of everywhere) for (const p of [kkPath, ruPath]) await page(base, p, clock())
    for (const base of [a, b]) expect((await page(base, ruPath)).edge).toBe('HIT')
    const ruBefore = await page(cluster.frontUrl, ruPath, clock())
    expect(ruBefore.front).toBe('HIT')

    const title = `Алтай өлкесі: жаңа тақырып ${Date.now()}`
    const edited = await api<{ doc: { slug: string } }>(a, `/articles/${story.id}?locale=kk`, editor, {
      method: 'PATCH',
      body: { title, _status: 'published' },
    })
    expect(edited.status).toBe(200)
    const acknowledged = Date.now()
    const newKkPath = `/kk/articles/${edited.body.doc.slug}`
    await sleep(Math.max(0, acknowledged + 1000 - Date.now()))
    // Every page is asked for at once, 1 s after the edit was acknowledged (each replica's edge keeps
    // a page 10 s at most, decision 006: the Russian page is asked for well within that).
    const [ruA, ruB, ruFront, ...kk] = await Promise.all([
      page(a, ruPath),
      page(b, ruPath),
      page(cluster.frontUrl, ruPath, clock()),
      ...everywhere.map((base) => page(base, newKkPath, clock())),
    ])
    for (const [base, ru] of [
      [a, ruA],
      [b, ruB],
    ] as const)
      expect([base, ru.edge, headline(ru.html)]).toEqual([base, 'HIT', headline(ruBefore.html)])
    expect([ruFront.front, headline(ruFront.html)]).toEqual(['HIT', headline(ruBefore.html)])
    expect(kk.map((seen) => headline(seen.html))).toEqual(everywhere.map(() => title))
  })

  it('stops a reader at exactly the configured count, however the replicas share their comments', async () => {
    const [a, b] = cluster.replicaUrls
    const admin = await login(a, 'admin')
    const rules = await api<{ perIpPer10Minutes: number }>(a, '/globals/comment-rules', admin)
    const limit = rules.body.perIpPer10Minutes
    expect(limit).toBeGreaterThan(1)
    // Through the front (round robin over both replicas), and straight to A and B in turn.
    for (const [reader, baseOf] of [
      ['203.0.113.10', () => cluster.frontUrl],
      ['203.0.113.11', (i: number) => (i % 2 ? b : a)],
    ] as const) {
      const statuses: number[] = []
      for (let i = 0; i < limit + 3; i++) {
        const sent = await comment(baseOf(i), 'en', {
          xff: reader,
          email: `limit-${reader}-${i}@example.org`,
          body: `Comment number ${i} from ${reader} about the Altai story.`,
        })
        statuses.push(sent.status)
      }
      expect(statuses).toEqual([...Array(limit).fill(201), 429, 429, 429])
    }
  })

  it('sends each moderator one digest per window, whichever replicas took the comments', async () => {
    const [a, b] = cluster.replicaUrls
    const admin = await login(a, 'admin')
    const users = await api<{ docs: { email: string; moderatorLocales?: string[] }[] }>(
      a,
      '/users?where[roles][contains]=moderator&limit=100&depth=0',
      admin,
    )
    const moderators = users.body.docs.filter((m) => !m.moderatorLocales?.length || m.moderatorLocales.includes('kk'))
    expect(moderators.length).toBeGreaterThan(0)
    // The earlier tests' comments are delivered first: wait for a quiet mailbox.
    let seen = -1
    while (seen !== mailbox.received.length) {
      seen = mailbox.received.length
      await sleep((digestWindow + 1.5) * 1000)
    }
    mailbox.received.length = 0

    const burst = 8
    for (let i = 0; i < burst; i++) {
      const sent = await comment(i % 2 ? b : a, 'kk', {
        xff: `192.0.2.${i + 1}`,
        email: `digest-${i}@example.kz`,
        body: `Дайджестке арналған пікір ${i}: Алтай туралы жақсы мақала.`,
      })
      expect(sent.status).toBe(201)
    }
    await sleep((digestWindow + 3) * 1000)
    const recipients = mailbox.received.flatMap((mail) => (mail.to ? [mail.to].flat() : [])).map((to) => to.text)
    expect(recipients.sort()).toEqual(moderators.map((m) => m.email).sort())
    for (const mail of mailbox.received) expect(mail.text).toContain(`Дайджестке арналған пікір ${burst - 1}`)
  }, 120_000)

  it('keeps every acknowledged comment exactly once while a replica is killed and restarted under load', async () => {
    const run = `kill-${Date.now()}`
    const total = 2000
    const concurrency = 20
    const articlePath = `/kk/articles/${story.slug.kk}`
    // Article readers keep coming during the whole run (no clock cookie: the front passes them to a replica).
    let reading = true
    const reads = { ok: 0, all: 0 }
    const readers = (async () => {
      while (reading) {
        const answered = await fetch(`${cluster.frontUrl}${articlePath}`, { signal: AbortSignal.timeout(30_000) })
          .then(async (response) => (await response.arrayBuffer(), response.status === 200))
          .catch(() => false)
        reads.all += 1
        if (answered) reads.ok += 1
        await sleep(20)
      }
    })()

    let next = 0
    let killed: Promise<void> | null = null
    const acknowledged = new Map<number, number>()
    let retried = 0
    const worker = async () => {
      while (next < total) {
        const i = next++
        if (i === Math.floor(total / 4) && !killed)
          killed = cluster.stopReplica(1, 'SIGKILL').then(async () => {
            await sleep(500)
            await cluster.startReplica(1)
          })
        const submission = {
          xff: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          email: `reader-${run}-${i}@example.kz`,
          body: `Сынақ ${run} №${i}: Алтай туралы керемет мақала.`,
        }
        // A reader whose answer got lost sends the same comment again (same submission key).
        for (let attempt = 1; ; attempt++) {
          const sent = await comment(cluster.frontUrl, 'kk', submission).catch(() => ({ status: 0, id: undefined }))
          if ((sent.status === 201 || sent.status === 200) && sent.id) {
            acknowledged.set(i, sent.id)
            if (attempt > 1) retried += 1
            break
          }
          if (attempt >= 30) throw new Error(`comment ${i} never acknowledged (last answer ${sent.status})`)
          await sleep(250)
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    expect(killed).not.toBeNull()
    await killed
    reading = false
    await readers

    expect(cluster.replicas[1].starts).toBe(2)
    expect(acknowledged.size).toBe(total)
    const db = createClient({ url: `file:${database}` })
    try {
      const rows = (
        await db.execute({ sql: 'SELECT id, body FROM comments WHERE body LIKE ?', args: [`%${run}%`] })
      ).rows.map((row) => ({ id: Number(row.id), body: String(row.body) }))
      const byBody = new Map<string, number[]>()
      for (const row of rows) byBody.set(row.body, [...(byBody.get(row.body) ?? []), row.id])
      expect([...byBody.values()].filter((ids) => ids.length > 1)).toEqual([])
      expect(rows).toHaveLength(total)
      const stored = new Set(rows.map((row) => row.id))
      expect([...acknowledged.values()].filter((id) => !stored.has(id))).toEqual([])
      expect(new Set(acknowledged.values()).size).toBe(total)
      expect((await db.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok')
    } finally {
      db.close()
    }
    expect(reads.all).toBeGreaterThan(50)
    expect(reads.ok / reads.all).toBeGreaterThanOrEqual(0.99)
    console.log(
      `topology: ${total} comments at c=${concurrency}, ${retried} retried after the kill; article pages ${reads.ok}/${reads.all} answered`,
    )
  }, 600_000)
})
