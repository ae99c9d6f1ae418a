// @ts-check
// The one way to copy a SQLite database that may be in use (tests, bench, stress).
import { rmSync } from 'node:fs'

import { createClient } from '@libsql/client'

/**
 * Copies a SQLite database consistently, even while a server writes to it: `VACUUM INTO` reads
 * one snapshot through SQLite itself, WAL included (copying the `.db` file, or `.db` and `-wal`
 * one after the other, can catch a half-written checkpoint). The copy is compact and stands alone.
 * @param {string} source path of the database file (not a `file:` URL)
 * @param {string} target path of the copy; an existing file there is replaced
 * @returns {Promise<void>}
 * @throws {Error} SQLite's error when the source cannot be read or the target not written (e.g. disk full)
 */
export async function copyDatabase(source, target) {
  rmSync(target, { force: true })
  const db = createClient({ url: `file:${source}` })
  try {
    await db.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    db.close()
  }
}
