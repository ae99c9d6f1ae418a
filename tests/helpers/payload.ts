import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'

import { describe } from '@jest/globals'
import type { Payload } from 'payload'

import { copyDatabase } from '../../scripts/lib/copyDatabase.mjs'

export const tmpRoot = path.resolve(process.cwd(), 'tests/.tmp')
export const baseDatabases = {
  empty: path.join(tmpRoot, 'base-empty.db'),
  seeded: path.join(tmpRoot, 'base-seeded.db'),
}

export type TestDatabase = 'sqlite' | 'mongodb'

/**
 * The database adapter this Jest run tests. `scripts/run-tests.mjs` runs every database suite
 * (tests/integration) once on SQLite and, when `MONGODB_URI` is set, once more with
 * `TEST_DATABASE=mongodb`: one adapter per run, because Payload keeps one instance per process
 * and the configuration reads `DATABASE_URI` once. Without `MONGODB_URI` the MongoDB run is
 * printed as NOT RUN, never counted as passed.
 */
export const testDatabase: TestDatabase = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

/** A suite's title with the database it ran on, e.g. "comments (mongodb)", so a report says which run failed. */
export const onDatabase = (title: string) => `${title} (${testDatabase})`

/**
 * A suite about something only the SQLite adapter has (SQL migrations run by hand, pragmas, the
 * single-writer connection and its commit faults). In the MongoDB run it is not defined at all,
 * and one line says "NOT RUN on mongodb" with its title: it is never counted, as passed or skipped.
 */
export function describeSqliteOnly(title: string, body: () => void) {
  if (testDatabase === 'sqlite') describe(`${title} (sqlite)`, body)
  else process.stderr.write(`NOT RUN on mongodb (SQLite only): ${title}\n`)
}

/**
 * A Payload of its own for one test file, on this run's adapter (`testDatabase`). SQLite: a copy
 * of a base database made once per run (schema only, or with the Altai story seeded). MongoDB: a
 * database of its own on the `MONGODB_URI` server (seeded here when `base` is `seeded`), dropped
 * by `payload.destroy()`. Either way a media folder of its own.
 */
export async function testPayload(options: { base?: keyof typeof baseDatabases } = {}): Promise<Payload> {
  const dir = mkdtempSync(path.join(tmpRoot, 'run-'))
  mkdirSync(dir, { recursive: true })
  if (testDatabase === 'mongodb') {
    if (!process.env.MONGODB_URI) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
    const uri = new URL(process.env.MONGODB_URI)
    uri.pathname = `/altai_test_${path.basename(dir).replace(/\W/g, '_')}`
    process.env.DATABASE_URI = uri.toString()
    delete process.env.DB_PUSH
  } else {
    const file = path.join(dir, 'test.db')
    await copyDatabase(baseDatabases[options.base ?? 'empty'], file)
    process.env.DATABASE_URI = `file:${file}`
    process.env.DB_PUSH = 'false'
  }
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (testDatabase === 'mongodb') {
    // The test database goes with the test file: dropped before the connection closes.
    const connection = (payload.db as unknown as { connection: { dropDatabase: () => Promise<unknown> } }).connection
    const destroy = payload.destroy.bind(payload)
    payload.destroy = async () => {
      await connection.dropDatabase().catch(() => undefined)
      await destroy()
    }
    if (options.base === 'seeded') {
      // What scripts/prepare-test-db.ts puts in the seeded SQLite base: the story and the test accounts.
      const { seed } = await import('../../scripts/seed/index')
      await seed(payload, {})
      const { testAccounts } = await import('./accounts')
      for (const account of testAccounts) await payload.create({ collection: 'users', data: account })
    }
  }
  return payload
}
