// @ts-check
// The production topology on loopback, for the topology test and the cluster bench: one
// redis-server, N replicas of one build (`node scripts/serve.mjs`, scripts/lib/site.mjs) over one
// SQLite file in WAL mode, and Varnish in front with deploy/varnish/default.vcl, its backend list
// rewritten to the replicas' ports. Everything runs from Debian's packages on free ports, in a
// temporary folder of its own, and `stop()` ends exactly the processes it started.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from './freePort.mjs'
import { SiteProcess } from './site.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const vclTemplate = path.join(root, 'deploy/varnish/default.vcl')

/**
 * deploy/varnish/default.vcl with its backend list (the lines between `# BACKENDS BEGIN` and
 * `# BACKENDS END`) replaced by one backend per address.
 * @param {{ host: string, port: number }[]} backends
 * @param {string} [template] the VCL text (default: deploy/varnish/default.vcl)
 * @returns {string} the VCL to load
 * @throws {Error} when the template has no backend markers
 */
export function clusterVcl(backends, template = readFileSync(vclTemplate, 'utf8')) {
  const begin = template.indexOf('# BACKENDS BEGIN')
  const end = template.indexOf('# BACKENDS END')
  if (begin < 0 || end < begin) throw new Error('deploy/varnish/default.vcl: BACKENDS BEGIN/END markers missing')
  const blocks = backends.map(
    ({ host, port }, i) =>
      `backend app${i + 1} {\n  .host = "${host}";\n  .port = "${port}";\n  .connect_timeout = 1s;\n  .first_byte_timeout = 60s;\n  .probe = health;\n}\n`,
  )
  const init = `sub vcl_init {\n  new lb = directors.round_robin();\n${backends.map((_, i) => `  lb.add_backend(app${i + 1});\n`).join('')}}\n`
  return `${template.slice(0, begin)}# BACKENDS BEGIN\n${blocks.join('')}${init}${template.slice(end)}`
}

/**
 * varnishd's storage and parameters, each with its reason (sources: varnishd(1) of Varnish 7.1,
 * its "-s" option and its list of parameters with their defaults; the Varnish book, "Tuning
 * Varnish"). The compose file's official image takes the same through its command line.
 * - `-s malloc,256m`: every reader page of a newsroom is a few KB gzip-compressed (an article about
 *   6 KB); 256 MB holds tens of thousands, and a full store evicts the least recently used page.
 * - Threads: the defaults (`thread_pools` 2, `thread_pool_min` 100, `thread_pool_max` 5000). Each
 *   client connection holds a worker only while a request is being served; 200 threads made at
 *   start cover the bench's c=50 without creating threads under load (the book: more pools show no
 *   gain; idle threads cost only their stack). The bench reports MAIN.sess_queued, which stays 0.
 * - Workspaces: the defaults (`workspace_client` and `workspace_backend` 96 KB each); the pages'
 *   headers (CSP, cache tags) take a few KB.
 * - `default_grace=0`: an object the VCL gives no grace is not served stale; the VCL sets 30 s
 *   on the pages it caches.
 * - `backend_idle_timeout=4`: an idle connection to a replica is closed by Varnish before the
 *   replica closes it (scripts/serve.mjs `keepAliveTimeout` 5 s), so a request is never sent on a
 *   connection the replica is closing.
 */
export const varnishArgs = ['-s', 'malloc,256m', '-p', 'default_grace=0', '-p', 'backend_idle_timeout=4']

/**
 * A child process that is one of the cluster's servers (redis-server, varnishd).
 * @param {string} command
 * @param {string[]} args
 * @param {string} logFile
 */
function startDaemon(command, args, logFile) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  /** @type {string[]} */
  const log = []
  const keep = (/** @type {Buffer} */ chunk) => {
    log.push(String(chunk))
    writeFileSync(logFile, log.join(''))
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    exited,
    tail: () => log.join('').trimEnd().split('\n').slice(-20).join('\n'),
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
      if (!done) {
        child.kill('SIGKILL')
        await exited
      }
    },
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Resolves once something accepts TCP connections on the port and answers `probe` as expected.
 * @param {number} port
 * @param {() => boolean} alive false once the server exited
 * @param {() => Promise<boolean>} probe
 * @param {string} what for the error message
 * @param {() => string} tail the server's last output
 */
async function waitFor(port, alive, probe, what, tail) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`${what} exited while starting. Its last words:\n${tail()}`)
    if (await probe().catch(() => false)) return
    await sleep(100)
  }
  throw new Error(`${what} did not answer on port ${port} within 30 s. Its last words:\n${tail()}`)
}

/**
 * One Redis command over a plain socket (no client library in the harness): true when the answer starts with `expect`.
 * @param {number} port
 * @param {string} command e.g. `PING`
 * @param {string} expect e.g. `+PONG`
 * @returns {Promise<boolean>}
 */
function redisSays(port, command, expect) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.setTimeout(2000, () => {
      socket.destroy()
      resolve(false)
    })
    socket.on('error', () => resolve(false))
    socket.on('connect', () => socket.write(`${command}\r\n`))
    socket.on('data', (chunk) => {
      answer += String(chunk)
      if (answer.includes('\r\n')) {
        socket.end()
        resolve(answer.startsWith(expect))
      }
    })
  })
}

