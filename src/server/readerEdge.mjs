// @ts-check
// The reader edge: what a caching reverse proxy in front of the site would do, in the server
// process itself (decision 006). It composes three jobs for reader pages (/<locale>/…):
// capturing Next's response (captureResponse.mjs), the page cache (pageCache.mjs) and the
// reader page: Next's scripts taken out (plain HTML, decision 013), CSP, clock cookie,
// compression (readerHeaders.mjs).
import { allLocaleCodes, defaultLocaleCode } from '../i18n/localeDefinitions.mjs'
import { articlePathPattern, localeAlternation, localePrefix, NOT_FOUND_SEGMENT } from '../i18n/localePaths.mjs'
import { MY_COMMENTS_COOKIE } from '../cookies.mjs'
import { captureResponse } from './captureResponse.mjs'
import { EDGE_REGISTRY } from './edgeRegistry.mjs'
import { internalGet } from './internalRequest.mjs'
import { createPageCache } from './pageCache.mjs'
import { clockCookie, readerPage, sendPage } from './readerHeaders.mjs'

/** Next's draft-mode cookies: an editor previewing a draft. */
const draftCookies = '__prerender_bypass|__next_preview_data'

/** Paths that are not reader pages nor in any language: the admin, API, Next's own, `/` (negotiated) and files. */
const ownedElsewhere = /^\/(?:admin|api|next|_next)(?:\/|$)|^\/$|\.[A-Za-z0-9]+$/

/** Next's client router asks for other representations of the same URL with these headers. */
const routerHeaders = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
]

/**
 * @param {object} options
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} options.handle Next's request handler
 * @param {string} options.secret PAYLOAD_SECRET, for the clock cookie
 * @param {boolean} options.secureCookies env `secureCookies`
 * @param {readonly string[]} [options.localeCodes] the site's languages (default: src/i18n/localeDefinitions.mjs)
 * @param {number} [options.freshMs] how long (ms) a stored page is served before Next is asked again (revalidation clears it at once)
 * @param {number} [options.maxEntries] pages kept at most
 * @param {boolean} [options.tagsHeader] send each page's cache tags in an `xkey` header (a front cache runs: FRONT_CACHE_PURGE_URL)
 * @param {(tags: readonly string[]) => Promise<void>} [options.purgeEverywhere] what the app's purges call (src/server/edgeRegistry.mjs): default, this edge's `purge` alone
 * @returns {{ handles: (req: import('node:http').IncomingMessage) => boolean, serve: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>, invalidate: () => void, purge: (tags: readonly string[]) => void, counts: Record<'hit' | 'stale' | 'miss' | 'bypass', number> }}
 *   `handles` says whether a request is the edge's (a reader page, or an address in no language of the site); `serve` answers it; `invalidate` drops every stored page; `purge` the pages carrying one of the tags
 */
