// Builds the two base databases every integration test file copies: schema only, and seeded.
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const tmpRoot = path.resolve('tests/.tmp')
const which = process.argv[2] === 'seeded' ? 'seeded' : 'empty'
mkdirSync(tmpRoot, { recursive: true })
const file = path.join(tmpRoot, `base-${which}.db`)
rmSync(file, { force: true })
process.env.DATABASE_URI = `file:${file}`
process.env.MEDIA_DIR = path.join(tmpRoot, `media-${which}`)
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.DB_PUSH = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate()
if (which === 'seeded') {
  const { seed } = await import('./seed/index')
  await seed(payload, {})
  // Known accounts for the browser tests; this database lives only under tests/.tmp.
  const { testAccounts } = await import('../tests/helpers/accounts')
  for (const account of testAccounts) await payload.create({ collection: 'users', data: account })
}
// Fold the write-ahead log into the file: test files copy just the .db file.
await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute(
  'PRAGMA wal_checkpoint(TRUNCATE)',
)
await payload.destroy()
console.log(`test database ready: ${path.relative(process.cwd(), file)}`)
process.exit(0)
