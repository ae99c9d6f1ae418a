#!/usr/bin/env node
// Runs every Jest suite as native ESM against throw-away databases; never touches port 3000 or data/.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', ...env } })

rmSync('tests/.tmp', { recursive: true, force: true })
for (const base of ['empty', 'seeded']) {
  const result = run('npx', ['tsx', 'scripts/prepare-test-db.ts', base])
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!process.env.MONGODB_URI) {
  console.log('\nMongoDB integration suite: NOT RUN (no MONGODB_URI set; SQLite suite runs). It is not counted as passed.\n')
}

const jest = run('npx', ['jest', ...process.argv.slice(2)], {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
})
process.exit(jest.status ?? 1)
