#!/usr/bin/env node
// The README's first command: prepare the embedded database, load the story, build once and serve.
// Run again, it only runs what is missing or changed, so the site is back up in seconds.
import { spawnSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
process.chdir(root)
const port = process.env.PORT || '3000'
const distDir = process.env.NEXT_DIST_DIR || '.next'
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

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

// 2. Schema by migrations, as in production; 3. the story (idempotent) and demo accounts.
step('Applying database migrations', 'npx', ['payload', 'migrate'], { NODE_ENV: 'production' })
step('Loading the Altai story in five languages', 'npx', ['tsx', 'scripts/seed.ts'], {
  NODE_ENV: 'development',
  DB_PUSH: 'false',
})

// 4. Build only when the code changed since the last build.
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

// 5. Serve.
console.log(`\n▸ Starting the site (${elapsed()} since start): http://localhost:${port}  ·  admin: http://localhost:${port}/admin`)
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

function sourceFingerprint() {
  const hash = createHash('sha256')
  const inputs = ['package-lock.json', 'next.config.mjs', 'payload.config.ts', 'tsconfig.json', 'src', 'collections', 'locales']
  const walk = (entry) => {
    if (!existsSync(entry)) return
    const info = statSync(entry)
    if (info.isDirectory()) {
      for (const child of readdirSync(entry).sort()) walk(path.join(entry, child))
    } else {
      hash.update(entry).update(readFileSync(entry))
    }
  }
  inputs.forEach(walk)
  return hash.digest('hex')
}
