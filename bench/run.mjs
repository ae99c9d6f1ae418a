#!/usr/bin/env node
// `npm run bench`: the site's figures against the quick-start build, on a server of our own (see README.md).
//   npm run bench                 full run (~20 s per load figure, then Chromium and Lighthouse)
//   npm run bench -- --quick      smoke run: 3 s loads, 200 comments, Lighthouse in English only
//   npm run bench -- --build      measure a cold `next build` (time, peak memory) and record it
//   --only article,ceiling,pages,comments,weight,lighthouse,image,cluster   a subset;  --gzip  pages requested with Accept-Encoding: gzip
//   --duration S  --connections C  --comments N  --comment-concurrency C  --comment-archive N  --keep (keep the temp folder and server log)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { lastBuildRecord, measureBuild } from './lib/build.mjs'
import { measureCeiling } from './lib/ceiling.mjs'
import { measureCommentWrites } from './lib/commentWrites.mjs'
import { discoverPages, locales } from './lib/discover.mjs'
import { auditPages } from './lib/lighthouse.mjs'
import { loadPage, warm } from './lib/load.mjs'
import { measureCluster } from './lib/clusterLoad.mjs'
import { measureImageStart, prepareImage } from './lib/imageStart.mjs'
import { describeMachine } from './lib/machine.mjs'
import { startOriginProxy } from './lib/originProxy.mjs'
import { viewport, weighPages } from './lib/pageWeight.mjs'
import { clockTicks, residentMemory } from './lib/proc.mjs'
import { printTable, tableRows, targets } from './lib/report.mjs'
import { buildIsStale, copyData, dotEnv, missingPrerequisites, root, startSite, stopSite } from './lib/site.mjs'

const siteSections = ['article', 'ceiling', 'pages', 'comments', 'weight', 'lighthouse']
// The production image (built without a database, production dependencies only) and the cluster of its replicas.
const sections = [...siteSections, 'image', 'cluster']
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    only: { type: 'string' },
    gzip: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string' },
    comments: { type: 'string' },
    'comment-concurrency': { type: 'string' },
    'comment-archive': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})

if (options.build) {
  console.log('Measuring a cold `next build` into .next-bench (a few minutes) …')
  const record = await measureBuild()
  console.log(
    `next build: ${record.wallSeconds.toFixed(1)} s wall, ${record.cpuSeconds.toFixed(1)} s CPU, peak ${Math.round(record.peakTreeResidentMB)} MB resident over ${record.peakProcesses} processes`,
  )
  console.log(
    `(load average at start ${record.loadAverageAtStart.join(' ')}; recorded in bench/results/build.json, shown by every \`npm run bench\`)`,
  )
  process.exit(0)
}

const wanted = new Set(options.only ? options.only.split(',').map((s) => s.trim()) : sections)
const unknown = [...wanted].filter((s) => !sections.includes(s))
if (unknown.length) {
  console.error(`Unknown section(s) ${unknown.join(', ')}; choose from ${sections.join(', ')}`)
  process.exit(1)
}

const needsSite = siteSections.some((section) => wanted.has(section))
const missing = missingPrerequisites({ build: needsSite })
if (missing.length > 0) {
  console.error(
    `The site sections measure the quick-start site and build nothing themselves (image and cluster build .next-image as the Dockerfile does). Missing: ${missing.join(', ')}.`,
  )
  console.error('Run `npm start` once (it seeds data/altai.db and builds .next), stop it, then `npm run bench` again.')
  process.exit(1)
}
const settings = {
  quick: options.quick,
  duration: Number(options.duration ?? (options.quick ? 3 : 20)),
  connections: Number(options.connections ?? 50),
  comments: Number(options.comments ?? (options.quick ? 200 : 2000)),
  commentConcurrency: Number(options['comment-concurrency'] ?? 20),
  // Issue 14: the write rate with 100,000 comments already stored.
  commentArchive: Number(options['comment-archive'] ?? (options.quick ? 10_000 : 100_000)),
  lighthouseLocales: options.quick ? ['en'] : locales,
  acceptEncoding: options.gzip ? 'gzip' : 'none (autocannon sends no Accept-Encoding)',
  clockTicksPerSecond: clockTicks,
  sections: [...wanted],
}
const headers = options.gzip ? { 'Accept-Encoding': 'gzip' } : {}
const results = { meta: { ...describeMachine(), settings } }
if (needsSite && buildIsStale()) {
  results.meta.staleBuild = true
  console.warn(
    'Warning: the source changed after .next was built; the figures describe the older build (`npm start` rebuilds it).',
  )
}
console.log(
  `bench ${settings.quick ? '(quick) ' : ''}on ${results.meta.cores} cores, load average ${results.meta.loadAverageAtStart.join(' ')}, node ${process.version}`,
)

