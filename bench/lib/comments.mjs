// Comment submissions under load: N valid comments from distinct simulated readers at concurrency C
// through POST /<locale>/comments, then what the database holds. The server must run with
// TRUST_PROXY=1 so each reader's X-Forwarded-For address is its own (else the per-IP limit stops the run).
import { spawnSync } from 'node:child_process'

import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { root, sleep } from './site.mjs'

/** The signed "opened at" cookie an article page sets; a person takes more than 3 s to write. */
async function formClockCookie(pageUrl) {
  const page = await fetch(pageUrl)
  await page.arrayBuffer()
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (!cookie) throw new Error(`${pageUrl} set no cookie: the comment form's clock is missing`)
  return cookie
}

/**
 * Submits `total` comments at `concurrency`; returns what the readers were told, with latencies.
 * With several `bases` (replicas of one site over one database) the connections are split evenly
 * between them, as a round-robin balancer in front would: one autocannon per replica, sharing the
 * readers' numbering; p50 is then the mean of theirs and p99 and max the highest (an upper bound).
 */
export async function submitComments({
  base,
  bases = [base],
  locale = 'kk',
  articlePath,
  articleId,
  total,
  concurrency,
}) {
  const cookie = await formClockCookie(`${bases[0]}${articlePath}`)
  await sleep(3200)
  const run = `bench-${Date.now()}`
  let next = 0
  const statuses = {}
  const errorCodes = {}
  const started = performance.now()
  // The run ends with its last answer: autocannon notices that it is done only on its next
  // one-second tick, which made 2,000 submissions read as 990, 660 or 330 per second and nothing between.
  let lastAnswer = started
  const shares = bases.map((_, i) => Math.floor(concurrency / bases.length) + (i < concurrency % bases.length ? 1 : 0))
  const amounts = bases.map((_, i) => Math.floor(total / bases.length) + (i < total % bases.length ? 1 : 0))
  const results = await Promise.all(
    bases.map((url, b) =>
      runWithErrors(errorCodes, {
        url: `${url}/${locale}/comments`,
        connections: shares[b],
        amount: amounts[b],
        timeout: 30,
        requests: [
          {
            method: 'POST',
            // Each request is a different reader: own address, own email, own text.
            setupRequest: (request) => {
              const i = next++
              return {
                ...request,
                headers: {
                  'Content-Type': 'application/json',
                  Cookie: cookie,
                  'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
                },
                body: JSON.stringify({
                  articleId,
                  name: `Оқырман ${i}`,
                  email: `reader-${run}-${i}@example.kz`,
                  body: `Жүктеме сынағы ${run} №${i}: Алтай туралы керемет мақала.`,
                  language: 'kk',
                }),
              }
            },
            onResponse: (status) => {
              statuses[status] = (statuses[status] ?? 0) + 1
              lastAnswer = performance.now()
            },
          },
        ],
      }),
    ),
  )
  const seconds = (lastAnswer - started) / 1000
  const acknowledged = (statuses[201] ?? 0) + (statuses[200] ?? 0)
  return {
    run,
    total,
    concurrency,
    replicas: bases.length,
    seconds,
    acknowledged,
    acceptedPerSecond: acknowledged / seconds,
    p50: Math.round(results.reduce((sum, r) => sum + r.latency.p50, 0) / results.length),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    max: Math.max(...results.map((r) => r.latency.max)),
    statuses,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    errorCodes,
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
  }
}

/** autocannon, with its request errors counted by code (a reset connection is not a timeout). */
function runWithErrors(errorCodes, options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    instance.on('reqError', (error) => {
      const code = error?.code ?? error?.message ?? 'unknown'
      errorCodes[code] = (errorCodes[code] ?? 0) + 1
    })
  })
}

/** What the database holds of one run: stored rows, texts stored more than once, and their statuses. */
export async function countStored(databaseFile, run) {
  const db = createClient({ url: `file:${databaseFile}` })
  try {
    const one = async (sql) => Number((await db.execute({ sql, args: [`%${run}%`] })).rows[0].n)
    const stored = await one('SELECT COUNT(*) AS n FROM comments WHERE body LIKE ?')
    const duplicated = await one(
      'SELECT COALESCE(SUM(n - 1), 0) AS n FROM (SELECT COUNT(*) AS n FROM comments WHERE body LIKE ? GROUP BY body HAVING COUNT(*) > 1)',
    )
    const byStatus = Object.fromEntries(
      (
        await db.execute({
          sql: 'SELECT status, COUNT(*) AS n FROM comments WHERE body LIKE ? GROUP BY status',
          args: [`%${run}%`],
        })
      ).rows.map((row) => [row.status, Number(row.n)]),
    )
    return { stored, duplicated, byStatus }
  } finally {
    db.close()
  }
}

/**
 * Stores `count` archive comments in the (copied) database through the database adapter
 * (bench/lib/seedComments.ts, src/db/bulkInsert.ts), with no server running on it.
 * @returns {{ stored: number, seconds: number }}
 * @throws {Error} with the script's output when it fails
 */
export function seedArchive(databaseFile, count) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/lib/seedComments.ts', databaseFile, String(count)],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  // Payload's logger writes to stdout too: the figures are the one line that starts with {"stored".
  const line = result.stdout.split('\n').find((text) => text.startsWith('{"stored"'))
  if (result.status !== 0 || !line)
    throw new Error(`seeding ${count} archive comments failed:\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line)
}
