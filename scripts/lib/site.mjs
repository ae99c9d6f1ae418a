// @ts-check
// The one way tests, bench and stress start the site: `node scripts/serve.mjs` (the production
// server) in a child process on loopback, waited for until it answers, stopped or killed on demand.
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { freePort } from './freePort.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * @typedef {object} SiteOptions
 * @property {Record<string, string | undefined>} env variables for the site on top of this process's; `undefined` removes one
 * @property {number} [port] default: a free loopback port (use `SiteProcess.onFreePort`)
 * @property {string} [logFile] every line the site prints is appended here too
 * @property {string[]} [nodeArgs] e.g. `--cpu-prof`
 * @property {string} [readyPath] the path that must answer 2xx before `start` resolves (default `/en`)
 * @property {string} [cwd] the folder served from (default this project; bench/lib/imageStart.mjs uses a packed runtime)
 */

export class SiteProcess {
  /**
   * A site on a free loopback port: `preferred` when it is free.
   * @param {Omit<SiteOptions, 'port'>} options
   * @param {number} [preferred]
   */
  static async onFreePort(options, preferred) {
    return new SiteProcess({ ...options, port: await freePort(preferred) })
  }

  /** @param {SiteOptions & { port: number }} options */
  constructor({ port, env, logFile, nodeArgs = [], readyPath = '/en', cwd = root }) {
    this.port = port
    /** Variables for the next `start` (may be changed between restarts). */
    this.env = env
    this.logFile = logFile
    this.nodeArgs = nodeArgs
    this.readyPath = readyPath
    this.cwd = cwd
    this.url = `http://127.0.0.1:${port}`
    /** @type {import('node:child_process').ChildProcess | null} */
    this.child = null
    /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }> | null} */
    this.exited = null
    /** @type {string[]} The most recent output chunks (up to 400). */
    this.log = []
    this.starts = 0
  }

  /** The server's process id while it runs (the one process that serves: bench measures it). */
  get pid() {
    return this.child?.pid
  }

  get running() {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null)
  }

  /** The last `lines` lines of the site's output, for an error message. */
  logTail(lines = 30) {
    return this.log.join('').trimEnd().split('\n').slice(-lines).join('\n')
  }

  /**
   * Starts the server (NODE_ENV=production, HOSTNAME=127.0.0.1, PORT) and resolves once
   * `readyPath` answers 2xx.
   * @param {number} [timeoutMs]
   * @throws {Error} when the server exits while starting or does not answer in time; the message ends with its last output
   */
  async start(timeoutMs = 120_000) {
    /** @type {Record<string, string | undefined>} */
    const env = { ...process.env, ...this.env, NODE_ENV: 'production', PORT: String(this.port), HOSTNAME: '127.0.0.1' }
    // A variable set to undefined is one the site must not see at all.
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
    const child = spawn(process.execPath, [...this.nodeArgs, 'scripts/serve.mjs'], {
      cwd: this.cwd,
      env: /** @type {NodeJS.ProcessEnv} */ (env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    this.starts += 1
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      this.log.push(String(chunk))
      if (this.logFile) appendFileSync(this.logFile, chunk)
      if (this.log.length > 400) this.log.splice(0, 200)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    this.exited = exited
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const early = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 250))])
      if (early)
        throw new Error(
          `scripts/serve.mjs exited while starting (${early.signal ?? early.code}). Its last words:\n${this.logTail()}`,
        )
      try {
        const response = await fetch(`${this.url}${this.readyPath}`, { signal: AbortSignal.timeout(10_000) })
        await response.arrayBuffer()
        if (response.ok) return
      } catch {
        // not listening yet
      }
    }
    await this.kill()
    throw new Error(
      `scripts/serve.mjs did not answer ${this.url}${this.readyPath} within ${timeoutMs / 1000} s. Its last words:\n${this.logTail()}`,
    )
  }

  /** SIGKILL: no shutdown handler runs, in-flight requests die, nothing is flushed. */
  async kill() {
    if (!this.running) return
    this.child?.kill('SIGKILL')
    await this.exited
  }

  /**
   * SIGTERM (the server closes and exits normally, V8 writes a --cpu-prof profile), then SIGKILL
   * if it has not exited after `graceMs`.
   * @param {number} [graceMs]
   */
  async stop(graceMs = 10_000) {
    if (!this.running) return
    this.child?.kill('SIGTERM')
    const stopped = await Promise.race([
      this.exited,
      new Promise((resolve) => setTimeout(() => resolve(null), graceMs)),
    ])
    if (!stopped) await this.kill()
  }
}
