// The reader edge: what a caching reverse proxy in front of the site would do, in the server
// process itself, so one small machine needs nothing else. For reader pages (/<locale>/…) it
//  - serves pre-rendered pages from memory, already compressed, without waking Next;
//  - gives every HTML page a Content-Security-Policy that lets only Next's own inline scripts run;
//  - sets the comment form's clock cookie on article pages (the page itself is cached for all).
// Admin, API and static files go straight to Next. See docs/decisions/006-reader-edge-cache-and-csp.md.
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import { FORM_CLOCK_COOKIE, formClockCookie, formClockTokenWith } from '../comments/tokens.mjs'
import { bootstrapScriptHashes, readerPolicy } from './csp.mjs'
import { EDGE_REGISTRY } from './edgeRegistry.mjs'

const readerPath = /^\/(?:en|zh|ru|kk|mn)(?:\/|$)/
const articlePath = /^\/(?:en|zh|ru|kk|mn)\/articles\/[a-z0-9-]+\/?$/
/** A reader with pending comments, or an editor previewing a draft, gets the page rendered for them. */
const personalCookies = /(?:^|;\s*)(?:altai_mine|__prerender_bypass|__next_preview_data)=/
/** Next's client router asks for other representations of the same URL with these headers. */
const routerHeaders = ['rsc', 'next-action', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']
const compressible = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript)|text\/x-component)/
/** Headers that describe one transfer, not the page. */
const perTransfer = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'set-cookie', 'x-nextjs-cache'])


/**
 * @typedef {object} Entry
 * @property {number} status
 * @property {Record<string, string | string[]>} headers  headers of the page, not of a transfer
 * @property {Buffer} body  uncompressed
 * @property {string | undefined} policy  the CSP for an HTML page
 * @property {number} storedAt
 * @property {string | undefined} nextCache  what Next's own page cache said when the page was fetched
 * @property {Buffer} [gzip]
 * @property {Buffer} [br]
 */

/**
 * @param {object} options
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} options.handle Next's request handler
 * @param {string} options.secret PAYLOAD_SECRET, for the clock cookie
 * @param {boolean} options.secureCookies
 * @param {number} [options.freshMs] how long a stored page is served before Next is asked again (revalidation clears it at once)
 * @param {number} [options.maxEntries]
 */
export function createReaderEdge({ handle, secret, secureCookies, freshMs = 10_000, maxEntries = 2000 }) {
  /** @type {Map<string, Entry>} */
  const pages = new Map()
  /** @type {Map<string, Promise<Entry | null>>} */
  const filling = new Map()
  let generation = 0
  const counts = { hit: 0, stale: 0, miss: 0, bypass: 0 }

  /** Called by the app's revalidation: everything stored is dropped, the next reader gets a fresh page. */
  function invalidate() {
    generation += 1
    pages.clear()
  }
  // @ts-expect-error a process-wide registry keyed by a global symbol
  globalThis[EDGE_REGISTRY] = { invalidate, counts, size: () => pages.size }

  /** @param {import('node:http').IncomingMessage} req */
  function handles(req) {
    const url = req.url ?? '/'
    const cut = url.indexOf('?')
    return readerPath.test(cut < 0 ? url : url.slice(0, cut))
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    const url = req.url ?? '/'
    const cut = url.indexOf('?')
    const pathname = cut < 0 ? url : url.slice(0, cut)
    const readOnly = req.method === 'GET' || req.method === 'HEAD'
    const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
    const extraCookie = readOnly && articlePath.test(pathname) ? clockCookie() : undefined
    const cacheable =
      readOnly && cut < 0 && !personalCookies.test(String(req.headers.cookie ?? '')) && !routerHeaders.some((name) => name in req.headers)

    if (cacheable) {
      const stored = pages.get(pathname)
      const fresh = stored && Date.now() - stored.storedAt < freshMs
      if (stored && (fresh || filling.has(pathname))) {
        counts[fresh ? 'hit' : 'stale'] += 1
        return send(req, res, stored, { acceptEncoding, extraCookie, state: fresh ? 'HIT' : 'STALE' })
      }
      const pending = filling.get(pathname)
      if (pending) {
        const entry = await pending
        if (entry) {
          counts.hit += 1
          return send(req, res, entry, { acceptEncoding, extraCookie, state: 'HIT' })
        }
      }
    }

    counts[cacheable ? 'miss' : 'bypass'] += 1
    // Next's own compression is skipped here: the edge compresses once per stored page instead.
    delete req.headers['accept-encoding']
    const started = generation
    const captured = captureNext(handle, req, res)
    if (cacheable && req.method === 'GET' && !filling.has(pathname)) {
      const storing = captured.then((entry) => (keep(entry) ? entry : null)).catch(() => null)
      filling.set(pathname, storing)
      storing.then((entry) => {
        filling.delete(pathname)
        if (entry && started === generation) store(pathname, entry)
      })
    }
    const entry = await captured
    return send(req, res, entry, { acceptEncoding, extraCookie, state: cacheable ? 'MISS' : 'BYPASS' })
  }

  /** @param {Entry} entry */
  function keep(entry) {
    const cacheControl = String(entry.headers['cache-control'] ?? '')
    return entry.status === 200 && entry.body.length < 4_000_000 && /s-maxage=\d/.test(cacheControl) && !/private|no-store/.test(cacheControl)
  }

  /**
   * @param {string} pathname
   * @param {Entry} entry
   */
  function store(pathname, entry) {
    if (pages.size >= maxEntries) pages.delete(pages.keys().next().value ?? '')
    pages.set(pathname, entry)
  }

  function clockCookie() {
    const { httpOnly, sameSite, path, maxAge } = formClockCookie
    return [
      `${FORM_CLOCK_COOKIE}=${formClockTokenWith(secret)}`,
      `Path=${path}`,
      `Max-Age=${maxAge}`,
      httpOnly ? 'HttpOnly' : '',
      `SameSite=${sameSite[0].toUpperCase()}${sameSite.slice(1)}`,
      secureCookies ? 'Secure' : '',
    ]
      .filter(Boolean)
      .join('; ')
  }

  return { handles, serve, invalidate, counts }
}

