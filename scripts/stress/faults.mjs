// The database briefly unwritable (another process holds its write lock) or full (a small tmpfs).
import { spawnSync } from 'node:child_process'
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { postComment, submissionOf } from './readers.mjs'

export async function sendAll(siteUrl, cookie, submissions, concurrency = 10) {
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

/** Another process takes SQLite's write lock (as a backup or a long migration would) and holds it. */
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

/** A tmpfs of `megabytes`, if this process may mount one (root on Linux); null otherwise. */
export function mountSmallDisk(dir, megabytes) {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' })
  if (mounted.status !== 0) return null
  return () => spawnSync('umount', ['-l', dir])
}

/** Writes a ballast file until the disk refuses another byte; removing it frees the space again. */
export function fillDisk(dir) {
  const file = path.join(dir, 'ballast')
  const fd = openSync(file, 'w')
  for (const size of [1 << 20, 64 << 10, 4 << 10, 512, 1]) {
    const block = Buffer.alloc(size, 1)
    try {
      for (;;) writeSync(fd, block)
    } catch (error) {
      if (error.code !== 'ENOSPC') throw error
    }
  }
  closeSync(fd)
  return { bytes: statSync(file).size, free: () => rmSync(file, { force: true }) }
}

export function faultSubmissions(tag, from, count, articleId, prefix) {
  return Array.from({ length: count }, (_, n) => submissionOf(tag, from + n, articleId, prefix))
}
