import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { copyDatabase } from '../../scripts/lib/copyDatabase.mjs'

export const tmpRoot = path.resolve(process.cwd(), 'tests/.tmp')
export const baseDatabases = {
  empty: path.join(tmpRoot, 'base-empty.db'),
  seeded: path.join(tmpRoot, 'base-seeded.db'),
}

export type TestDatabase = 'sqlite' | 'mongodb'

/** The adapters this run can test: SQLite always, MongoDB when a server is reachable. */
export const adapters: TestDatabase[] = process.env.MONGODB_URI ? ['sqlite', 'mongodb'] : ['sqlite']

/**
 * A Payload of its own for one test file: a copy of a base database made once per run
 * (schema only, or with the Altai story seeded) and a media folder of its own.
 */
export async function testPayload(
  options: { base?: keyof typeof baseDatabases; adapter?: TestDatabase } = {},
): Promise<Payload> {
  const dir = mkdtempSync(path.join(tmpRoot, 'run-'))
  mkdirSync(dir, { recursive: true })
  if ((options.adapter ?? 'sqlite') === 'mongodb') {
    const uri = new URL(process.env.MONGODB_URI as string)
    uri.pathname = `/altai_test_${path.basename(dir).replace(/\W/g, '_')}`
    process.env.DATABASE_URI = uri.toString()
  } else {
    const file = path.join(dir, 'test.db')
    await copyDatabase(baseDatabases[options.base ?? 'empty'], file)
    process.env.DATABASE_URI = `file:${file}`
  }
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.DB_PUSH = options.adapter === 'mongodb' ? undefined : 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  if (options.adapter === 'mongodb' && options.base === 'seeded') {
    const { seed } = await import('../../scripts/seed/index')
    await seed(payload, {})
  }
  return payload
}
