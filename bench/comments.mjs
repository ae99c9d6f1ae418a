#!/usr/bin/env node
// Comment submission load: N valid comments from distinct simulated readers at concurrency C,
// then counts what the database holds. The server must run with TRUST_PROXY=1 so each simulated
// reader's X-Forwarded-For address is its own (otherwise the per-IP limit stops the run at 5).
// Usage: node bench/comments.mjs [--url http://localhost:3000] [--n 1000] [--c 10] [--db data/altai.db]
import { createClient } from '@libsql/client'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    n: { type: 'string', default: '1000' },
    c: { type: 'string', default: '10' },
    db: { type: 'string', default: 'data/altai.db' },
  },
})
const base = values.url
const total = Number(values.n)
const concurrency = Number(values.c)
const run = `bench-${Date.now()}`

const articles = await (await fetch(`${base}/api/articles?locale=kk&limit=1&depth=0`)).json()
const article = articles.docs[0]
// The page sets the signed "opened at" cookie; a person takes more than 3 s to write.
const page = await fetch(`${base}/kk/articles/${article.slug}`)
const cookie = (page.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ')
await new Promise((resolve) => setTimeout(resolve, 3200))

const latencies = []
const outcome = { acknowledged: 0, rateLimited: 0, clientErrors: 0, serverErrors: 0, networkErrors: 0 }
let next = 0
const started = performance.now()
async function worker() {
  while (next < total) {
    const i = next++
    const t0 = performance.now()
    try {
      const response = await fetch(`${base}/kk/comments`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: cookie,
          'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
        body: JSON.stringify({
          articleId: article.id,
          name: `Оқырман ${i}`,
          email: `reader-${run}-${i}@example.kz`,
          body: `Жүктеме сынағы ${run} №${i}: Алтай туралы керемет мақала.`,
          language: 'kk',
        }),
      })
      await response.arrayBuffer()
      if (response.status === 201 || response.status === 200) outcome.acknowledged += 1
      else if (response.status === 429) outcome.rateLimited += 1
      else if (response.status >= 500) outcome.serverErrors += 1
      else outcome.clientErrors += 1
    } catch {
      outcome.networkErrors += 1
    }
    latencies.push(performance.now() - t0)
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
const seconds = (performance.now() - started) / 1000

const db = createClient({ url: `file:${values.db}` })
const count = async (sql) => Number((await db.execute({ sql, args: [`%${run}%`] })).rows[0].n)
const stored = await count('SELECT COUNT(*) AS n FROM comments WHERE body LIKE ?')
const duplicated = await count('SELECT COUNT(*) AS n FROM (SELECT body FROM comments WHERE body LIKE ? GROUP BY body HAVING COUNT(*) > 1)')
latencies.sort((a, b) => a - b)
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)
console.log(`comments: ${total} submissions at concurrency ${concurrency} in ${seconds.toFixed(1)} s`)
console.log(`  accepted/s ${(outcome.acknowledged / seconds).toFixed(1)}   p50 ${pct(50)} ms   p99 ${pct(99)} ms`)
console.log(`  acknowledged ${outcome.acknowledged}   stored ${stored}   duplicated ${duplicated}   429 ${outcome.rateLimited}   4xx ${outcome.clientErrors}   5xx ${outcome.serverErrors}   network ${outcome.networkErrors}`)
process.exit(stored === outcome.acknowledged && duplicated === 0 ? 0 : 1)