/** Runs one part; a failure is recorded with its message and the other parts still run. */
async function part(name, fn) {
  const started = Date.now()
  try {
    return await fn()
  } catch (error) {
    console.error(`  ✗ ${name}: ${error.message}`)
    return { error: String(error.message ?? error) }
  } finally {
    console.log(`  ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
}

// The origin the pre-rendered pages were built for, as the server itself reads it.
const siteUrl = process.env.SITE_URL || dotEnv().SITE_URL || 'http://localhost:3000'
if (!URL.canParse(siteUrl)) {
  console.error(`SITE_URL must be an absolute URL such as http://localhost:3000 (got "${siteUrl}").`)
  process.exit(1)
}
const siteOrigin = new URL(siteUrl).origin
if (needsSite) {
  const copy = await copyData()
  let site
  let proxy
  try {
    site = await startSite(copy)
    results.meta.server = {
      command: 'node scripts/serve.mjs',
      pid: site.pid,
      base: site.url,
      database: 'copy of data/altai.db',
      log: site.logFile,
    }
    console.log(`server ${site.url} (pid ${site.pid}) over a copy of data/ in ${copy.dir}`)
    const pages = await discoverPages(site.url)
    results.meta.pages = pages
    const load = (url) =>
      loadPage({ url, connections: settings.connections, duration: settings.duration, pid: site.pid, headers })

    if (wanted.has('article')) {
      results.article = {}
      for (const locale of locales) {
        const url = `${site.url}${pages.articles[locale]}`
        results.article[locale] = await part(`article ${locale}`, async () => {
          await warm(url, 5, headers)
          return load(url)
        })
      }
    }
    if (wanted.has('ceiling')) {
      results.ceiling = await part('static ceiling', () =>
        measureCeiling({
          pageUrl: `${site.url}${pages.articles.en}`,
          workDir: copy.dir,
          connections: settings.connections,
          duration: settings.duration,
          headers,
        }),
      )
      if (!results.ceiling.error)
        results.ceiling.what =
          'bare node:http server in its own process, answering every request with the saved English article HTML (from memory) and the response headers the site sent for it; gzip precompressed when asked'
    }
    if (wanted.has('pages')) {
      results.pages = {}
      const others = { front: pages.front, organization: pages.organization }
      for (const [name, pagePath] of Object.entries(others)) {
        if (!pagePath) {
          results.pages[name] = { error: 'no link to it found on the English article' }
          continue
        }
        results.pages[name] = await part(`${name} page`, async () => {
          await warm(`${site.url}${pagePath}`, 5, headers)
          return load(`${site.url}${pagePath}`)
        })
      }
    }
    if (wanted.has('comments')) {
      results.comments = await measureCommentWrites({
        site,
        copy,
        pages,
        total: settings.comments,
        concurrency: settings.commentConcurrency,
        archive: settings.commentArchive,
        part,
      })
    }
    results.memory = await part('server memory', async () => ({
      ...residentMemory(site.pid),
      after: [...wanted].filter((s) => ['article', 'ceiling', 'pages', 'comments'].includes(s)),
    }))

    if (wanted.has('weight') || wanted.has('lighthouse')) {
      proxy = await startOriginProxy({ origin: siteOrigin, target: site.url })
      results.meta.browserOrigin = `${siteOrigin} (SITE_URL the build was made for), mapped to ${site.url} by a proxy only Chromium uses`
    }
    const articleUrls = Object.fromEntries(locales.map((locale) => [locale, proxy?.url(pages.articles[locale])]))
    if (wanted.has('weight')) {
      const weights = await part('page weight', () => weighPages(articleUrls, proxy))
      results.pageWeight = weights.error ? Object.fromEntries(locales.map((l) => [l, weights])) : weights
      results.meta.pageWeightViewport = {
        ...viewport,
        isMobile: true,
        cache: 'empty (fresh context per page)',
        waitUntil: 'networkidle',
      }
    }
    if (wanted.has('lighthouse')) {
      const audits = await part('Lighthouse', () =>
        auditPages(Object.fromEntries(settings.lighthouseLocales.map((l) => [l, articleUrls[l]])), proxy),
      )
      results.lighthouse = audits.error
        ? Object.fromEntries(settings.lighthouseLocales.map((l) => [l, audits]))
        : audits
    }
  } catch (error) {
    // Nothing measured is worth a table; the server's log is kept for the reason.
    console.error(`✗ ${error.message}${site ? `\n  server log: ${site.logFile}` : ''}`)
    process.exitCode = 1
  } finally {
    await proxy?.close()
    await stopSite(site, copy, { keep: options.keep || process.exitCode === 1 })
  }
  if (process.exitCode === 1) process.exit(1)
}

if (wanted.has('image') || wanted.has('cluster')) {
  // The production image's runtime, made as the Dockerfile makes it, then started alone and as a cluster.
  const copy = await copyData()
  try {
    const image = await part('image build, pack and npm ci --omit=dev', () => prepareImage(copy.dir))
    if (image.error) {
      results.image = image
      throw new Error(image.error)
    }
    const secret = dotEnv().PAYLOAD_SECRET
    if (wanted.has('image')) {
      const start = await part('image start', () =>
        measureImageStart({ dir: image.dir, workDir: copy.dir, copy, secret }),
      )
      results.image = { ...image, ...start }
    }
    if (wanted.has('cluster'))
      results.cluster = await part('cluster (Varnish, Redis, replicas; wrk)', () =>
        measureCluster({
          image: image.dir,
          copy,
          env: { PAYLOAD_SECRET: secret, ...(dotEnv().SITE_URL ? { SITE_URL: dotEnv().SITE_URL } : {}) },
          connections: settings.connections,
          duration: settings.duration,
        }),
      )
  } catch (error) {
    console.error(`✗ ${error.message}`)
  } finally {
    if (!options.keep) rmSync(copy.dir, { recursive: true, force: true })
  }
}

results.build = lastBuildRecord()
results.targets = targets
results.table = tableRows(results)
console.log('')
printTable(results.table)
if (!results.build) console.log('next build figures: none recorded on this machine yet (`npm run bench -- --build`).')

const out = path.join(root, 'bench/results/latest.json')
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(
  `\nWritten to bench/results/latest.json${settings.quick ? ' (quick run: smoke test, not the figures)' : ''}`,
)
