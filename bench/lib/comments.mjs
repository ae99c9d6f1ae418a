// Comment submissions under load: N valid comments from distinct simulated readers at concurrency C
// through POST /<locale>/comments, then what the database holds. The server must run with
// TRUST_PROXY=1 so each reader's X-Forwarded-For address is its own (else the per-IP limit stops the run).
import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { sleep } from './site.mjs'

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

/** Submits `total` comments at `concurrency`; returns what the readers were told, with latencies. */
export async function submitComments({ base, locale = 'kk', articlePath, articleId, total, concurrency }) {
  const cookie = await formClockCookie(`${base}${articlePath}`)
  await sleep(3200)
  const run = `bench-${Date.now()}`
  let next = 0
  const statuses = {}
  const errorCodes = {}
  const result = await runWithErrors(errorCodes, {
    url: `${base}/${locale}/comments`,
    connections: concurrency,
    amount: total,
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
        },
      },
    ],
  })
  const acknowledged = (statuses[201] ?? 0) + (statuses[200] ?? 0)
  return {
    run,
    total,
    concurrency,
    seconds: result.duration,
    acknowledged,
    acceptedPerSecond: acknowledged / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    statuses,
    errors: result.errors,
    errorCodes,
    timeouts: result.timeouts,
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
