// @ts-check
// What the reader edge does to a reader page: takes Next's scripts out (plainHtml.mjs, decision
// 013) and adds the Content-Security-Policy (csp.mjs), the comment form's clock cookie, and the
// compressed transfer.
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import { FORM_CLOCK_COOKIE } from '../cookies.mjs'
import { formClockCookie, formClockTokenWith } from '../comments/tokens.mjs'
import { CACHE_TAGS_HEADER, tagsFromHeader, takeCacheTags } from './cacheTagsMarker.mjs'
import { bootstrapScriptHashes, readerPolicy } from './csp.mjs'
import { withoutScripts } from './plainHtml.mjs'

const compressible = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript)|text\/x-component)/

/**
 * A captured response made ready to store and send. HTML is made plain (Next's scripts removed,
 * `script-src 'none'`, decision 013) unless `keepScripts` (the draft preview, which keeps Next's
 * runtime and gets `script-src 'self'` plus the hashes of its bootstrap scripts, decision 006).
 * Anything else passes unchanged, without a policy. The page's cache tags are taken from its
 * marker (plain HTML: the marker is removed) or, for anything else, from the `x-altai-cache-tags`
 * header (removed too); the draft preview keeps its markup as React rendered it (it hydrates).
 * @param {import('./captureResponse.mjs').CapturedResponse} response
 * @param {{ keepScripts: boolean }} options
 * @returns {import('./pageCache.mjs').Page}
 */
export function readerPage(response, { keepScripts }) {
  const storedAt = Date.now()
  if (!String(response.headers['content-type'] ?? '').startsWith('text/html')) {
    const { [CACHE_TAGS_HEADER]: named, ...headers } = response.headers
    return { ...response, headers, policy: undefined, storedAt, tags: tagsFromHeader(named) }
  }
  const rendered = response.body.toString('utf8')
  if (keepScripts) return { ...response, policy: readerPolicy(bootstrapScriptHashes(rendered)), storedAt, tags: [] }
  const { tags, html } = takeCacheTags(rendered)
  const body = Buffer.from(withoutScripts(html), 'utf8')
  const headers = { ...response.headers }
  // Next's ETag names the page it rendered, not the one sent.
  if (headers.etag) headers.etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  return { ...response, headers, body, policy: readerPolicy(null), storedAt, tags }
}

/**
 * A `Set-Cookie` value starting the comment form's clock now (signed with `secret`).
 * @param {string} secret PAYLOAD_SECRET
 * @param {boolean} secureCookies adds `Secure` (env `secureCookies`)
 */
export function clockCookie(secret, secureCookies) {
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

/**
 * Writes a page: its own headers and cookies plus `extraCookie`, its CSP, `x-altai-cache: <state>`;
 * a 304 for a matching `If-None-Match`; the body brotli- or gzip-compressed (quality 6, made
 * once per page and kept on it) when the client accepts it and the body is over 1 KB.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./pageCache.mjs').Page} page
 * @param {{ acceptEncoding: string, extraCookie: string | undefined, state: 'HIT' | 'STALE' | 'MISS' | 'BYPASS', tagsHeader?: boolean }} options
 *   `tagsHeader`: the page's cache tags go out in an `xkey` header, for the front cache (which removes it)
 */
export function sendPage(req, res, page, { acceptEncoding, extraCookie, state, tagsHeader = false }) {
  for (const [name, value] of Object.entries(page.headers)) if (name !== 'set-cookie') res.setHeader(name, value)
  const ownCookies = /** @type {string[] | undefined} */ (page.headers['set-cookie']) ?? []
  const cookies = [...ownCookies, ...(extraCookie ? [extraCookie] : [])]
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (page.policy) res.setHeader('content-security-policy', page.policy)
  res.setHeader('x-altai-cache', state)
  if (tagsHeader && page.tags.length > 0) res.setHeader('xkey', page.tags.join(' '))
  if (page.nextCache && (state === 'MISS' || state === 'BYPASS')) res.setHeader('x-nextjs-cache', page.nextCache)

  const etag = page.headers.etag
  if (etag && req.headers['if-none-match'] === etag && page.status === 200) {
    res.writeHead(304)
    return void res.end()
  }

  const type = String(page.headers['content-type'] ?? '')
  let body = page.body
  if (body.length > 1024 && compressible.test(type)) {
    const vary = page.headers.vary ? String(page.headers.vary) : ''
    if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    if (/\bbr\b/.test(acceptEncoding)) {
      page.br ??= brotliCompressSync(page.body, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: page.body.length },
      })
      body = page.br
      res.setHeader('content-encoding', 'br')
    } else if (/\bgzip\b/.test(acceptEncoding)) {
      page.gzip ??= gzipSync(page.body, { level: 6 })
      body = page.gzip
      res.setHeader('content-encoding', 'gzip')
    }
  }
  res.setHeader('content-length', body.length)
  res.writeHead(page.status)
  res.end(req.method === 'HEAD' ? undefined : body)
}
