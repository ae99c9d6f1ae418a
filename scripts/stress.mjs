#!/usr/bin/env node
// @ts-check
// `npm run stress`: the comment write path under load and faults, against a production server of
// its own on a COPY of data/altai.db (the quick start's database is never written). Four parts:
//   1. 10,000 comments from distinct readers at concurrency 50;
//   2. the same while the server is killed (SIGKILL) three times and restarted, readers retrying;
//   3. a slow-loris and a flood of multi-megabyte requests while readers keep reading articles;
//   4. the database unwritable (another process holds its lock) and full (a small tmpfs, root only).
// Options: --n 10000 --c 50 --only 1,2,3,4 --keep (keep the temporary folder).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

import { readableArticle } from './lib/story.mjs'
import { oversizedFlood, readPages, slowLoris } from './stress/attacks.mjs'
import { faultSubmissions, fillDisk, holdWriteLock, mountSmallDisk, sendAll } from './stress/faults.mjs'
import { openArticle, percentile, submitMany } from './stress/readers.mjs'
import { copyDatabase } from './lib/copyDatabase.mjs'
import { freePort } from './lib/freePort.mjs'
import { SiteProcess } from './lib/site.mjs'

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    c: { type: 'string', default: '50' },
    only: { type: 'string', default: '1,2,3,4' },
    keep: { type: 'boolean', default: false },
  },
})
const total = Number(values.n)
const concurrency = Number(values.c)
const parts = new Set(values.only.split(',').map((part) => part.trim()))

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
process.chdir(root)

// ── Preflight: the quick start's build and database ─────────────────────────────────────────────
const missing = []
if (!existsSync('.next/BUILD_ID')) missing.push('the production build (.next)')
if (!existsSync('data/altai.db')) missing.push('the seeded database (data/altai.db)')
if (!existsSync('.env')) missing.push('.env (PAYLOAD_SECRET)')
if (missing.length) {
  console.error(
    `✗ npm run stress needs ${missing.join(', ')}. Run \`npm start\` once first (it seeds and builds), then stop it and run this again.`,
  )
  process.exit(1)
}
process.loadEnvFile('.env')
if (!process.env.PAYLOAD_SECRET) {
  console.error('✗ .env has no PAYLOAD_SECRET: run `npm start` once to write it.')
  process.exit(1)
}

const work = mkdtempSync(path.join(tmpdir(), 'altai-stress-'))
const dbFile = path.join(work, 'altai.db')
const mediaDir = path.join(work, 'media')
// A consistent copy even while the quick-start site is running.
await copyDatabase('data/altai.db', dbFile)
if (existsSync('data/media')) cpSync('data/media', mediaDir, { recursive: true })
else mkdirSync(mediaDir)

