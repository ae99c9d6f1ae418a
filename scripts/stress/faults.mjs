// @ts-check
// The database briefly unwritable (another process holds its write lock) or full (a small tmpfs).
import { spawnSync } from 'node:child_process'
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { postComment, submissionOf } from './readers.mjs'

/**
 * Sends every submission to the Kazakh comment endpoint at `concurrency`; answers in the same order.
 * @param {string} siteUrl
 * @param {string} cookie
 * @param {import('./readers.mjs').Submission[]} submissions
 * @param {number} [concurrency]
 * @returns {Promise<import('./readers.mjs').PostResult[]>}
 */
export async function sendAll(siteUrl, cookie, submissions, concurrency = 10) {
  /** @type {import('./readers.mjs').PostResult[]} */
  const results = new Array(submissions.length)
  let next = 0
  async function reader() {
    while (next < submissions.length) {
      const i = next++
      results[i] = await postComment(siteUrl, 'kk', cookie, submissions[i], 60_000)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, reader))
  return results
}

/**
 * Another process takes SQLite's write lock (as a backup or a long migration would) and holds it
 * for `holdMs` while `whileHeld` runs; resolves with what `whileHeld` resolved.
 * @template T
 * @param {string} dbFile
 * @param {number} holdMs
 * @param {() => Promise<T>} whileHeld
 * @returns {Promise<T>}
 */
export async function holdWriteLock(dbFile, holdMs, whileHeld) {
  const locker = createClient({ url: `file:${dbFile}` })
  await locker.execute('BEGIN IMMEDIATE')
  const released = new Promise((resolve) => setTimeout(resolve, holdMs))
  try {
    const during = await whileHeld()
    await released
    return during
  } finally {
    await locker.execute('ROLLBACK').catch(() => undefined)
    locker.close()
  }
}

/**
 * A tmpfs of `megabytes`, if this process may mount one (root on Linux); null otherwise.
 * @param {string} dir
 * @param {number} megabytes
 * @returns {(() => void) | null} unmounts it
 */
export function mountSmallDisk(dir, megabytes) {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' })
  if (mounted.status !== 0) return null
  return () => spawnSync('umount', ['-l', dir])
}

/**
 * Writes a ballast file until the disk refuses another byte; removing it frees the space again.
 * @param {string} dir
 */
export function fillDisk(dir) {
  const file = path.join(dir, 'ballast')
  const fd = openSync(file, 'w')
  for (const size of [1 << 20, 64 << 10, 4 << 10, 512, 1]) {
    const block = Buffer.alloc(size, 1)
    try {
      for (;;) writeSync(fd, block)
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOSPC') throw error
    }
  }
  closeSync(fd)
  return { bytes: statSync(file).size, free: () => rmSync(file, { force: true }) }
}

/**
 * `count` submissions numbered from `from` (see submissionOf).
 * @param {string} tag
 * @param {number} from
 * @param {number} count
 * @param {string | number} articleId
 * @param {string} prefix
 */
export function faultSubmissions(tag, from, count, articleId, prefix) {
  return Array.from({ length: count }, (_, n) => submissionOf(tag, from + n, articleId, prefix))
}
