// @ts-check
// The Content-Security-Policy of reader pages: no inline script runs unless the server vouched
// for it by hash. Hashes rather than nonces because our pages are pre-rendered and served from
// a cache: a hash is computed once per cached page, costs nothing per request and stays exact
// when the page is served a million times (a nonce would have to be rewritten into every copy).
// See docs/decisions/006-reader-edge-cache-and-csp.md.
import { createHash } from 'node:crypto'

/**
 * Next's own bootstrap scripts: the chunk list of the Turbopack runtime, the flight-data pushes and the boundary/segment helpers React
 * writes inline. Only scripts of these shapes are vouched for; any other inline script in a
 * page (which would mean markup was injected) gets no hash and the browser refuses to run it.
 */
const nextBootstrap =
  /^(?:\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks"|\(self\.__next_[a-z]=self\.__next_[a-z]\|\|\[\]\)\.push\(|self\.__next_[a-z]\.push\(|\$RC=|\$RS=|\$RX=|\(self\.__next_s=)/

const inlineScript = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g

/**
 * The sha256 sources for the inline scripts of one HTML page that Next wrote itself.
 * @param {string} html
 * @returns {string[]}
 */
export function bootstrapScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    // Data blocks (JSON-LD) are never executed; CSP does not apply to them.
    if (/\stype="application\/(?:ld\+)?json"/.test(attributes)) continue
    if (!nextBootstrap.test(body)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The policy of a reader page. Without `scriptHashes` (a plain-HTML page, decision 013) no script
 * runs at all: `script-src 'none'`. With them (the draft preview, which keeps Next's runtime),
 * `'self'` plus exactly those inline scripts (decision 006).
 * @param {string[] | null} scriptHashes sources from {@link bootstrapScriptHashes}, or null for a page without scripts
 * @returns {string} a Content-Security-Policy header value
 */
export function readerPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    scriptHashes ? `script-src 'self' ${scriptHashes.join(' ')}`.trim() : "script-src 'none'",
    // React writes style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}
