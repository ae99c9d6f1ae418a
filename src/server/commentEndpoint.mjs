// @ts-check
// The comment endpoint's short way in (decision 021): `POST /<locale>/comments` answered by the
// server layer (scripts/serve.mjs) with the app's own handler, without Next's request handling.
// A profile of the endpoint put more than half of a comment's server time in Next's App Router
// around the handler (routing, its Request and streams, its async context) once the database work
// was batched. The handler is the route's (src/comments/endpoint.ts): same checks, same answers;
// the app registers it under a global symbol when Next first loads the route (Next bundles the
// app apart from the server layer, as with src/server/edgeRegistry.mjs), so the first comment of a
// process goes through Next and the rest take the short way.
import { securityHeaders } from './securityHeaders.mjs'

export const COMMENT_ENDPOINT = Symbol.for('altai.commentEndpoint')

/** The endpoint reads at most this many bytes of a body (64 KB); a larger one is Next's to refuse. */
export const COMMENT_BODY_MAX_BYTES = 64 * 1024

/**
 * @typedef {object} CommentPost  what the handler reads of a request
 * @property {(name: string) => string | null} header  a request header (lower-case name), repeated ones joined by ", "
 * @property {(name: string) => string | undefined} cookie  a cookie's value
 * @property {(maxBytes: number) => Promise<{ ok: true, text: string } | { ok: false }>} readBody  the body as text, refused past `maxBytes`
 */
/**
 * @typedef {object} JsonAnswer
 * @property {number} status
 * @property {Record<string, unknown>} body  sent as JSON
 * @property {Record<string, string>} headers
 */
/** @typedef {(locale: string, request: CommentPost) => Promise<JsonAnswer>} CommentHandler */

/**
 * Called by the app (the comment route's module) with its handler, so the server layer can call it.
 * @param {CommentHandler} handler
 */
export function registerCommentEndpoint(handler) {
  ;/** @type {any} */ (globalThis)[COMMENT_ENDPOINT] = handler
}

/**
 * A `Cookie` header's value for `name`, read as Next reads `request.cookies`
 * (@edge-runtime/cookies): pairs split on `;`, the name exactly as sent, the value
 * percent-decoded (a bare name is "true"); a value that cannot be decoded is skipped, and of two the last one counts.
 * @param {string | undefined} header
 * @param {string} name
 * @returns {string | undefined}
 */
export function cookieFrom(header, name) {
  if (!header) return undefined
  /** @type {string | undefined} */
  let found
  for (const pair of header.split(/; */)) {
    const cut = pair.indexOf('=')
    // A bare name reads as "true" there.
    if (cut < 0 && pair === name) found = 'true'
    if (cut < 0 || pair.slice(0, cut) !== name) continue
    try {
      found = decodeURIComponent(pair.slice(cut + 1))
    } catch {
      // skipped, as Next skips it
    }
  }
  return found
}

/**
 * The short way in for `localeCodes`. `handles(req)`: a `POST /<locale>/comments` (no query) with
 * a declared length of at most `COMMENT_BODY_MAX_BYTES`, once the app has registered its handler;
 * anything else (a chunked or larger body, a server action, the first comment) goes to Next as
 * before. `serve(req, res)` answers it as the route would, with the headers Next adds to every
 * answer (src/server/securityHeaders.mjs).
 * @param {{ localeCodes: readonly string[] }} options
 */
export function createCommentFastPath({ localeCodes }) {
  const paths = new Set(localeCodes.map((locale) => `/${locale}/comments`))
  const handler = () => /** @type {CommentHandler | undefined} */ (/** @type {any} */ (globalThis)[COMMENT_ENDPOINT])

  /** @param {import('node:http').IncomingMessage} req */
  function handles(req) {
    if (req.method !== 'POST' || !paths.has(req.url ?? '') || !handler()) return false
    if ('next-action' in req.headers || req.headers['transfer-encoding'] !== undefined) return false
    const declared = req.headers['content-length']
    return declared !== undefined && /^\d+$/.test(declared) && Number(declared) <= COMMENT_BODY_MAX_BYTES
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    const answer = /** @type {CommentHandler} */ (handler())
    const locale = String(req.url).split('/')[1]
    /** @type {CommentPost} */
    const post = {
      header: (name) => {
        const value = req.headers[name]
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
      },
      cookie: (name) => cookieFrom(req.headers.cookie, name),
      readBody: async (maxBytes) => {
        /** @type {Buffer[]} */
        const chunks = []
        let size = 0
        for await (const chunk of req) {
          size += chunk.length
          // Only with a lying Content-Length: Node reads no more than the declared length.
          if (size > maxBytes) return { ok: false }
          chunks.push(chunk)
        }
        return { ok: true, text: Buffer.concat(chunks).toString('utf8') }
      },
    }
    const { status, body, headers } = await answer(locale, post)
    const text = JSON.stringify(body)
    res.writeHead(status, {
      ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'X-Altai-Cache': 'BYPASS',
      ...headers,
    })
    res.end(text)
  }

  return { handles, serve }
}
