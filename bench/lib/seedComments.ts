// The archive a newsroom's database grows into: N comments stored straight through the database
// adapter (src/db/bulkInsert.ts), so the comment benchmark can measure writes with 100,000 already there.
// Usage: node --import tsx bench/lib/seedComments.ts <database file> <count>
// Prints one JSON line: { stored, seconds, articleId }.
import { createHash } from 'node:crypto'
import path from 'node:path'

process.loadEnvFile(path.resolve(import.meta.dirname, '../../.env'))
const [file, countArg] = process.argv.slice(2)
if (!file || !countArg) throw new Error('usage: seedComments.ts <database file> <count>')
process.env.DATABASE_URI = `file:${path.resolve(file)}`
process.env.DB_PUSH = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { insertInBulk } = await import('@/db/bulkInsert')

const payload = await getPayload({ config })
const started = Date.now()
const { docs } = await payload.find({ collection: 'articles', limit: 100, depth: 0, pagination: false, select: {} })
if (docs.length === 0) throw new Error('no article to comment on: seed the story first')
const languages = ['en', 'zh', 'ru', 'kk', 'mn'] as const
// An archive: mostly approved, some spam and trash, none waiting (the moderators' queue stays as it was).
const statusOf = (i: number) => (i % 20 === 0 ? 'trash' : i % 7 === 0 ? 'spam' : 'approved')
const queueOrder = { approved: 2, spam: 1, trash: 3 } as const
const total = Number(countArg)
const yearMs = 365 * 24 * 3600_000
const BATCH = 10_000
let stored = 0
for (let from = 0; from < total; from += BATCH) {
  const rows = []
  for (let i = from; i < Math.min(total, from + BATCH); i++) {
    const status = statusOf(i)
    // Older than the duplicate window, spread over the last year, oldest first.
    const at = new Date(started - yearMs + Math.floor((i / total) * (yearMs - 3600_000))).toISOString()
    const body = `Archive comment ${i}: ${'the road over the pass '.repeat(1 + (i % 4))}`.trim()
    rows.push({
      article: docs[i % docs.length].id,
      status,
      depth: 0,
      language: languages[i % languages.length],
      erased: false,
      authorName: `Reader ${i}`,
      authorEmail: `archive-${i}@example.org`,
      body,
      notify: false,
      flagged: false,
      reportCount: 0,
      spamSignals: { verdict: status === 'spam' ? 'spam' : 'pending' },
      ipHash: createHash('sha256')
        .update(`archive-ip-${i % 5000}`)
        .digest('hex')
        .slice(0, 32),
      submissionKey: createHash('sha256').update(`archive-${i}`).digest('hex'),
      queueOrder: queueOrder[status],
      createdAt: at,
      updatedAt: at,
    })
  }
  stored += await insertInBulk(payload, 'comments', rows)
}
console.log(JSON.stringify({ stored, seconds: (Date.now() - started) / 1000, articles: docs.length }))
await payload.destroy()
process.exit(0)
