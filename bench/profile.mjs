#!/usr/bin/env node
// Where the server's time goes on one page: scripts/serve.mjs under `node --cpu-prof`, loaded with
// autocannon, then the samples taken during the load summarised by self time per function and per package.
// Usage: node bench/profile.mjs [--path /en/articles/<slug>] [--duration 20] [--connections 50] [--top 25]
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { discoverPages } from './lib/discover.mjs'
import { loadPage, warm } from './lib/load.mjs'
import { copyData, missingPrerequisites, startSite, stopSite } from './lib/site.mjs'

const { values } = parseArgs({
  options: {
    path: { type: 'string' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '25' },
  },
})
const missing = missingPrerequisites()
if (missing.length) {
  console.error(`Missing: ${missing.join(', ')}. Run \`npm start\` once first.`)
  process.exit(1)
}

const copy = copyData()
const profileDir = path.join(copy.dir, 'profile')
const site = await startSite(copy, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] })
let window
let load
try {
  const pagePath = values.path ?? (await discoverPages(site.base)).articles.en
  const url = `${site.base}${pagePath}`
  await warm(url, 20)
  // V8's profile clock and process.hrtime are both the monotonic clock: keep only samples taken under load.
  const from = Number(process.hrtime.bigint() / 1000n)
  load = await loadPage({ url, connections: Number(values.connections), duration: Number(values.duration), pid: site.pid })
  window = [from, Number(process.hrtime.bigint() / 1000n)]
  console.log(`${url}: ${Math.round(load.requestsPerSecond)} req/s, p99 ${load.p99} ms, ${load.cpuMsPerRequest.toFixed(2)} ms CPU per request (${load.requests} requests)`)
} finally {
  await stopSite(site, null) // SIGTERM: serve.mjs exits normally and V8 writes the profile
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const selfTime = new Map()
let at = profile.startTime
let total = 0
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i]
  at += delta
  if (at < window[0] || at > window[1]) return
  selfTime.set(id, (selfTime.get(id) ?? 0) + delta)
  total += delta
})

function packageOf(url) {
  if (!url) return '(V8 / native)'
  if (url.startsWith('node:')) return 'node: (core)'
  const inModules = url.split('node_modules/').at(-1)
  if (inModules !== url) return inModules.startsWith('@') ? inModules.split('/').slice(0, 2).join('/') : inModules.split('/')[0]
  // Next bundles most server code into chunks; Turbopack names a chunk after what it holds.
  if (url.includes('/.next/')) return `.next chunk ${path.basename(url)}`
  return url.replace(/^file:\/\//, '')
}

const byFunction = new Map()
const byPackage = new Map()
for (const [id, micros] of selfTime) {
  const { callFrame } = nodes.get(id)
  const where = callFrame.url ? `${packageOf(callFrame.url)} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}` : ''
  const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim()
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
  const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(callFrame.functionName) ? callFrame.functionName : packageOf(callFrame.url)
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros)
}
const show = (title, map) => {
  console.log(`\n${title} (share of ${(total / 1e6).toFixed(1)} s sampled under load)`)
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
  }
}
show('Self time by package', byPackage)
show('Self time by function', byFunction)
console.log(`\nProfile: ${path.join(profileDir, file)} (open in Chrome DevTools › Performance; the folder is temporary)`)
