#!/usr/bin/env node
// Where the server's time goes on one page: scripts/serve.mjs under `node --cpu-prof`, loaded with
// autocannon, then the samples taken during the load summarised by self time per function and per package.
// Usage: node bench/profile.mjs [--path /en/articles/<slug>] [--duration 20] [--connections 50] [--top 25]
//        node bench/profile.mjs --comments 500 [--connections 20] [--archive 100000]   (comment submissions instead of a page,
//        optionally with that many comments already stored)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { seedArchive, submitComments } from './lib/comments.mjs'
import { discoverPages } from './lib/discover.mjs'
import { cpuMilliseconds } from './lib/proc.mjs'
import { loadPage, warm } from './lib/load.mjs'
import { copyData, missingPrerequisites, startSite, stopSite } from './lib/site.mjs'

const { values } = parseArgs({
  options: {
    path: { type: 'string' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string' },
    top: { type: 'string', default: '25' },
    comments: { type: 'string' },
    archive: { type: 'string' },
  },
})
const missing = missingPrerequisites()
if (missing.length) {
  console.error(`Missing: ${missing.join(', ')}. Run \`npm start\` once first.`)
  process.exit(1)
}

const copy = await copyData()
if (values.archive) {
  const archive = seedArchive(copy.database, Number(values.archive))
  console.log(`archive: ${archive.stored} comments stored in ${archive.seconds.toFixed(1)} s`)
}
const profileDir = path.join(copy.dir, 'profile')
const site = await startSite(copy, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] })
let window
let load
try {
  const pages = await discoverPages(site.url)
  const url = `${site.url}${values.path ?? pages.articles.en}`
  await warm(url, 20)
  // V8's profile clock and process.hrtime are both the monotonic clock: keep only samples taken under load.
  const from = Number(process.hrtime.bigint() / 1000n)
  if (values.comments) {
    const total = Number(values.comments)
    const cpuBefore = cpuMilliseconds(site.pid)
    const sent = await submitComments({
      base: site.url,
      articlePath: pages.articles.kk,
      articleId: pages.articleId,
      total,
      concurrency: Number(values.connections ?? 20),
    })
    console.log(
      `comments: ${sent.acceptedPerSecond.toFixed(1)} accepted/s, p99 ${sent.p99} ms, ${((cpuMilliseconds(site.pid) - cpuBefore) / total).toFixed(1)} ms CPU per submission`,
    )
  } else {
    load = await loadPage({
      url,
      connections: Number(values.connections ?? 50),
      duration: Number(values.duration),
      pid: site.pid,
    })
    console.log(
      `${url}: ${Math.round(load.requestsPerSecond)} req/s, p99 ${load.p99} ms, ${load.cpuMsPerRequest.toFixed(2)} ms CPU per request (${load.requests} requests)`,
    )
  }
  window = [from, Number(process.hrtime.bigint() / 1000n)]
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

// Next's server code is bundled into chunks; their source maps say which file each function came from.
const maps = new Map()
function original(callFrame) {
  if (!callFrame.url.includes('/.next/')) return callFrame
  const file = callFrame.url.startsWith('file:') ? fileURLToPath(callFrame.url) : callFrame.url
  if (!maps.has(file))
    maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null)
  const entry = maps.get(file)?.findEntry(callFrame.lineNumber, callFrame.columnNumber)
  if (!entry?.originalSource) return callFrame
  const source = decodeURIComponent(entry.originalSource).replace(
    /^.*?(node_modules\/|src\/|collections\/)/,
    (_, dir) => (dir === 'node_modules/' ? '/node_modules/' : `/${dir}`),
  )
  return {
    functionName: entry.name || callFrame.functionName,
    url: source,
    lineNumber: entry.originalLine,
    columnNumber: entry.originalColumn,
  }
}

function packageOf(url) {
  if (!url) return '(V8 / native)'
  if (url.startsWith('node:')) return 'node: (core)'
  const inModules = url.split('node_modules/').at(-1)
  if (inModules !== url)
    return inModules.startsWith('@') ? inModules.split('/').slice(0, 2).join('/') : inModules.split('/')[0]
  if (/^\/(src|collections)\//.test(url)) return `our code ${url.slice(1)}`
  // A chunk without a source map: Turbopack names a chunk after what it holds.
  if (url.includes('/.next/')) return `.next chunk ${path.basename(url)}`
  return url.replace(/^file:\/\//, '')
}

const byFunction = new Map()
const byPackage = new Map()
for (const node of profile.nodes) node.callFrame = original(node.callFrame)
for (const [id, micros] of selfTime) {
  const { callFrame } = nodes.get(id)
  const where = callFrame.url
    ? `${packageOf(callFrame.url)} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}`
    : ''
  const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim()
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
  const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(callFrame.functionName)
    ? callFrame.functionName
    : packageOf(callFrame.url)
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros)
}
const show = (title, map) => {
  console.log(`\n${title} (share of ${(total / 1e6).toFixed(1)} s sampled under load)`)
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
  }
}
// Total (inclusive) time: a function counts once for every sample in which it is on the stack.
const parentOf = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
const inclusive = new Map()
for (const [id, micros] of selfTime) {
  const seen = new Set()
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const { callFrame } = nodes.get(at)
    if (!callFrame.functionName || callFrame.functionName === '(root)') continue
    const name =
      `${callFrame.functionName} ${callFrame.url ? `${packageOf(callFrame.url)} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}` : ''}`.trim()
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros)
  }
}
show('Self time by package', byPackage)
show('Self time by function', byFunction)
show('Total time by function (self + callees)', inclusive)
console.log(
  `\nProfile: ${path.join(profileDir, file)} (open in Chrome DevTools › Performance; the folder is temporary)`,
)