const port = await freePort()
const siteEnv = {
  DATABASE_URI: `file:${dbFile}`,
  MEDIA_DIR: mediaDir,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  SITE_URL: `http://127.0.0.1:${port}`,
  TRUST_PROXY: '1',
  // No mail to moderators and no outside spam service while we send thousands of comments.
  SMTP_URL: undefined,
  AKISMET_KEY: undefined,
  NEXT_TELEMETRY_DISABLED: '1',
}
// Ready when the API answers: that starts Payload (and opens the database) as a comment would.
const site = new SiteProcess({
  port,
  env: siteEnv,
  logFile: path.join(work, 'site.log'),
  readyPath: '/api/articles?limit=1&depth=0',
})
const db = createClient({ url: `file:${dbFile}` })
const kkMessages = JSON.parse(readFileSync('locales/kk/comments.json', 'utf8')).errors
const run = `s${Date.now().toString(36)}`
let failures = 0
/** @param {boolean} ok @param {string} text */
const check = (ok, text) => {
  console.log(`  ${ok ? '✓' : '✗'} ${text}`)
  if (!ok) failures += 1
}
const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`

/**
 * The stress comments of one run as stored: how many, by reader index (→ id), and how many twice.
 * @param {string} tag
 */
async function storedOf(tag) {
  const { rows } = await db.execute({
    sql: 'SELECT id, body FROM comments WHERE body LIKE ?',
    args: [`Стресс ${tag} №%`],
  })
  /** @type {Map<number, number>} */
  const byIndex = new Map()
  let duplicated = 0
  for (const row of rows) {
    const i = Number(/№(\d+):/.exec(String(row.body))?.[1])
    if (byIndex.has(i)) duplicated += 1
    byIndex.set(i, Number(row.id))
  }
  return { stored: rows.length, byIndex, duplicated }
}

/**
 * @typedef {Awaited<ReturnType<typeof submitMany>>} Submitted
 * @typedef {Awaited<ReturnType<typeof storedOf>>} Stored
 */

/** @param {Submitted} result @param {Stored} stored */
function reportSubmissions(result, stored) {
  const { outcome, latencies, seconds } = result
  console.log(
    `  acknowledged ${outcome.acknowledged} (new ${outcome.created}, answered as a repeat ${outcome.repeated})   stored ${stored.stored}   stored twice ${stored.duplicated}`,
  )
  console.log(
    `  429 ${outcome.rateLimited}   5xx ${outcome.serverErrors}   other 4xx ${outcome.clientErrors}   network errors ${outcome.networkErrors}   retries ${outcome.retries}   gave up ${outcome.gaveUp}`,
  )
  console.log(
    `  ${seconds.toFixed(1)} s   accepted/s ${(outcome.acknowledged / seconds).toFixed(1)}   p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}`,
  )
  if (result.errorSamples.size) {
    const samples = [...result.errorSamples].sort((a, b) => b[1] - a[1]).slice(0, 4)
    console.log(`  answers other than success: ${samples.map(([key, count]) => `${count}× ${key}`).join(' · ')}`)
  }
}

/** @param {Submitted} result @param {Stored} stored */
function missingAcknowledged(result, stored) {
  const missing = [...result.acknowledgedIds].filter(([i, id]) => stored.byIndex.get(i) !== id)
  if (missing.length)
    console.log(
      `  acknowledged but not stored as answered (reader: acknowledged id → stored id): ${missing
        .slice(0, 8)
        .map(([i, id]) => `${i}: ${JSON.stringify(id)} → ${stored.byIndex.get(i)}`)
        .join(', ')}`,
    )
  return missing.length
}
/** @param {import('./stress/readers.mjs').PostResult[]} answers */
const tally = (answers) =>
  [
    ...answers.reduce(
      (/** @type {Map<string | number | undefined, number>} */ m, r) =>
        m.set(r.status || r.error, (m.get(r.status || r.error) ?? 0) + 1),
      new Map(),
    ),
  ]
    .map(([k, v]) => `${v}× ${k}`)
    .join(', ')

try {
  console.log(`Stress run ${run}: site on ${site.url}, database copy ${dbFile}`)
  await site.start()
  // The newest article a Kazakh reader can open: POST /kk/comments refuses any other.
  const article = await readableArticle(site.url, 'kk')
  const articlePath = article.path
  // As a reader: open the article, then take the few seconds a person needs to write.
  let cookie = await openArticle(site.url, 'kk', article.slug)

  if (parts.has('1')) {
    console.log(`\n1. ${total} comments from distinct readers at concurrency ${concurrency} (POST /kk/comments)`)
    const tag = `${run}a`
    const result = await submitMany({
      siteUrl: site.url,
      cookie,
      articleId: article.id,
      tag,
      addressPrefix: '10',
      total,
      concurrency,
    })
    const stored = await storedOf(tag)
    reportSubmissions(result, stored)
    check(
      missingAcknowledged(result, stored) === 0,
      'every acknowledged comment is stored, under the id it was acknowledged with',
    )
    // Without retries, a request the client gave up on (timeout, reset) may still have been stored: never more than those.
    const unanswered = result.outcome.networkErrors
    check(
      stored.stored >= result.outcome.acknowledged && stored.stored - result.outcome.acknowledged <= unanswered,
      `stored without a success answer: ${stored.stored - result.outcome.acknowledged}, all among the ${unanswered} requests that got no answer`,
    )
    check(stored.duplicated === 0, 'no comment is stored twice')
  }

  if (parts.has('2')) {
    console.log(
      `\n2. ${total} comments at concurrency ${concurrency} while the server is killed (SIGKILL) three times and restarted`,
    )
    const tag = `${run}b`
    /** @type {{ atSubmission: number, downMs: number }[]} */
    const kills = []
    const progress = { done: 0 }
    let submitting = true
    const load = submitMany({
      siteUrl: site.url,
      cookie,
      articleId: article.id,
      tag,
      addressPrefix: '11',
      total,
      concurrency,
      retry: true,
      progress,
    }).finally(() => {
      submitting = false
    })
    const killer = (async () => {
      // Three random moments, one in each quarter-to-half of the run: in the middle of batches being written.
      for (const [from, to] of [
        [0.1, 0.3],
        [0.4, 0.6],
        [0.7, 0.85],
      ]) {
        const at = Math.floor(total * (from + Math.random() * (to - from)))
        while (submitting && progress.done < at) await sleep(20)
        if (!submitting) break
        await sleep(Math.random() * 500)
        await site.kill()
        const down = Date.now()
        await site.start()
        kills.push({ atSubmission: at, downMs: Date.now() - down })
      }
    })()
    const result = await load
    await killer
    const stored = await storedOf(tag)
    reportSubmissions(result, stored)
    console.log(
      `  killed after ${kills.map((k) => `${k.atSubmission} comments (back in ${(k.downMs / 1000).toFixed(1)} s)`).join(', ')}`,
    )
    const integrity = (await db.execute('PRAGMA integrity_check')).rows.map((row) => Object.values(row)[0]).join(', ')
    const keysTwice = Number(
      (
        await db.execute(
          'SELECT COUNT(*) AS n FROM (SELECT submission_key FROM comments GROUP BY submission_key HAVING COUNT(*) > 1)',
        )
      ).rows[0].n,
    )
    check(kills.length === 3, 'the server was killed three times mid-run')
    check(missingAcknowledged(result, stored) === 0, 'every submission that got a success answer is in the database')
    check(stored.duplicated === 0 && keysTwice === 0, 'no comment is stored twice (by text and by submission key)')
    check(
      result.outcome.gaveUp === 0 && stored.stored === total,
      `every reader's comment ended up stored once (${stored.stored}/${total})`,
    )
    check(integrity === 'ok', `PRAGMA integrity_check: ${integrity}`)
  }

  if (parts.has('3')) {
    console.log('\n3. slow-loris and oversized requests while readers read articles')
    const urls = [`${site.url}${articlePath}`, `${site.url}/en`, `${site.url}/kk`]
    const quiet = await readPages({ urls, concurrency: 4, durationMs: 5000 })
    const html = await (await fetch(`${site.url}${articlePath}`, { headers: { Cookie: cookie } })).text()
    // The comment form's action, as the page names it for browsers without JavaScript ($ACTION_1:0 = {"id": …}).
    const actionId =
      /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(html)?.[1]
    const attackMs = 25_000
    const [loris, flood, reading] = await Promise.all([
      slowLoris({ port, sockets: 400, path: articlePath, byteEveryMs: 1000, durationMs: attackMs }),
      oversizedFlood({
        siteUrl: site.url,
        commentPath: '/kk/comments',
        actionPath: articlePath,
        actionHeaders: actionId ? { 'Next-Action': actionId } : {},
        megabytes: 8,
        concurrency: 6,
        durationMs: attackMs,
      }),
      readPages({ urls, concurrency: 4, durationMs: attackMs }),
    ])
    const rate = (/** @type {{ ok: number, failed: number }} */ r) =>
      r.ok + r.failed ? (100 * r.ok) / (r.ok + r.failed) : 0
    console.log(
      `  before the attack: ${quiet.ok} pages, p50 ${ms(percentile(quiet.latencies, 50))}, p99 ${ms(percentile(quiet.latencies, 99))}`,
    )
    console.log(
      `  during the attack: ${reading.ok}/${reading.ok + reading.failed} pages answered (${rate(reading).toFixed(1)}%), p50 ${ms(percentile(reading.latencies, 50))}, p99 ${ms(percentile(reading.latencies, 99))}` +
        (reading.failures.size ? `; failures ${[...reading.failures].map(([k, v]) => `${v}× ${k}`).join(', ')}` : ''),
    )
    const closeTimes = loris.closedAfterMs
    console.log(
      `  slow-loris: ${loris.sockets} sockets, ${loris.closedByServer} closed by the server (median after ${ms(percentile(closeTimes, 50))}, last after ${ms(percentile(closeTimes, 100))}), ${loris.stillOpen} still open at the end`,
    )
    console.log(
      `  oversized: ${flood.sent} requests of ${flood.megabytes} MB${actionId ? '' : ' (no server action id found on the page: action requests went without one)'}`,
    )
    for (const [kind, tally] of flood.results)
      console.log(`    ${kind}: ${[...tally].map(([k, v]) => `${v}× ${k}`).join(', ')}`)
    const commentAnswers = [
      ...(flood.results.get('comment JSON, Content-Length') ?? []),
      ...(flood.results.get('comment JSON, chunked') ?? []),
    ]
    check(rate(reading) >= 99, 'readers kept getting article pages (≥ 99% answered)')
    check(loris.stillOpen === 0, 'the server dropped every slow-loris socket')
    check(
      commentAnswers.every(([k]) => k === 'HTTP 413' || k.startsWith('connection closed')),
      'oversized comments are refused (413) or cut off, never processed',
    )
    // The readers' cookie may have been rotated by the page GETs above; take a fresh one for part 4.
    cookie = await openArticle(site.url, 'kk', article.slug)
  }

  if (parts.has('4')) {
    console.log('\n4. the database unwritable, then full')
    const tag = `${run}d`
    const unavailable = kkMessages.unavailable
    // (a) Another process holds the write lock for 14 s: the server waits up to 10 s per write, then says so.
    const during = faultSubmissions(tag, 0, 12, article.id, '12')
    const answered = await holdWriteLock(dbFile, 14_000, () => sendAll(site.url, cookie, during, 6))
    const after = await sendAll(site.url, cookie, faultSubmissions(tag, 100, 12, article.id, '12'), 6)
    let stored = await storedOf(tag)
    const acknowledged = answered.filter((r) => r.status === 200 || r.status === 201)
    const refused = answered.filter((r) => r.status === 503)
    console.log(
      `  lock held 14 s: ${refused.length} answered 503, ${acknowledged.length} acknowledged (after the lock was released), others ${answered.length - refused.length - acknowledged.length}; after: ${after.filter((r) => r.status === 201).length}/${after.length} stored`,
    )
    console.log(`  the reader read: “${refused[0]?.json?.error ?? '(no 503)'}”`)
    check(
      refused.length > 0 && refused.every((r) => r.json?.error === unavailable),
      'a locked database gives 503 with the Kazakh “try again” message',
    )
    check(
      during.every((s, n) => (answered[n].status === 201 || answered[n].status === 200) === stored.byIndex.has(n)),
      'exactly the acknowledged comments are stored',
    )
    if (!after.every((r) => r.status === 201)) console.log(`  answers after the lock: ${tally(after)}`)
    check(
      after.every((r) => r.status === 201),
      'once the lock is gone, comments are stored again',
    )

    // (b) A disk that is full for real: the database on a small tmpfs, filled with a ballast file.
    const diskDir = path.join(work, 'small-disk')
    mkdirSync(diskDir)
    const megabytes = Math.ceil(statSync(dbFile).size / (1 << 20)) + 24
    const unmount = mountSmallDisk(diskDir, megabytes)
    if (!unmount) {
      console.log(
        '  full disk: not run (mounting a small tmpfs needs root on Linux); tests/integration/comment-faults.test.ts fills the database with SQLite’s max_page_count instead',
      )
    } else {
      try {
        const fullDb = path.join(diskDir, 'altai.db')
        await copyDatabase(dbFile, fullDb)
        await site.stop()
        site.env = { ...siteEnv, DATABASE_URI: `file:${fullDb}` }
        await site.start()
        const fullClient = createClient({ url: `file:${fullDb}` })
        // A comment stored first: the server is running on this disk, as it would be when it fills up.
        const before = await sendAll(site.url, cookie, faultSubmissions(tag, 300, 1, article.id, '13'), 1)
        check(before[0].status === 201, 'the site stores comments on the small disk before it fills up')
        const ballast = fillDisk(diskDir)
        const whileFull = faultSubmissions(tag, 200, 10, article.id, '13')
        const fullAnswers = await sendAll(site.url, cookie, whileFull, 5)
        const page = await fetch(`${site.url}${articlePath}`)
        await page.arrayBuffer()
        ballast.free()
        const retried = await sendAll(site.url, cookie, whileFull, 5)
        const { rows } = await fullClient.execute({
          sql: 'SELECT body, COUNT(*) AS n FROM comments WHERE body LIKE ? GROUP BY body',
          args: [`Стресс ${tag} №2%`],
        })
        const integrity = (await fullClient.execute('PRAGMA integrity_check')).rows
          .map((row) => Object.values(row)[0])
          .join(', ')
        fullClient.close()
        const full503 = fullAnswers.filter((r) => r.status === 503)
        console.log(`  answers while full: ${tally(fullAnswers)}; after: ${tally(retried)}`)
        console.log(
          `  disk full (${(ballast.bytes / (1 << 20)).toFixed(1)} MB ballast): ${full503.length}/${whileFull.length} answered 503, ${fullAnswers.filter((r) => r.status === 201).length} acknowledged; article page ${page.status}; after freeing space the same submissions: ${retried.filter((r) => r.status === 201 || r.status === 200).length}/${whileFull.length} stored`,
        )
        check(
          full503.length === whileFull.length && full503.every((r) => r.json?.error === unavailable),
          'a full disk gives 503 with the “try again” message, nothing acknowledged',
        )
        check(page.status === 200, 'article pages are still served while the disk is full')
        check(
          retried.every((r) => r.status === 201) &&
            rows.length === whileFull.length &&
            rows.every((row) => Number(row.n) === 1),
          'after the fault the same submissions are stored, once each',
        )
        check(integrity === 'ok', `PRAGMA integrity_check after the full disk: ${integrity}`)
      } finally {
        await site.stop()
        unmount()
      }
    }
    stored = await storedOf(tag)
  }
} catch (error) {
  failures += 1
  console.error(`\n✗ the stress run stopped: ${error instanceof Error ? error.stack : error}`)
} finally {
  await site.stop()
  db.close()
  if (!values.keep) rmSync(work, { recursive: true, force: true })
  else console.log(`\nKept ${work}`)
}
console.log(failures === 0 ? '\nAll stress checks passed.' : `\n${failures} stress check(s) failed.`)
process.exit(failures === 0 ? 0 : 1)
