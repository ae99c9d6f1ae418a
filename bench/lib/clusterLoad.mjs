// The cluster figures: the production topology on loopback (scripts/lib/cluster.mjs: redis-server,
// replicas of the image's runtime (bench/lib/imageStart.mjs) over one SQLite copy, Varnish in front with
// deploy/varnish/default.vcl) loaded by wrk (Debian), and nginx serving the same page bytes as a
// static file (the ceiling). Server CPU per request from /proc of the replicas, varnishd and nginx.
//
// A fair ceiling: every request, through the front and to nginx, says `Accept-Encoding: gzip` (as
// every browser does), and nginx serves, per language, the very gzip bytes the front serves
// (`gzip_static`), right after the front's run of that language, so both answer with the same body
// and a change in the machine's load (other processes share the 2 cores) falls on both alike.
// Without it the front (which stores pages gzip-compressed, deploy/varnish/default.vcl) gunzipped
// every answer for wrk while nginx sent a plain file, and the ceiling was measured once, minutes away.
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'

import { startCluster } from '../../scripts/lib/cluster.mjs'
import { capturePage } from './ceiling.mjs'
import { discoverPages, locales } from './discover.mjs'
import { cpuMilliseconds, processTree } from './proc.mjs'
import { freePort, sleep } from './site.mjs'

const unitMs = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

/** A wrk duration such as `812.00us`, `3.41ms` or `1.02s`, in milliseconds. */
function ms(text) {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim())
  if (!match) throw new Error(`unreadable wrk duration "${text}"`)
  return Number(match[1]) * unitMs[/** @type {keyof typeof unitMs} */ (match[2])]
}

/**
 * wrk's report (run with `--latency`): requests, seconds, req/s, p50/p90/p99 in ms, errors.
 * @param {string} text wrk's standard output
 */
export function parseWrk(text) {
  const number = (re) => Number(re.exec(text)?.[1] ?? NaN)
  const percentile = (p) => {
    // wrk pads some values with a trailing space (`99%    1.20s `).
    const match = new RegExp(`^\\s+${p}%\\s+(\\S+)\\s*$`, 'm').exec(text)
    return match ? ms(match[1]) : null
  }
  const done = /(\d+) requests in ([\d.]+\w+),/.exec(text)
  if (!done) throw new Error(`wrk printed no result:\n${text}`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  const requests = Number(done[1])
  const seconds = ms(done[2]) / 1000
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/) || 0
  return {
    requests,
    seconds,
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    /** Answers that were 2xx, per second: what readers got (a 503 from the front is fast and counts in req/s). */
    okPerSecond: (requests - non2xx) / seconds,
    p50: percentile(50),
    p90: percentile(90),
    p99: percentile(99),
    non2xx,
    socketErrors: socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
  }
}

/** The descendants of this process whose command name is one of `names` (varnishd's worker is `cache-main`). */
function descendantsNamed(names) {
  return processTree(process.pid).filter((pid) => {
    try {
      return names.includes(readFileSync(`/proc/${pid}/comm`, 'utf8').trim())
    } catch {
      return false
    }
  })
}

