#!/usr/bin/env node
// @ts-check
// The README's first command: prepare the embedded database, load the story, build once and serve.
// Run again, it only runs what is missing or changed, so the site is back up in seconds.
import { spawnSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { currentEnv } from '../src/envSchema.mjs'
import { sourceFingerprint } from './fingerprint.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
process.chdir(root)
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

/**
 * Runs one step, its output shown; a failure ends the quick start with the step's exit code.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env] variables added for this step
 */
function step(title, command, args, env = {}) {
  console.log(`\n▸ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status}). Fix the error above and run the command again.`)
    process.exit(result.status || 1)
  }
}

// 1. A private .env with a generated secret: never committed, made once.
if (!existsSync('.env')) {
  writeFileSync(
    '.env',
    `# Made by the quick start. Production deployments set these in their own environment.\nPAYLOAD_SECRET=${randomBytes(32).toString('hex')}\nDATABASE_URI=file:./data/altai.db\n`,
    { mode: 0o600 },
  )
  console.log('▸ Wrote .env with a new PAYLOAD_SECRET and the embedded SQLite database under data/')
}
process.loadEnvFile('.env')
// The whole configuration is checked before anything runs: a wrong value stops here with one line.
const { PORT: port, NEXT_DIST_DIR: distDir } = currentEnv()

// 2. Schema by the committed migrations, as in production, then the story (idempotent) and demo accounts.
step('Migrating the database and loading the Altai story in five languages', 'npx', ['tsx', 'scripts/seed.ts'], {
  NODE_ENV: 'development',
  DB_PUSH: 'false',
})

// 3. Build only when the code changed since the last build.
const fingerprint = sourceFingerprint()
const stamp = path.join(distDir, 'altai-source-fingerprint')
if (existsSync(path.join(distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('\n▸ Production build is up to date')
} else {
  const buildStart = Date.now()
  step('Building the site (production build)', 'npx', ['next', 'build'], { NODE_ENV: 'production' })
  writeFileSync(stamp, fingerprint)
  console.log(`  built in ${((Date.now() - buildStart) / 1000).toFixed(1)} s`)
}

// 4. Serve.
console.log(
  `\n▸ Starting the site (${elapsed()} since start): http://localhost:${port}  ·  admin: http://localhost:${port}/admin`,
)
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port) },
})
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
