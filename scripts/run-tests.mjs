#!/usr/bin/env node
// @ts-check
// `npm test`'s Jest step. Prepares throw-away databases, builds the site once into .next-test
// (rebuilt only when the code changes) and serves it on a free loopback port for the browser
// tests. Never touches port 3000, data/ or .next, so it runs beside the quick-start site.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { sourceFingerprint } from './fingerprint.mjs'
import { copyDatabase } from './lib/copyDatabase.mjs'
import { SiteProcess } from './lib/site.mjs'

const tmp = path.resolve('tests/.tmp')
const distDir = '.next-test'
/** The SITE_URL the test build was made for. */
const siteUrlStamp = path.join(distDir, 'altai-site-url')
const secret = 'test-secret-for-the-throwaway-database-only-0123456789'
/** @type {NodeJS.ProcessEnv} */
const baseEnv = { ...process.env, NODE_ENV: 'test' }
delete baseEnv.DATABASE_URI
delete baseEnv.PAYLOAD_SECRET

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...baseEnv, ...env } })
/**
 * @param {import('node:child_process').SpawnSyncReturns<Buffer>} result
 * @param {string} what
 */
const must = (result, what) => {
  if (result.status !== 0) {
    console.error(`✗ ${what} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
}

const args = process.argv.slice(2)
const wantsBrowser = args.length === 0 || args.some((arg) => arg.includes('e2e'))

rmSync(tmp, { recursive: true, force: true })
for (const base of ['empty', 'seeded']) must(prepare(base), `preparing the ${base} test database`)

/** @type {SiteProcess | undefined} */
let site
/** @type {Record<string, string>} */
const jestEnv = {
  // A test that forgets to choose its database gets an empty throw-away file, never data/altai.db.
  DATABASE_URI: `file:${path.join(tmp, 'no-database-chosen.db')}`,
  MEDIA_DIR: path.join(tmp, 'no-media-dir-chosen'),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
}
if (wantsBrowser) {
  const e2eDb = path.join(tmp, 'e2e.db')
  await copyDatabase(path.join(tmp, 'base-seeded.db'), e2eDb)
  // Pre-rendered pages carry SITE_URL (Open Graph, JSON-LD), so the test build is made for one
  // address and is rebuilt for another (`buildOnce`): serve on the last build's port when it is free.
  site = await SiteProcess.onFreePort({ env: {} }, builtFor()?.port)
  const siteUrl = site.url
  const siteEnv = {
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    DATABASE_URI: `file:${e2eDb}`,
    MEDIA_DIR: path.join(tmp, 'media-seeded'),
    PAYLOAD_SECRET: secret,
    SITE_URL: siteUrl,
    ALLOW_HTTP_COOKIES: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    // Tests simulate many readers from one machine: each request names its reader's address (X-Forwarded-For).
    TRUST_PROXY: '1',
  }
  buildOnce(siteEnv)
  // Pages revalidated by an earlier run are put back as built, so every run starts from the same site.
  rmSync(path.join(distDir, 'server/app'), { recursive: true, force: true })
  // Next 16 keeps regenerated pages here too: without this, a page rendered by the last run's data is served.
  rmSync(path.join(distDir, 'server/route-cache'), { recursive: true, force: true })
  cpSync(path.join(distDir, 'pristine-app'), path.join(distDir, 'server/app'), { recursive: true })
  site.env = { ...baseEnv, ...siteEnv }
  site.logFile = path.join(tmp, 'e2e-server.log')
  try {
    await site.start(60_000)
  } catch (error) {
    console.error(`✗ the test site did not start: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
  Object.assign(jestEnv, { E2E_BASE_URL: siteUrl, E2E_DATABASE_URI: siteEnv.DATABASE_URI })
}

const jest = run('npx', ['jest', ...args], jestEnv)
await site?.stop()
if (jest.status !== 0 && site?.logFile) printServerLog(site.logFile)
const mongo = runOnMongo()
process.exit(jest.status || mongo || 0)

/**
 * The database suites (tests/integration, the ones this run was asked for) once more on MongoDB
 * (tests/helpers/payload.ts `testDatabase`), when `MONGODB_URI` names a server (a replica set:
 * Payload's MongoDB transactions need one). Without it they are reported NOT RUN, by name,
 * never counted as passed.
 * @returns {number} Jest's exit status on MongoDB, 0 when nothing was to run or not run
 */
function runOnMongo() {
  const suites = readdirSync('tests/integration')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `tests/integration/${name}`)
  const wanted =
    args.length === 0
      ? suites
      : suites.filter((suite) => args.some((arg) => !arg.startsWith('-') && suite.includes(arg.replace(/^\.\//, ''))))
  if (wanted.length === 0) return 0
  if (!process.env.MONGODB_URI) {
    console.log(
      `\nMongoDB: NOT RUN (no MONGODB_URI). ${wanted.length} database suite(s) ran on SQLite only; not counted as passed on MongoDB:\n${wanted.map((suite) => `  NOT RUN on mongodb  ${suite}`).join('\n')}\n`,
    )
    return 0
  }
  console.log(`\nThe same ${wanted.length} database suite(s) on MongoDB (${new URL(process.env.MONGODB_URI).host}) …`)
  const result = run('npx', ['jest', ...wanted], { ...jestEnv, TEST_DATABASE: 'mongodb' })
  return result.status ?? 1
}

/**
 * After a failed run, the end of what the browser tests' site printed (errors behind a 500 are
 * logged there, not in Jest's output), so a CI log says why a request failed.
 * @param {string} logFile
 * @param {number} [lines] how many of the last lines to print
 */
function printServerLog(logFile, lines = 200) {
  if (!existsSync(logFile)) return
  const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines)
  console.error(`\nThe test site's log, last ${tail.length} lines (${logFile}):\n${tail.join('\n')}\n`)
}

/**
 * The address the test build in .next-test was made for (its SITE_URL), or undefined when there is none.
 * @returns {{ url: string, port: number } | undefined}
 */
function builtFor() {
  if (!existsSync(siteUrlStamp)) return undefined
  const url = readFileSync(siteUrlStamp, 'utf8')
  return { url, port: Number(new URL(url).port) }
}

/**
 * Builds the site into .next-test unless the build there was made from the same code and for the
 * same SITE_URL: pre-rendered pages keep the address they were built for.
 * @param {Record<string, string>} siteEnv
 */
function buildOnce(siteEnv) {
  // The test site is built from the seeded story too: its text is part of the pre-rendered pages.
  const fingerprint = sourceFingerprint(['scripts/seed', 'scripts/seed-data'])
  const stamp = path.join(distDir, 'altai-source-fingerprint')
  const sameCode = existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint
  const sameAddress = builtFor()?.url === siteEnv.SITE_URL
  if (sameCode && sameAddress && existsSync(path.join(distDir, 'pristine-app'))) {
    console.log('Browser tests: reusing the test build in .next-test (code and address unchanged)')
    return
  }
  console.log(
    `Browser tests: building the site into .next-test for ${siteEnv.SITE_URL} (${sameCode ? 'a new address' : 'the code changed'}) …`,
  )
  // A build that stops half way must not pass for the last complete one.
  for (const file of [stamp, siteUrlStamp]) rmSync(file, { force: true })
  const started = Date.now()
  must(run('npx', ['next', 'build'], siteEnv), 'next build for the browser tests')
  cpSync(path.join(distDir, 'server/app'), path.join(distDir, 'pristine-app'), { recursive: true })
  writeFileSync(stamp, fingerprint)
  writeFileSync(siteUrlStamp, siteEnv.SITE_URL)
  console.log(`Browser tests: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * Builds one base database (scripts/prepare-test-db.ts, in this one process so a timeout ends it). Seen on a loaded machine, rarely: the
 * script stopped before opening any database, either with exit 13 (an await that never settled)
 * or hanging, in a fresh process that had done nothing yet. A fresh process then succeeds, so a
 * stopped attempt is tried again, at most three times in all, each given four minutes.
 * @param {string} base 'empty' or 'seeded'
 */
function prepare(base) {
  let result
  for (let attempt = 1; attempt <= 3; attempt++) {
    result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-test-db.ts', base], {
      stdio: 'inherit',
      env: baseEnv,
      timeout: 240_000,
      killSignal: 'SIGKILL',
    })
    if (result.status === 0) return result
    console.error(
      `preparing the ${base} test database stopped (exit ${result.status ?? result.signal}); attempt ${attempt} of 3`,
    )
  }
  return /** @type {import('node:child_process').SpawnSyncReturns<Buffer>} */ (result)
}
