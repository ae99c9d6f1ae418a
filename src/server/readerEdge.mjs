// @ts-check
// The reader edge: what a caching reverse proxy in front of the site would do, in the server
// process itself (decision 006). It composes three jobs for reader pages (/<locale>/…):
// capturing Next's response (captureResponse.mjs), the page cache (pageCache.mjs) and the
// reader page: Next's scripts taken out (plain HTML, decision 013), CSP, clock cookie,
// compression (readerHeaders.mjs).
import { allLocaleCodes } from '../i18n/localeDefinitions.mjs'
import { articlePathPattern, localePrefix } from '../i18n/localePaths.mjs'
import { MY_COMMENTS_COOKIE } from '../cookies.mjs'
import { captureResponse } from './captureResponse.mjs'
import { EDGE_REGISTRY } from './edgeRegistry.mjs'
import { createPageCache } from './pageCache.mjs'
import { clockCookie, readerPage, sendPage } from './readerHeaders.mjs'

/** Next's draft-mode cookies: an editor previewing a draft. */
const draftCookies = '__prerender_bypass|__next_preview_data'

/** Next's client router asks for other representations of the same URL with these headers. */
const routerHeaders = ['rsc', 'next-action', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']

/**
 * @param {object} options
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} options.handle Next's request handler
 * @param {string} options.secret PAYLOAD_SECRET, for the clock cookie
 * @param {boolean} options.secureCookies env `secureCookies`
 * @param {readonly string[]} [options.localeCodes] the site's languages (default: src/i18n/localeDefinitions.mjs)
 * @param {number} [options.freshMs] how long (ms) a stored page is served before Next is asked again (revalidation clears it at once)
 * @param {number} [options.maxEntries] pages kept at most
 * @returns {{ handles: (req: import('node:http').IncomingMessage) => boolean, serve: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>, invalidate: () => void, counts: Record<'hit' | 'stale' | 'miss' | 'bypass', number> }}
 *   `handles` says whether a request is a reader page's; `serve` answers it; `invalidate` drops every stored page
 */
export function createReaderEdge({ handle, secret, secureCookies, localeCodes = allLocaleCodes, freshMs, maxEntries }) {
  const readerPath = localePrefix(localeCodes)
  const articlePath = articlePathPattern(localeCodes)
  /** A reader with pending comments, or an editor previewing a draft, gets the page rendered for them. */
  const personalCookies = new RegExp(`(?:^|;\\s*)(?:${MY_COMMENTS_COOKIE}|${draftCookies})=`)
  /** The draft preview keeps Next's full runtime (Payload's live preview); every other reader page is plain HTML. */
  const draftPreview = new RegExp(`(?:^|;\\s*)(?:${draftCookies})=`)
  const cache = createPageCache({ freshMs, maxEntries })
  const counts = { hit: 0, stale: 0, miss: 0, bypass: 0 }

  // @ts-expect-error a process-wide registry keyed by a global symbol
  globalThis[EDGE_REGISTRY] = { invalidate: cache.invalidate, counts, size: cache.size }

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
    const extraCookie = readOnly && articlePath.test(pathname) ? clockCookie(secret, secureCookies) : undefined
    const cacheable =
      readOnly && cut < 0 && !personalCookies.test(String(req.headers.cookie ?? '')) && !routerHeaders.some((name) => name in req.headers)

    if (cacheable) {
      const found = await cache.find(pathname)
      if (found) {
        counts[found.state === 'HIT' ? 'hit' : 'stale'] += 1
        return sendPage(req, res, found.page, { acceptEncoding, extraCookie, state: found.state })
      }
    }

    counts[cacheable ? 'miss' : 'bypass'] += 1
    // Next's own compression is skipped here: the edge compresses once per stored page instead.
    delete req.headers['accept-encoding']
    const keepScripts = draftPreview.test(String(req.headers.cookie ?? ''))
    const fetching = captureResponse(handle, req, res).then((response) => readerPage(response, { keepScripts }))
    if (cacheable && req.method === 'GET') cache.fill(pathname, fetching)
    const page = await fetching
    return sendPage(req, res, page, { acceptEncoding, extraCookie, state: cacheable ? 'MISS' : 'BYPASS' })
  }

  return { handles, serve, invalidate: cache.invalidate, counts }
}
