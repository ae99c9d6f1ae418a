import { readFileSync } from 'node:fs'
import path from 'node:path'

// An address whose percent-encoding is not valid UTF-8 names no page. Next fails to decode it
// and answers 500; here it gets the answer for a page that does not exist: the API a 400 in
// JSON, everything else the site's 404, in the language of its first segment when it has one.
const locale = /^\/(en|zh|ru|kk|mn)(?:\/|$)/

/**
 * Rewrites or answers a request with a malformed path. Returns true when it has answered.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerMalformedAddress(request, response) {
  const url = request.url ?? '/'
  const cut = url.indexOf('?')
  const pathname = cut < 0 ? url : url.slice(0, cut)
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    if (pathname.startsWith('/api/')) {
      response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' })
      response.end(JSON.stringify({ errors: [{ message: 'The address is not valid UTF-8.' }] }))
      return true
    }
    request.url = `${locale.exec(pathname)?.[0].replace(/\/$/, '') ?? ''}/malformed-address`
    return false
  }
}

/** Next reads at most this much of a server action's body (its default `bodySizeLimit`). */
const ACTION_BODY_LIMIT = 1024 * 1024
/** The longest comment, as the form says (src/comments/rules.ts). */
const COMMENT_MAX = 5000

/** @type {Map<string, string>} */
const tooLargeMessages = new Map()

/**
 * A form post to a reader page larger than any comment could be is refused before it is read,
 * with a 413 in the page's language. (Next would stop reading at its limit but answer 500.)
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} localesDir
 */
export function answerOversizedPost(request, response, localesDir) {
  if (request.method !== 'POST' || Number(request.headers['content-length'] ?? 0) <= ACTION_BODY_LIMIT) return false
  const language = locale.exec(request.url ?? '/')?.[1]
  if (!language) return false
  let message = tooLargeMessages.get(language)
  if (!message) {
    const strings = JSON.parse(readFileSync(path.join(localesDir, language, 'comments.json'), 'utf8'))
    // The plural form i18next would choose for this number in this language (`requestTooLarge_many`…).
    const form = new Intl.PluralRules(language).select(COMMENT_MAX)
    message = String(findKey(strings, `requestTooLarge_${form}`) ?? findKey(strings, 'requestTooLarge_other')).replace(
      '{{count}}',
      // Written as the comment endpoint writes it (comments/route.ts), so both say the same.
      String(COMMENT_MAX),
    )
    tooLargeMessages.set(language, message)
  }
  const wantsJson = /^\/[a-z]{2}\/comments\/?(?:\?|$)/.test(request.url ?? '') || String(request.headers['content-type']).includes('json')
  if (wantsJson) {
    // The comment endpoint's own shape of answer (comments/route.ts).
    response.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'x-content-type-options': 'nosniff' })
    response.end(JSON.stringify({ error: message }))
    return true
  }
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  response.writeHead(413, { 'content-type': 'text/html; charset=utf-8', connection: 'close', 'x-content-type-options': 'nosniff' })
  response.end(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>413</title></head><body><main><p>${escaped}</p></main></body></html>`)
  return true
}

/**
 * @param {Record<string, unknown>} tree
 * @param {string} key
 * @returns {string | undefined}
 */
function findKey(tree, key) {
  for (const [name, value] of Object.entries(tree)) {
    if (name === key && typeof value === 'string') return value
    if (value && typeof value === 'object') {
      const found = findKey(/** @type {Record<string, unknown>} */ (value), key)
      if (found) return found
    }
  }
  return undefined
}