export function createReaderEdge({
  handle,
  secret,
  secureCookies,
  localeCodes = allLocaleCodes,
  freshMs,
  maxEntries,
  tagsHeader = false,
  purgeEverywhere,
}) {
  const readerPath = localePrefix(localeCodes)
  const articlePath = articlePathPattern(localeCodes)
  /** A reader with pending comments, or an editor previewing a draft, gets the page rendered for them. */
  const personalCookies = new RegExp(`(?:^|;\\s*)(?:${MY_COMMENTS_COOKIE}|${draftCookies})=`)
  /** The draft preview keeps Next's full runtime (Payload's live preview); every other reader page is plain HTML. */
  const draftPreview = new RegExp(`(?:^|;\\s*)(?:${draftCookies})=`)
  const cache = createPageCache({ freshMs, maxEntries })
  const counts = { hit: 0, stale: 0, miss: 0, bypass: 0 }

  /** @type {import('./edgeRegistry.mjs').EdgeRegistry} */
  const registry = {
    purge: purgeEverywhere ?? (async (tags) => cache.purge(tags)),
    counts,
    size: cache.size,
  }
  // @ts-expect-error a process-wide registry keyed by a global symbol
  globalThis[EDGE_REGISTRY] = registry

  const notFoundPath = new RegExp(`^/(?:${localeAlternation(localeCodes)})/${NOT_FOUND_SEGMENT}/?$`)

  /**
   * A reader page, or an address in no language of the site (`/xx/…`, whose 404 the edge completes).
   * @param {import('node:http').IncomingMessage} req
   */
  function handles(req) {
    const url = req.url ?? '/'
    const cut = url.indexOf('?')
    const pathname = cut < 0 ? url : url.slice(0, cut)
    return readerPath.test(pathname) || !ownedElsewhere.test(pathname)
  }

  /**
   * The pre-rendered, plain 404 page of a language, from the page cache or fetched from Next.
   * @param {string} locale
   * @param {import('node:http').IncomingMessage} req
   */
  async function notFoundPage(locale, req) {
    const path = `/${locale}/${NOT_FOUND_SEGMENT}`
    const found = await cache.find(path)
    if (found) return found.page
    const fetching = internalGet(handle, path, req).then((response) => readerPage(response, { keepScripts: false }))
    cache.fill(path, fetching)
    return fetching
  }

  /**
   * Next answers a `notFound()` of a dynamic route with an empty shell that its client runtime
   * fills; the reader gets the language's complete 404 page instead, with status 404 and Next's
   * own cache headers and cookies. Null for any other response, or when that page is unavailable.
   * @param {import('./captureResponse.mjs').CapturedResponse} response
   * @param {string} locale
   * @param {import('node:http').IncomingMessage} req
   * @returns {Promise<import('./pageCache.mjs').Page | null>}
   */
  async function completeNotFound(response, locale, req) {
    if (response.status !== 404 || !String(response.headers['content-type'] ?? '').startsWith('text/html')) return null
    const page = await notFoundPage(locale, req)
    if (page.status !== 200) return null
    /** @type {Record<string, string | string[]>} */
    const headers = {
      ...page.headers,
      'cache-control': String(
        response.headers['cache-control'] ?? 'private, no-cache, no-store, max-age=0, must-revalidate',
      ),
    }
    delete headers.etag
    delete headers['set-cookie']
    if (response.headers['set-cookie']) headers['set-cookie'] = response.headers['set-cookie']
    return { ...page, headers, status: 404, nextCache: undefined }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    const url = req.url ?? '/'
    const cut = url.indexOf('?')
    const pathname = cut < 0 ? url : url.slice(0, cut)
    const locale = readerPath.exec(pathname)?.[1]
    if (!locale) return serveInNoLanguage(req, res)
    // Each language's 404 page answers 404 at its own address too.
    const send = notFoundPath.test(pathname)
      ? (/** @type {import('./pageCache.mjs').Page} */ page) => ({ ...page, status: 404 })
      : (/** @type {import('./pageCache.mjs').Page} */ page) => page
    const readOnly = req.method === 'GET' || req.method === 'HEAD'
    const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
    const extraCookie = readOnly && articlePath.test(pathname) ? clockCookie(secret, secureCookies) : undefined
    const cacheable =
      readOnly &&
      cut < 0 &&
      !personalCookies.test(String(req.headers.cookie ?? '')) &&
      !routerHeaders.some((name) => name in req.headers)

    if (cacheable) {
      const found = await cache.find(pathname)
      if (found) {
        counts[found.state === 'HIT' ? 'hit' : 'stale'] += 1
        return sendPage(req, res, send(found.page), { acceptEncoding, extraCookie, state: found.state, tagsHeader })
      }
    }

    counts[cacheable ? 'miss' : 'bypass'] += 1
    // Next's own compression is skipped here: the edge compresses once per stored page instead.
    delete req.headers['accept-encoding']
    const keepScripts = draftPreview.test(String(req.headers.cookie ?? ''))
    // The 404 page itself is never completed with itself (its fetch would wait for its own fetch).
    const completes = !keepScripts && !notFoundPath.test(pathname)
    const fetching = captureResponse(handle, req, res).then(
      async (response) =>
        (completes ? await completeNotFound(response, locale, req) : null) ?? readerPage(response, { keepScripts }),
    )
    if (cacheable && req.method === 'GET') cache.fill(pathname, fetching)
    const page = await fetching
    return sendPage(req, res, send(page), {
      acceptEncoding,
      extraCookie,
      state: cacheable ? 'MISS' : 'BYPASS',
      tagsHeader,
    })
  }

  /**
   * An address in no language of the site (`/xx/…`): Next's answer as it is, except that its 404
   * becomes the default language's complete 404 page.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serveInNoLanguage(req, res) {
    counts.bypass += 1
    const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
    delete req.headers['accept-encoding']
    const response = await captureResponse(handle, req, res)
    const page = (await completeNotFound(response, defaultLocaleCode, req)) ?? {
      ...response,
      policy: undefined,
      storedAt: Date.now(),
      tags: [],
    }
    return sendPage(req, res, page, { acceptEncoding, extraCookie: undefined, state: 'BYPASS' })
  }

  return { handles, serve, invalidate: cache.invalidate, purge: cache.purge, counts }
}
