// @ts-check
// Answers the requests Next would answer badly, before Next sees them: malformed addresses and
// form posts too large to be a comment.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { COMMENT_BODY_MAX } from '../comments/limits.mjs'
import { allLocaleCodes } from '../i18n/localeDefinitions.mjs'
import { commentEndpointPattern, localePrefix } from '../i18n/localePaths.mjs'

/** Next reads at most this much of a server action's body (its default `bodySizeLimit`), in bytes. */
const ACTION_BODY_LIMIT = 1024 * 1024
/** Bytes of a refused body still read (and dropped) so the client gets its 413; beyond, the connection is cut. */
const DRAIN_LIMIT = 8 * 1024 * 1024

/**
 * The guards for one site.
 * @param {object} options
 * @param {string} options.localesDir the `locales/` folder; the 413 text is `locales/<code>/comments.json` `errors.requestTooLarge`
 * @param {readonly string[]} [options.localeCodes] the site's languages (default: src/i18n/localeDefinitions.mjs)
 * @param {number} [options.commentMax] the longest comment in characters, as the 413 text says (default: src/comments/limits.mjs)
 * @returns {{ answerMalformedAddress: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean, answerOversizedPost: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean }}
 *   each returns true when it has answered the request itself
 */
export function createRequestGuards({ localesDir, localeCodes = allLocaleCodes, commentMax = COMMENT_BODY_MAX }) {
  const locale = localePrefix(localeCodes)
  const commentEndpoint = commentEndpointPattern(localeCodes)
  /** @type {Map<string, string>} */
  const tooLargeMessages = new Map()

  return {
    answerMalformedAddress: (request, response) => answerMalformedAddress(request, response, locale),
    answerOversizedPost,
  }

  /**
   * A form post to a reader page larger than any comment could be is refused before it is read,
   * with a 413 in the page's language. (Next would stop reading at its limit but answer 500.)
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  function answerOversizedPost(request, response) {
    if (request.method !== 'POST' || Number(request.headers['content-length'] ?? 0) <= ACTION_BODY_LIMIT) return false
    const language = locale.exec(request.url ?? '/')?.[1]
    if (!language) return false
    let message = tooLargeMessages.get(language)
    if (!message) {
      const strings = JSON.parse(readFileSync(path.join(localesDir, language, 'comments.json'), 'utf8'))
      // The plural form i18next would choose for this number in this language (`requestTooLarge_many`…),
      // written as the comment endpoint writes it (comments/route.ts), so both say the same.
      const form = new Intl.PluralRules(language).select(commentMax)
      message = String(
        findKey(strings, `requestTooLarge_${form}`) ?? findKey(strings, 'requestTooLarge_other'),
      ).replace('{{count}}', String(commentMax))
      tooLargeMessages.set(language, message)
    }
    const wantsJson =
      commentEndpoint.test(request.url ?? '') || String(request.headers['content-type']).includes('json')
    const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
    // A client still sending its body when the connection closes never reads the answer (it sees a
    // broken pipe). So the 413 goes out at once, and a body up to DRAIN_LIMIT is then read and
    // dropped on an open connection; beyond that, the connection is closed after the answer.
    const drain = Number(request.headers['content-length']) <= DRAIN_LIMIT
    response.writeHead(413, {
      // The comment endpoint's own shape of answer (comments/route.ts), or a page in the language.
      'content-type': wantsJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      ...(drain ? {} : { connection: 'close' }),
      'x-content-type-options': 'nosniff',
    })
    response.end(
      wantsJson
        ? JSON.stringify({ error: message })
        : `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>413</title></head><body><main><p>${escaped}</p></main></body></html>`,
    )
    if (drain) request.resume()
    return true
  }
}

/**
 * An address whose percent-encoding is not valid UTF-8 names no page. Next fails to decode it
 * and answers 500; here it gets the answer for a page that does not exist: the API a 400 in
 * JSON, everything else the site's 404, in the language of its first segment when it has one.
 * Returns true when it has answered (otherwise it may have rewritten `request.url`).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {RegExp} locale
 */
function answerMalformedAddress(request, response, locale) {
  const url = request.url ?? '/'
  const cut = url.indexOf('?')
  const pathname = cut < 0 ? url : url.slice(0, cut)
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    if (pathname.startsWith('/api/')) {
      response.writeHead(400, {
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
      })
      response.end(JSON.stringify({ errors: [{ message: 'The address is not valid UTF-8.' }] }))
      return true
    }
    request.url = `${locale.exec(pathname)?.[0].replace(/\/$/, '') ?? ''}/malformed-address`
    return false
  }
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