/** User + system CPU ms of each process (all its threads), summed; a process gone counts 0. */
function cpuOf(pids) {
  let total = 0
  for (const pid of pids) {
    try {
      total += cpuMilliseconds(pid)
    } catch {
      // exited
    }
  }
  return total
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim()

/** The varnishstat counters each front run reports (their change over the run). */
const frontCounters = [
  'MAIN.client_req',
  'MAIN.cache_hit',
  'MAIN.cache_miss',
  'MAIN.s_pass',
  'MAIN.n_gunzip',
  'MAIN.sess_conn',
  'MAIN.sess_queued',
  'MAIN.sess_dropped',
  'MAIN.threads_limited',
  'MAIN.backend_unhealthy',
  'MAIN.backend_busy',
  'MAIN.backend_fail',
  'MAIN.fetch_failed',
]

/**
 * varnishd's counters (`varnishstat -1 -j`) of the instance working in `dir`: hits, misses, passes,
 * gunzips (answers decompressed for a client without gzip), sessions (connections: keep-alive holds
 * one per wrk connection), queued or dropped sessions (thread pool), backend unhealthy (a fetch
 * refused because the probe marked every replica sick: a 503) and busy (max_connections).
 * varnishd's workers add their counts to these lazily (at most every `thread_stats_rate`, default
 * 10, jobs per thread), so a run of a few hundred slow passes spread over 50 threads shows fewer
 * than it had; wrk's own count of non-2xx answers is the one that says whether readers got 503s.
 * @param {string} dir
 * @returns {Record<string, number>}
 */
function varnishCounters(dir) {
  const args = ['-n', dir, '-1', '-j', ...frontCounters.flatMap((name) => ['-f', name])]
  const { counters } = JSON.parse(execFileSync('varnishstat', args, { encoding: 'utf8' }))
  return Object.fromEntries(frontCounters.map((name) => [name.slice('MAIN.'.length), counters[name]?.value ?? 0]))
}

/**
 * Loads `url` with wrk (2 threads: the machine's cores, shared with the servers) and measures the
 * CPU the `servers()` processes spent meanwhile.
 * @param {string} url
 * @param {{ connections: number, duration: number, headers?: string[], servers: () => Record<string, number[]>, frontDir?: string | null }} options
 *   `frontDir`: varnishd's working folder, whose counters over the run are reported as `front`
 */
async function wrk(url, { connections, duration, headers = [], servers, frontDir }) {
  const pids = servers()
  const frontBefore = frontDir ? varnishCounters(frontDir) : null
  const before = Object.fromEntries(Object.entries(pids).map(([name, list]) => [name, cpuOf(list)]))
  const loadBefore = loadavg()[0]
  const args = ['-t', '2', '-c', String(connections), '-d', `${duration}s`, '--latency', '--timeout', '10s']
  for (const header of headers) args.push('-H', header)
  const child = spawn('wrk', [...args, url], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  child.stderr.on('data', (chunk) => (out += chunk))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`wrk exited ${code}: ${out}`)
  const result = parseWrk(out)
  const cpuMs = Object.fromEntries(Object.entries(pids).map(([name, list]) => [name, cpuOf(list) - before[name]]))
  const total = Object.values(cpuMs).reduce((a, b) => a + b, 0)
  return {
    url,
    connections,
    ...result,
    cpuMsPerRequest: result.requests > 0 ? total / result.requests : null,
    /** CPU per answer a reader could use: what a rendered page costs when the front also answered 503s. */
    cpuMsPer2xx: result.requests > result.non2xx ? total / (result.requests - result.non2xx) : null,
    cpuMsPerRequestBy: Object.fromEntries(
      Object.entries(cpuMs).map(([name, spent]) => [name, result.requests > 0 ? spent / result.requests : null]),
    ),
    loadAverage1: { before: loadBefore, after: loadavg()[0] },
    ...(frontDir && frontBefore
      ? {
          front: Object.fromEntries(
            Object.entries(varnishCounters(frontDir)).map(([name, value]) => [name, value - frontBefore[name]]),
          ),
        }
      : {}),
  }
}

/** GETs `url` `times` times with the headers; returns the last answer's status and front-cache verdict. */
async function warm(url, headers, times = 3) {
  let last = { status: 0, frontCache: null }
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    last = { status: response.status, frontCache: response.headers.get('x-front-cache') }
  }
  if (last.status !== 200) throw new Error(`${url} answered ${last.status} while warming up`)
  return last
}

/**
 * nginx (Debian) serving one page for every path, from a prefix folder of its own, readable by
 * the unprivileged user nginx's workers become when it is started as root: `gzipped` (the front's
 * gzip bytes) to a client that accepts gzip, its gunzipped bytes to others; `sendfile` and
 * `tcp_nopush` as in Debian's stock nginx.conf. Resolves with its URL and stop().
 * @param {Buffer} gzipped
 */
async function startNginx(gzipped) {
  const dir = mkdtempSync(path.join(tmpdir(), 'altai-nginx-'))
  chmodSync(dir, 0o755)
  mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  // gzip_static answers a gzip-accepting client with page.html.gz as it is; page.html is for others.
  writeFileSync(path.join(dir, 'page.html'), gunzipSync(gzipped))
  writeFileSync(path.join(dir, 'page.html.gz'), gzipped)
  const port = await freePort()
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(dir, 'tmp', kind)};`)
    .join(' ')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${temps}
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    gzip_static on;
    gzip_vary on;
    location / { try_files /page.html =404; }
  }
}
`,
  )
  const child = spawn(
    'nginx',
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'],
    { stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}/page`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${dir}/error.log`)
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) break
    if (i === 99) throw new Error(`nginx did not serve ${url}; see ${dir}/error.log`)
    await sleep(100)
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT')
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * The cluster section of `npm run bench`. Each run is wrk at `connections` for `duration` s, every
 * request with `Accept-Encoding: gzip`: per language, the article through Varnish with 2 replicas
 * and right after it nginx serving the same gzip bytes as a static file (the ceiling for that
 * language); the English article with 1 replica, then nginx again; a page the front cannot cache
 * (the pending-comment view: the article with an `altai_mine` cookie, which the VCL passes and each
 * replica renders per request) with 2 and with 1 replica. Readers of the cached path carry the
 * form-clock cookie, as a reader who opened an article before does (without it the VCL passes the
 * article to the app, which sets the clock). Each front run reports varnishd's counters over the
 * run (`front`: hits, misses, gunzips, sessions, 503s from a sick or busy backend).
 * @param {object} options
 * @param {string} options.image the packed runtime with production dependencies (imageStart.mjs `prepareImage`)
 * @param {{ dir: string, database: string, media: string }} options.copy a private copy of data/
 * @param {Record<string, string | undefined>} options.env PAYLOAD_SECRET, SITE_URL for the replicas
 * @param {number} options.connections
 * @param {number} options.duration seconds per run
 */