/**
 * @typedef {object} Cluster
 * @property {string} frontUrl Varnish, e.g. `http://127.0.0.1:41234` (with `front: 'none'`, the first replica)
 * @property {string[]} replicaUrls each replica's own address, in order
 * @property {string | null} frontWorkDir varnishd's working folder (`varnishstat -n <it>`), null without a front
 * @property {string} redisUrl `redis://127.0.0.1:<port>`
 * @property {SiteProcess[]} replicas the replica processes (pid, logTail)
 * @property {(i: number, signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>} stopReplica SIGTERM (graceful) or SIGKILL (nothing flushed)
 * @property {(i: number) => Promise<void>} startReplica starts replica i again on its port and waits until it answers
 * @property {() => Promise<void>} stop ends every process the cluster started and removes its temporary folder
 */

/**
 * Starts the topology: redis-server (no persistence), `replicas` app processes of the build in
 * `distDir` over the database `databaseUri` (one SQLite file: the app opens it in WAL mode,
 * src/db/serializedSqlite.ts), each with REDIS_URL and FRONT_CACHE_PURGE_URL set, and varnishd in
 * front (`front: 'varnish'`) or nothing (`front: 'none'`). The replicas start one after the other
 * (the first runs the migrations alone). If anything fails to start, what was started is stopped
 * and the error says which server and its last output.
 * @param {object} options
 * @param {number} [options.replicas] app processes (default 2)
 * @param {string} options.distDir the build (NEXT_DIST_DIR), e.g. `.next-test`
 * @param {string} options.databaseUri `file:/abs/path.db`
 * @param {'varnish' | 'none'} [options.front]
 * @param {Record<string, string | undefined>} [options.env] more variables for every replica (PAYLOAD_SECRET, SITE_URL, …); `undefined` removes one
 * @param {string} [options.logDir] where the servers' output is written and kept (`replica-<i>.log`, `redis.log`, `varnish.log`); default: the cluster's temporary folder, removed by `stop()`
 * @param {string} [options.cwd] the folder the replicas serve from (default this project; the bench's packed image runtime)
 * @returns {Promise<Cluster>}
 */
export async function startCluster({ replicas = 2, distDir, databaseUri, front = 'varnish', env = {}, logDir, cwd }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'altai-cluster-'))
  const logs = logDir ?? dir
  mkdirSync(logs, { recursive: true })
  /** @type {{ stop: () => Promise<void> }[]} */
  const started = []
  const stop = async () => {
    for (const server of started.splice(0).reverse()) await server.stop().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const redisPort = await freePort()
    const redis = startDaemon(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--daemonize',
        'no',
      ],
      path.join(logs, 'redis.log'),
    )
    started.push(redis)
    await waitFor(redisPort, redis.running, () => redisSays(redisPort, 'PING', '+PONG'), 'redis-server', redis.tail)
    const redisUrl = `redis://127.0.0.1:${redisPort}`

    const frontPort = front === 'varnish' ? await freePort() : 0
    /** @type {string | null} */
    let varnishDir = null
    const ports = []
    for (let i = 0; i < replicas; i++) ports.push(await freePort())
    const frontUrl = front === 'varnish' ? `http://127.0.0.1:${frontPort}` : `http://127.0.0.1:${ports[0]}`
    const sites = ports.map(
      (port, i) =>
        new SiteProcess({
          port,
          env: {
            NEXT_DIST_DIR: distDir,
            DATABASE_URI: databaseUri,
            REDIS_URL: redisUrl,
            FRONT_CACHE_PURGE_URL: front === 'varnish' ? frontUrl : undefined,
            TRUST_PROXY: '1',
            ...env,
          },
          logFile: path.join(logs, `replica-${i}.log`),
          cwd,
        }),
    )
    for (const site of sites) started.push({ stop: () => site.stop() })
    await sites[0].start(180_000)
    await Promise.all(sites.slice(1).map((site) => site.start(180_000)))

    if (front === 'varnish') {
      const vclFile = path.join(dir, 'cluster.vcl')
      varnishDir = path.join(dir, 'varnish')
      writeFileSync(vclFile, clusterVcl(ports.map((port) => ({ host: '127.0.0.1', port }))))
      const varnish = startDaemon(
        'varnishd',
        [
          '-F',
          '-n',
          varnishDir,
          '-a',
          `127.0.0.1:${frontPort}`,
          '-f',
          vclFile,
          ...varnishArgs,
          // Run as the current user: the harness owns its folder and ports.
          '-j',
          'none',
          '-T',
          'none',
        ],
        path.join(logs, 'varnish.log'),
      )
      started.push(varnish)
      await waitFor(
        frontPort,
        varnish.running,
        async () => (await fetch(`${frontUrl}/en`, { signal: AbortSignal.timeout(5000) })).ok,
        'varnishd',
        varnish.tail,
      )
    }

    return {
      frontUrl,
      replicaUrls: sites.map((site) => site.url),
      frontWorkDir: varnishDir,
      redisUrl,
      replicas: sites,
      async stopReplica(i, signal = 'SIGTERM') {
        if (signal === 'SIGKILL') await sites[i].kill()
        else await sites[i].stop()
      },
      async startReplica(i) {
        await sites[i].start(180_000)
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
