// The comment service alone, in this process, without Next or HTTP: N valid submissions from
// distinct simulated readers through `submitComment` at concurrency C against a database file (use
// a copy: it writes comments into it), then the rate and this process's CPU per submission. What is
// left of a comment's cost once Next's request handling is taken away; run it under `node --cpu-prof`
// for a profile with our own function names (the production build is minified).
// Usage: node --import tsx bench/lib/serviceLoad.ts <database file> [count 2000] [concurrency 20]
//        TRACE_SQL=1 …   also counts the statements prepared, by SQL text (first 160 characters)
// Prints one JSON line: { total, perSecond, cpuMsPerSubmission, outcomes }.
import path from 'node:path'

process.loadEnvFile(path.resolve(import.meta.dirname, '../../.env'))
const [file, countArg = '2000', concurrencyArg = '20'] = process.argv.slice(2)
if (!file) throw new Error('usage: serviceLoad.ts <database file> [count] [concurrency]')
Object.assign(process.env, { DATABASE_URI: `file:${path.resolve(file)}`, DB_PUSH: 'false', NODE_ENV: 'production' })
const traceSql = Boolean(process.env.TRACE_SQL)

const prepared = new Map<string, number>()
if (traceSql) {
  const { default: Database } = (await import('libsql')) as unknown as {
    default: { prototype: { prepare: (sql: string) => unknown } }
  }
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (this: unknown, sql: string) {
    const key = sql.replace(/\s+/g, ' ').slice(0, 160)
    prepared.set(key, (prepared.get(key) ?? 0) + 1)
    return prepare.call(this, sql)
  }
}

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { submitComment } = await import('@/comments/submitComment')
const { formClockToken } = await import('@/comments/signing')

const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'articles', limit: 1, depth: 0, select: {} })
if (docs.length === 0) throw new Error('no article to comment on: seed the story first')
const articleId = docs[0].id
const total = Number(countArg)
const run = `service-${Date.now()}`
let next = 0
const outcomes: Record<string, number> = {}

async function reader() {
  while (next < total) {
    const i = next++
    const result = await submitComment(payload, {
      articleId,
      pageLocale: 'kk',
      ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      userAgent: 'bench',
      openedToken: formClockToken(Date.now() - 10_000),
      fields: {
        name: `Оқырман ${i}`,
        email: `reader-${run}-${i}@example.kz`,
        body: `Жүктеме сынағы ${run} №${i}: Алтай туралы керемет мақала.`,
        language: 'kk',
      },
    })
    const outcome = result.kind === 'refused' ? result.reason : result.kind
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
  }
}

const cpuBefore = process.cpuUsage()
const started = performance.now()
await Promise.all(Array.from({ length: Number(concurrencyArg) }, reader))
const cpu = process.cpuUsage(cpuBefore)
const seconds = (performance.now() - started) / 1000
if (traceSql) for (const [sql, count] of [...prepared].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(count, sql)
console.log(
  JSON.stringify({
    total,
    perSecond: total / seconds,
    cpuMsPerSubmission: (cpu.user + cpu.system) / 1000 / total,
    outcomes,
  }),
)
await payload.destroy()
process.exit(0)
