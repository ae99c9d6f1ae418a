// @ts-check
// Every rule that recognises a language in a URL is built here from a list of codes (by default
// the one list in localeDefinitions.mjs), so a new language, with or without a script subtag
// (`kk-Arab`, `mn-Mong`), reaches the router, the reader edge, the request guards and the proxy.
import { allLocaleCodes } from './localeDefinitions.mjs'

/**
 * The shape of a code we accept: a BCP 47 language, optionally a script and a region
 * (`kk`, `kk-Arab`, `mn-Mong`, `zh-Hant-TW`). Letters, digits and hyphens only, so a code is
 * safe as a URL segment, a cookie value and a folder name.
 */
export const localeCodeShape = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/

/**
 * `en|zh|…`: the codes as a regular-expression alternation (hyphens are literal outside a
 * character class, so no escaping is needed once the shape is checked).
 * @param {readonly string[]} codes
 * @returns {string}
 * @throws {Error} when a code does not have the shape above; the message names the code and the file to fix
 */
export function localeAlternation(codes = allLocaleCodes) {
  for (const code of codes) {
    if (!localeCodeShape.test(code))
      throw new Error(
        `Locale code "${code}" is not a BCP 47 tag like kk or kk-Arab: fix it in src/i18n/localeDefinitions.mjs`,
      )
  }
  return codes.join('|')
}

/**
 * Matches a path under a language (`/kk`, `/kk-Arab/articles/x`) and captures the code;
 * `/kkx` or `/admin` do not match.
 * @param {readonly string[]} [codes]
 * @returns {RegExp}
 */
export function localePrefix(codes = allLocaleCodes) {
  return new RegExp(`^/(${localeAlternation(codes)})(?=/|$)`)
}

/**
 * The segment of each language's pre-rendered 404 page, `/<code>/page-not-found`
 * (`src/app/(frontend)/[locale]/page-not-found/`), which the reader edge sends for every 404.
 */
export const NOT_FOUND_SEGMENT = 'page-not-found'

/**
 * Matches an article page, `/<code>/articles/<slug>` with an optional trailing slash.
 * @param {readonly string[]} [codes]
 * @returns {RegExp}
 */
export function articlePathPattern(codes = allLocaleCodes) {
  return new RegExp(`^/(?:${localeAlternation(codes)})/articles/[a-z0-9-]+/?$`)
}

/**
 * Matches the comment endpoint, `/<code>/comments`, with or without a query string.
 * @param {readonly string[]} [codes]
 * @returns {RegExp}
 */
export function commentEndpointPattern(codes = allLocaleCodes) {
  return new RegExp(`^/(?:${localeAlternation(codes)})/comments/?(?:\\?|$)`)
}

/**
 * What `src/proxy.ts` `config.matcher` must say for these codes. Next reads the matcher
 * statically, so proxy.ts keeps it as a literal; a unit test compares the two.
 * @param {readonly string[]} codes
 * @param {string} myCommentsCookie the cookie that marks a reader with pending comments
 */
export function proxyMatcher(codes, myCommentsCookie) {
  const locale = `:locale(${localeAlternation(codes)})`
  return [
    '/',
    { source: `/${locale}/:path*`, has: [{ type: 'query', key: 'setlang' }] },
    { source: `/${locale}/articles/:slug`, has: [{ type: 'cookie', key: myCommentsCookie }] },
    '/admin',
    '/admin/:path*',
  ]
}
