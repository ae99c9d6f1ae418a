// The site under measurement: the quick-start build served by scripts/serve.mjs on loopback,
// over a copy of the seeded database and media, so data/ is never written and the PID is ours.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

import { sourceFingerprint } from '../../scripts/fingerprint.mjs'
import { copyDatabase } from '../../scripts/lib/copyDatabase.mjs'
import { SiteProcess } from '../../scripts/lib/site.mjs'

export const root = fileURLToPath(new URL('../..', import.meta.url))
const distDir = path.join(root, '.next')
const database = path.join(root, 'data/altai.db')
const mediaDir = path.join(root, 'data/media')

/**
 * What `npm start` leaves behind and the benchmark needs; a clear line for whatever is missing.
 * `build`: whether the sections asked for serve the quick-start build (image and cluster make their own).
 */
export function missingPrerequisites({ build = true } = {}) {
  const missing = []
  if (build && !existsSync(path.join(distDir, 'BUILD_ID'))) missing.push('.next/BUILD_ID (the production build)')
  if (!existsSync(database)) missing.push('data/altai.db (the seeded database)')
  if (!existsSync(path.join(root, '.env')) || !dotEnv().PAYLOAD_SECRET) missing.push('.env with PAYLOAD_SECRET')
  return missing
}

/** True when the source changed after the quick-start build: the figures would describe old code. */
export function buildIsStale() {
  const stamp = path.join(distDir, 'altai-source-fingerprint')
  return !existsSync(stamp) || readFileSync(stamp, 'utf8') !== sourceFingerprint()
}

export function dotEnv() {
  const file = path.join(root, '.env')
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {}
}

export { freePort } from '../../scripts/lib/freePort.mjs'

/** A private copy of the database (one consistent snapshot, taken through SQLite) and of the media. */
export async function copyData() {
  const dir = mkdtempSync(path.join(tmpdir(), 'altai-bench-'))
  await copyDatabase(database, path.join(dir, 'altai.db'))
  if (existsSync(mediaDir)) cpSync(mediaDir, path.join(dir, 'media'), { recursive: true })
  return { dir, database: path.join(dir, 'altai.db'), media: path.join(dir, 'media') }
}

/**
 * Starts `node scripts/serve.mjs` (scripts/lib/site.mjs) on a free loopback port over the copy; resolves when /en answers.
 * Another call over the same copy starts another replica (give it its own `logName`).
 */
export async function startSite(copy, { nodeArgs = [], logName = 'server.log' } = {}) {
  const env = dotEnv()
  const site = await SiteProcess.onFreePort({
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URI: `file:${copy.database}`,
      MEDIA_DIR: copy.media,
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
      ...(env.SITE_URL ? { SITE_URL: env.SITE_URL } : {}),
      TRUST_PROXY: '1',
    },
    logFile: path.join(copy.dir, logName),
    nodeArgs,
  })
  await site.start()
  return site
}

export async function stopSite(site, copy, { keep = false } = {}) {
  if (site) await site.stop(5000)
  if (copy && !keep) rmSync(copy.dir, { recursive: true, force: true })
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
