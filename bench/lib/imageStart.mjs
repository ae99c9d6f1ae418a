// The production image's start, measured without Docker: the build the Dockerfile makes (no
// database, RENDER_ON_FIRST_REQUEST), packed as the Dockerfile's runtime stage packs it
// (scripts/pack-runtime.mjs), production dependencies installed with `npm ci --omit=dev` in a clean
// folder, then `node scripts/serve.mjs` there: time from start to the first 200 on an article.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { sourceFingerprint } from '../../scripts/fingerprint.mjs'
import { packRuntime } from '../../scripts/pack-runtime.mjs'
import { SiteProcess } from '../../scripts/lib/site.mjs'
import { readableArticle } from '../../scripts/lib/story.mjs'
import { root } from './site.mjs'

/** Where the bench keeps the image-style build, reused while the source is unchanged. */
const imageBuild = '.next-image'

/** Dev dependencies whose presence in the runtime would mean the image carries build tools. */
const buildTools = ['typescript', 'tsx', 'jest', 'eslint', '@swc/core', 'playwright-core']

const megabytes = (dir) => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]) / 2 ** 20

/**
 * Builds into `.next-image` as the Dockerfile's build stage does, unless a build of this source is
 * there: RENDER_ON_FIRST_REQUEST on, a throwaway PAYLOAD_SECRET, and DATABASE_URI aimed at a file in
 * a fresh folder, which must still not exist afterwards (the build opened no database).
 * @param {string} workDir a temporary folder
 * @returns {{ reused: boolean, wallSeconds?: number }}
 * @throws {Error} when the build fails or touched the database
 */
export function ensureImageBuild(workDir) {
  const stamp = path.join(root, imageBuild, 'altai-source-fingerprint')
  const fingerprint = sourceFingerprint()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return { reused: true }
  const nowhere = path.join(workDir, 'no-database', 'never-opened.db')
  mkdirSync(path.dirname(nowhere), { recursive: true })
  const started = Date.now()
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: imageBuild,
      RENDER_ON_FIRST_REQUEST: '1',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URI: `file:${nowhere}`,
    },
  })
  if (result.status !== 0)
    throw new Error(`next build for the image failed:\n${(result.stdout + result.stderr).slice(-3000)}`)
  if (existsSync(nowhere)) throw new Error(`the image build opened its database (${nowhere} exists)`)
  writeFileSync(stamp, fingerprint)
  return { reused: false, wallSeconds: (Date.now() - started) / 1000 }
}

/**
 * The image's runtime in `<workDir>/image`, as the Dockerfile's runtime stage makes it: the image
 * build (ensureImageBuild) packed by scripts/pack-runtime.mjs, then `npm ci --omit=dev` there.
 * @param {string} workDir the bench's temporary folder
 * @returns {{ dir: string, build: ReturnType<typeof ensureImageBuild>, installSeconds: number, runtimeMB: number, nodeModulesMB: number, buildOutputMB: number, devDependenciesPresent: string[] }}
 * @throws {Error} when the build or the install fails
 */
export function prepareImage(workDir) {
  const build = ensureImageBuild(workDir)
  const dir = path.join(workDir, 'image')
  packRuntime(imageBuild, dir)
  const installStarted = Date.now()
  const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (install.status !== 0)
    throw new Error(`npm ci --omit=dev failed:\n${(install.stdout + install.stderr).slice(-3000)}`)
  return {
    dir,
    build,
    installSeconds: (Date.now() - installStarted) / 1000,
    runtimeMB: megabytes(dir),
    nodeModulesMB: megabytes(path.join(dir, 'node_modules')),
    buildOutputMB: megabytes(path.join(dir, '.next')),
    devDependenciesPresent: buildTools.filter((name) => existsSync(path.join(dir, 'node_modules', name))),
  }
}

/**
 * Starts the packed runtime (`prepareImage`) over a copy of the seeded database: time from start
 * to the first 200 on the newest English article, which the build did not pre-render (it had no
 * database); then over an empty database: time to `/en`, the migrations having run at start.
 * A first start only asks the REST API which article that is (no page is rendered and cached).
 * @param {object} options
 * @param {string} options.dir the packed runtime
 * @param {string} options.workDir the bench's temporary folder (logs, the empty database)
 * @param {{ database: string, media: string }} options.copy the bench's copy of data/
 * @param {string} options.secret PAYLOAD_SECRET for the runs
 */
export async function measureImageStart({ dir, workDir, copy, secret }) {
  /** A server of the packed runtime over `database`, ready when `readyPath` answers 2xx (polled every 250 ms). */
  const server = (database, readyPath, name) =>
    SiteProcess.onFreePort({
      cwd: dir,
      readyPath,
      logFile: path.join(workDir, `image-${name}.log`),
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: undefined,
        DATABASE_URI: `file:${database}`,
        MEDIA_DIR: copy.media,
        PAYLOAD_SECRET: secret,
      },
    })
  /** ms from spawn to the first 2xx on the server's readyPath, and the next request's ms. */
  const timed = async (site) => {
    const started = performance.now()
    try {
      await site.start(180_000)
      const ms = performance.now() - started
      const again = performance.now()
      const second = await fetch(`${site.url}${site.readyPath}`)
      await second.arrayBuffer()
      return { ms, secondRequestMs: performance.now() - again }
    } finally {
      await site.stop(5000)
    }
  }

  const asking = await server(copy.database, '/api/articles?limit=1&depth=0', 'discover')
  let articlePath
  try {
    await asking.start(180_000)
    articlePath = (await readableArticle(asking.url, 'en')).path
  } finally {
    await asking.stop(5000)
  }
  const seeded = await timed(await server(copy.database, articlePath, 'seeded'))
  const empty = path.join(workDir, 'image-empty.db')
  const fresh = await timed(await server(empty, '/en', 'empty'))
  const db = createClient({ url: `file:${empty}` })
  let migrationsRun
  try {
    const rows = await db.execute("SELECT count(*) AS n FROM payload_migrations WHERE name != 'dev'")
    migrationsRun = Number(rows.rows[0]?.n)
  } finally {
    db.close()
  }
  return {
    articlePath,
    startToFirst200Ms: seeded.ms,
    secondRequestMs: seeded.secondRequestMs,
    emptyDatabaseStartToFirst200Ms: fresh.ms,
    migrationsRun,
    migrationsInBuild: migrationCount(),
    pollResolutionMs: 250,
  }
}

/** The migrations the code ships (src/migrations/index.ts lists each once with its `name`). */
function migrationCount() {
  return [...readFileSync(path.join(root, 'src/migrations/index.ts'), 'utf8').matchAll(/^\s+name: '/gm)].length
}
