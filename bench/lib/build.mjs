// `next build` into its own folder (.next-bench), timed, with the peak resident memory of the whole
// process tree (Next starts workers) sampled from /proc; no external tool needed. The build reads a
// copy of the seeded database (pages are pre-rendered from it), never data/altai.db itself.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describeMachine } from './machine.mjs'
import { clockTicks, processTree, treeResidentMB } from './proc.mjs'
import { copyData, dotEnv, root } from './site.mjs'

export const buildRecordFile = path.join(root, 'bench/results/build.json')
const distDir = '.next-bench'
const SAMPLE_MS = 100

/** Our own waited-for children's CPU time (cutime + cstime), which includes a finished build's whole tree. */
function childrenCpuSeconds() {
  const text = readFileSync('/proc/self/stat', 'utf8')
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return Number(fields[13]) + Number(fields[14])
}

export async function measureBuild({ keep = false } = {}) {
  const machine = describeMachine()
  const copy = await copyData()
  // Next adds its dist folder's types to tsconfig.json during a build; a measurement must change no tracked file.
  const guarded = ['tsconfig.json', 'next-env.d.ts'].map((name) => path.join(root, name))
  const before = guarded.map((file) => (existsSync(file) ? readFileSync(file) : null))
  rmSync(path.join(root, distDir), { recursive: true, force: true })

  const nextBin = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next')
  const ticksBefore = childrenCpuSeconds()
  const started = performance.now()
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: distDir,
      DATABASE_URI: `file:${copy.database}`,
      MEDIA_DIR: copy.media,
      PAYLOAD_SECRET: dotEnv().PAYLOAD_SECRET ?? 'bench-build-secret-only-for-prerendering-000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = []
  child.stdout.on('data', (chunk) => output.push(String(chunk)))
  child.stderr.on('data', (chunk) => output.push(String(chunk)))
  let peakTreeMB = 0
  let peakProcesses = 0
  const sampler = setInterval(() => {
    try {
      peakTreeMB = Math.max(peakTreeMB, treeResidentMB(child.pid))
      peakProcesses = Math.max(peakProcesses, processTree(child.pid).length)
    } catch {
      // the build finished between two samples
    }
  }, SAMPLE_MS)
  const code = await new Promise((resolve) => child.once('exit', resolve))
  clearInterval(sampler)
  const wallSeconds = (performance.now() - started) / 1000
  const ticks = childrenCpuSeconds() - ticksBefore

  guarded.forEach((file, i) => {
    if (before[i] === null) rmSync(file, { force: true })
    else if (!readFileSync(file).equals(before[i])) writeFileSync(file, before[i])
  })
  rmSync(copy.dir, { recursive: true, force: true })
  if (!keep) rmSync(path.join(root, distDir), { recursive: true, force: true })
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.join('').slice(-4000)}`)

  const record = {
    ...machine,
    what: `cold \`next build\` into ${distDir} (folder removed first), NODE_ENV=production`,
    wallSeconds,
    cpuSeconds: ticks / clockTicks,
    peakTreeResidentMB: peakTreeMB,
    peakProcesses,
    sampleIntervalMs: SAMPLE_MS,
  }
  mkdirSync(path.dirname(buildRecordFile), { recursive: true })
  writeFileSync(buildRecordFile, `${JSON.stringify(record, null, 2)}\n`)
  return record
}

export function lastBuildRecord() {
  return existsSync(buildRecordFile) ? JSON.parse(readFileSync(buildRecordFile, 'utf8')) : null
}
