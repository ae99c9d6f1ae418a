// The site under stress: our own production server (scripts/serve.mjs) on a copy of the database.
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'

export { freePort } from '../lib/freePort.mjs'

/**
 * Starts `node scripts/serve.mjs` and restarts it on demand. Its output is kept (the last lines
 * are printed if it fails to come up) rather than mixed into the report.
 */
export class SiteProcess {
  constructor({ port, env, logFile }) {
    this.port = port
    this.logFile = logFile
    this.env = env
    this.url = `http://127.0.0.1:${port}`
    this.child = null
    this.log = []
    this.starts = 0
  }

  async start(timeoutMs = 120_000) {
    const env = { ...process.env, ...this.env, NODE_ENV: 'production', PORT: String(this.port), HOSTNAME: '127.0.0.1' }
    // A variable set to undefined is one the site must not see at all.
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    this.starts += 1
    const keep = (chunk) => {
      this.log.push(String(chunk))
      if (this.logFile) appendFileSync(this.logFile, chunk)
      if (this.log.length > 400) this.log.splice(0, 200)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    this.exited = exited
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const early = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 250))])
      if (early) throw new Error(`the site exited while starting (${early.signal ?? early.code}):\n${this.log.slice(-30).join('')}`)
      try {
        // The home page is static; the API starts Payload (and opens the database) as a comment would.
        const response = await fetch(`${this.url}/api/articles?limit=1&depth=0`, { signal: AbortSignal.timeout(10_000) })
        await response.arrayBuffer()
        if (response.ok) return
      } catch {
        // not listening yet
      }
    }
    throw new Error(`the site did not answer on ${this.url} within ${timeoutMs / 1000} s:\n${this.log.slice(-30).join('')}`)
  }

  /** SIGKILL: no shutdown handler runs, in-flight requests die, nothing is flushed. */
  async kill() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return
    this.child.kill('SIGKILL')
    await this.exited
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return
    this.child.kill('SIGTERM')
    const stopped = await Promise.race([this.exited, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))])
    if (!stopped) await this.kill()
  }
}
