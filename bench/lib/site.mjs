// The site under measurement: the quick-start build served by scripts/serve.mjs on loopback,
// over a copy of the seeded database and media, so data/ is never written and the PID is ours.
import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

import { sourceFingerprint } from '../../scripts/fingerprint.mjs'

export const root = fileURLToPath(new URL('../..', import.meta.url))
const distDir = path.join(root, '.next')
const database = path.join(root, 'data/altai.db')
const mediaDir = path.join(root, 'data/media')

/** What `npm start` leaves behind and the benchmark needs; a clear line for whatever is missing. */
export function missingPrerequisites() {
  const missing = []
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) missing.push('.next/BUILD_ID (the production build)')
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

/** A private copy of the database (with its WAL, as the README's backup advice says) and media. */
export function copyData() {
  const dir = mkdtempSync(path.join(tmpdir(), 'altai-bench-'))
  copyFileSync(database, path.join(dir, 'altai.db'))
  if (existsSync(`${database}-wal`)) copyFileSync(`${database}-wal`, path.join(dir, 'altai.db-wal'))
  if (existsSync(mediaDir)) cpSync(mediaDir, path.join(dir, 'media'), { recursive: true })
  return { dir, database: path.join(dir, 'altai.db'), media: path.join(dir, 'media') }
}

/** Starts `node scripts/serve.mjs` on a free loopback port over the copy; resolves when /en answers. */
export async function startSite(copy, { nodeArgs = [] } = {}) {
  const port = await freePort()
  const env = dotEnv()
  const child = spawn(process.execPath, [...nodeArgs, 'scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URI: `file:${copy.database}`,
      MEDIA_DIR: copy.media,
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
      ...(env.SITE_URL ? { SITE_URL: env.SITE_URL } : {}),
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logFile = path.join(copy.dir, 'server.log')
  const log = createWriteStream(logFile)
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const base = `http://127.0.0.1:${port}`
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const code = await Promise.race([exited, sleep(300).then(() => undefined)])
    if (code !== undefined) {
      await new Promise((resolve) => log.end(resolve))
      const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n')
      throw new Error(`scripts/serve.mjs exited (${code}) before answering. Its last words:\n${tail}`)
    }
    try {
      if ((await fetch(`${base}/en`)).ok) return { base, port, pid: child.pid, child, logFile, exited }
    } catch {
      // not listening yet
    }
  }
  child.kill('SIGTERM')
  throw new Error(`scripts/serve.mjs did not answer ${base}/en within 120 s; its log: ${logFile} (kept with --keep)`)
}

export async function stopSite(site, copy, { keep = false } = {}) {
  if (site && site.child.exitCode === null) {
    site.child.kill('SIGTERM')
    await Promise.race([site.exited, sleep(5000)])
    if (site.child.exitCode === null) site.child.kill('SIGKILL')
  }
  if (copy && !keep) rmSync(copy.dir, { recursive: true, force: true })
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