/**
 * Runs Next's handler with the response held back: status, headers and body are collected, and
 * nothing reaches the socket until `send` decides what to add.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} handle
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<Entry>}
 */
function captureNext(handle, req, res) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    const held = /** @type {const} */ (['writeHead', 'write', 'end', 'flushHeaders'])
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const collect = (chunk, encoding) => {
      if (chunk == null) return
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(/** @type {string} */ (chunk), /** @type {BufferEncoding} */ (encoding ?? 'utf8')))
    }
    const release = () => {
      for (const name of held) delete (/** @type {any} */ (res))[name]
    }
    const anyRes = /** @type {any} */ (res)
    anyRes.writeHead = (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) => {
      res.statusCode = status
      const given = typeof reason === 'string' ? headers : reason
      if (Array.isArray(given)) for (let i = 0; i < given.length; i += 2) res.setHeader(given[i], given[i + 1])
      else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
      return res
    }
    anyRes.flushHeaders = () => {}
    anyRes.write = (/** @type {unknown} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      collect(chunk, typeof encoding === 'function' ? undefined : encoding)
      const done = typeof encoding === 'function' ? encoding : callback
      if (done) process.nextTick(done)
      return true
    }
    anyRes.end = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function')
      if (typeof chunk !== 'function') collect(chunk, typeof encoding === 'function' ? undefined : encoding)
      release()
      /** @type {Record<string, string | string[]>} */
      const headers = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !perTransfer.has(name)) headers[name] = Array.isArray(value) ? value : String(value)
      }
      const nextCache = res.getHeader('x-nextjs-cache')
      const setCookie = res.getHeader('set-cookie')
      if (setCookie !== undefined) headers['set-cookie'] = Array.isArray(setCookie) ? setCookie : [String(setCookie)]
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      const body = Buffer.concat(chunks)
      const html = String(headers['content-type'] ?? '').startsWith('text/html')
      resolve({
        status: res.statusCode,
        headers,
        body,
        policy: html ? readerPolicy(bootstrapScriptHashes(body.toString('utf8'))) : undefined,
        storedAt: Date.now(),
        nextCache: typeof nextCache === 'string' ? nextCache : undefined,
      })
      if (done) process.nextTick(done)
      return res
    }
    Promise.resolve(handle(req, res)).catch((error) => {
      release()
      reject(error)
    })
  })
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Entry} entry
 * @param {{ acceptEncoding: string, extraCookie: string | undefined, state: string }} options
 */
function send(req, res, entry, { acceptEncoding, extraCookie, state }) {
  for (const [name, value] of Object.entries(entry.headers)) if (name !== 'set-cookie') res.setHeader(name, value)
  const cookies = [...(/** @type {string[] | undefined} */ (entry.headers['set-cookie']) ?? []), ...(extraCookie ? [extraCookie] : [])]
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (entry.policy) res.setHeader('content-security-policy', entry.policy)
  res.setHeader('x-altai-cache', state)
  if (entry.nextCache && (state === 'MISS' || state === 'BYPASS')) res.setHeader('x-nextjs-cache', entry.nextCache)

  const etag = entry.headers.etag
  if (etag && req.headers['if-none-match'] === etag && entry.status === 200) {
    res.writeHead(304)
    return void res.end()
  }

  const type = String(entry.headers['content-type'] ?? '')
  let body = entry.body
  if (body.length > 1024 && compressible.test(type)) {
    const vary = entry.headers.vary ? String(entry.headers.vary) : ''
    if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    if (/\bbr\b/.test(acceptEncoding)) {
      entry.br ??= brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
      body = entry.br
      res.setHeader('content-encoding', 'br')
    } else if (/\bgzip\b/.test(acceptEncoding)) {
      entry.gzip ??= gzipSync(entry.body, { level: 6 })
      body = entry.gzip
      res.setHeader('content-encoding', 'gzip')
    }
  }
  res.setHeader('content-length', body.length)
  res.writeHead(entry.status)
  res.end(req.method === 'HEAD' ? undefined : body)
}