export async function measureCluster({ image, copy, env, connections, duration }) {
  const uptimeAtStart = uptime()
  const cluster = await startCluster({
    replicas: 2,
    cwd: image,
    distDir: '.next',
    databaseUri: `file:${copy.database}`,
    env: { NEXT_TELEMETRY_DISABLED: '1', MEDIA_DIR: copy.media, ...env },
  })
  const results = { cached: {}, topology: null }
  try {
    const servers = () => ({
      replicas: cluster.replicas.filter((site) => site.running).flatMap((site) => processTree(site.pid)),
      varnishd: descendantsNamed(['varnishd', 'cache-main']),
    })
    const front = cluster.frontUrl
    const pages = await discoverPages(cluster.replicaUrls[0])
    results.pages = pages.articles
    const english = `${front}${pages.articles.en}`
    // The form clock a returning reader carries (any reader who opened an article before).
    const first = await fetch(english)
    await first.arrayBuffer()
    const clock = /altai_opened=[^;]+/.exec(first.headers.get('set-cookie') ?? '')?.[0]
    if (!clock) throw new Error(`${english} set no altai_opened cookie`)
    const gzip = 'Accept-Encoding: gzip'
    const readerHeaders = [`Cookie: ${clock}`, gzip]
    const pendingHeaders = [`Cookie: ${clock}; altai_mine=bench-names-no-comment`, gzip]
    const load = (url, headers) => wrk(url, { connections, duration, headers, servers, frontDir: cluster.frontWorkDir })
    const headerObject = (headers) => ({ cookie: headers[0].slice('Cookie: '.length), 'accept-encoding': 'gzip' })

    /** nginx serving the gzip bytes the front serves for `url`, loaded the same way right away. */
    const ceiling = async (url) => {
      const page = await capturePage(url, headerObject(readerHeaders))
      if (page.status !== 200) throw new Error(`${url} answered ${page.status} for the static copy`)
      const encoding = page.headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1]
      if (encoding !== 'gzip')
        throw new Error(`${url} came back ${encoding ?? 'uncompressed'} from the front, not gzip`)
      const nginx = await startNginx(page.body)
      try {
        return {
          gzipBytes: page.body.length,
          htmlBytes: gunzipSync(page.body).length,
          ...(await wrk(nginx.url, {
            connections,
            duration,
            headers: [gzip],
            servers: () => ({ nginx: descendantsNamed(['nginx']) }),
          })),
        }
      } finally {
        await nginx.stop()
      }
    }
    const share = (run, staticRun) => run.requestsPerSecond / staticRun.requestsPerSecond

    for (const locale of locales) {
      const url = `${front}${pages.articles[locale]}`
      const probe = await warm(url, headerObject(readerHeaders))
      const run = await load(url, readerHeaders)
      const staticRun = await ceiling(url)
      results.cached[locale] = {
        replicas: 2,
        frontCacheAfterWarmUp: probe.frontCache,
        ...run,
        static: staticRun,
        shareOfStatic: share(run, staticRun),
      }
    }
    const pendingProbe = await warm(english, headerObject(pendingHeaders))
    results.uncached2 = {
      replicas: 2,
      frontCacheAfterWarmUp: pendingProbe.frontCache,
      ...(await load(english, pendingHeaders)),
    }

    // One replica: the second stops; Varnish's probe (6 of the last 8 failed, 1 s apart) marks it
    // sick within about 6 s, and until then each read it would have answered is retried on the other.
    await cluster.stopReplica(1, 'SIGTERM')
    await sleep(8000)
    await warm(english, headerObject(readerHeaders), 10)
    const cached1 = await load(english, readerHeaders)
    const static1 = await ceiling(english)
    results.cached1 = { replicas: 1, ...cached1, static: static1, shareOfStatic: share(cached1, static1) }
    await warm(english, headerObject(pendingHeaders), 3)
    results.uncached1 = { replicas: 1, ...(await load(english, pendingHeaders)) }

    results.topology = {
      front: 'varnishd (Debian) with deploy/varnish/default.vcl, backends rewritten to the replicas',
      replicas:
        'node scripts/serve.mjs of the packed image runtime (production dependencies only) over one copy of data/altai.db',
      redis: cluster.redisUrl,
      loadGenerator: 'wrk -t 2 (Debian), on the same 2 cores as every server; every request Accept-Encoding: gzip',
      ceiling:
        "nginx (Debian) with gzip_static serving the front's own gzip bytes of the same page, run right after the front's run",
      pendingView:
        'the English article with an altai_mine cookie naming no comment: the VCL passes it, the reader edge bypasses its cache, Next renders /mine per request',
    }
  } finally {
    await cluster.stop()
  }
  results.uncachedRatio2to1 =
    results.uncached2 && results.uncached1 ? results.uncached2.okPerSecond / results.uncached1.okPerSecond : null
  results.uptime = { atStart: uptimeAtStart, atEnd: uptime() }
  return results
}
