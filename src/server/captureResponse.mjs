// @ts-check
// Holds back what a Node request handler (here: Next's) writes, so the reader edge can decide
// what to add and whether to keep it before anything reaches the socket. The part of the edge
// most tied to Next and to Node's ServerResponse: the first file to check on an upgrade.

/** Headers that describe one transfer, not the page. */
const perTransfer = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'set-cookie',
  'x-nextjs-cache',
])

/**
 * @typedef {object} CapturedResponse
 * @property {number} status
 * @property {Record<string, string | string[]>} headers  headers of the page (not of one transfer), `set-cookie` as a list
 * @property {Buffer} body  uncompressed
 * @property {string | undefined} nextCache  what Next's own page cache said (`x-nextjs-cache`)
 */

/**
 * Runs `handle` with the response held back: status, headers and body are collected, and
 * nothing reaches the socket. `res` is handed back clean (no headers set, its own methods
 * restored) when the promise settles.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void> | void} handle
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<CapturedResponse>} rejects with the handler's error
 */
export function captureResponse(handle, req, res) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    const held = /** @type {const} */ (['writeHead', 'write', 'end', 'flushHeaders'])
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const collect = (chunk, encoding) => {
      if (chunk == null) return
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(/** @type {string} */ (chunk), /** @type {BufferEncoding} */ (encoding ?? 'utf8')),
      )
    }
    const release = () => {
      for (const name of held) delete (/** @type {any} */ (res)[name])
    }
    const anyRes = /** @type {any} */ (res)
    anyRes.writeHead = (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) => {
      res.statusCode = status
      const given = typeof reason === 'string' ? headers : reason
      if (Array.isArray(given)) for (let i = 0; i < given.length; i += 2) res.setHeader(given[i], given[i + 1])
      else if (given)
        for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
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
      resolve({
        status: res.statusCode,
        headers,
        body: Buffer.concat(chunks),
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
