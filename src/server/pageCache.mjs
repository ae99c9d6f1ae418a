// @ts-check
// The reader edge's page store: what is kept (publicly cacheable 200s), for how long, what an
// expired page does while it is fetched again (served stale), how concurrent misses share one
// fetch, and eviction. Knows nothing about HTTP requests; readerEdge.mjs decides what to ask.

/**
 * @typedef {import('./captureResponse.mjs').CapturedResponse & {
 *   policy: string | undefined,
 *   storedAt: number,
 *   tags: string[],
 *   gzip?: Buffer,
 *   br?: Buffer,
 * }} Page  a captured response with its CSP (`policy`, HTML only), the time it was fetched (ms since epoch), the cache tags the page declared (src/server/cacheTagsMarker.mjs) and compressed copies made on demand
 */

/**
 * True when Next marked the response publicly cacheable: a 200 under 4 MB with `s-maxage` and
 * neither `private` nor `no-store` (decision 006).
 * @param {Page} page
 */
export function isPublicPage(page) {
  const cacheControl = String(page.headers['cache-control'] ?? '')
  return (
    page.status === 200 &&
    page.body.length < 4_000_000 &&
    /s-maxage=\d/.test(cacheControl) &&
    !/private|no-store/.test(cacheControl)
  )
}

/**
 * @param {object} [options]
 * @param {number} [options.freshMs] how long (ms) a stored page is served before it is fetched again; `invalidate()` drops it at once
 * @param {number} [options.maxEntries] pages kept at most; the oldest stored goes first
 */
export function createPageCache({ freshMs = 10_000, maxEntries = 2000 } = {}) {
  /** @type {Map<string, Page>} */
  const pages = new Map()
  /** @type {Map<string, Promise<Page | null>>} */
  const filling = new Map()
  let generation = 0
  /** Counts purges; each tag remembers the count at its last purge, so a fetch that began before it is not kept. */
  let purges = 0
  /** @type {Map<string, number>} */
  const lastPurge = new Map()

  /**
   * What the cache can answer for a path: a fresh page (HIT), an expired one while a fetch is
   * under way (STALE), the result of a fetch in flight (HIT), or null (the caller fetches).
   * @param {string} pathname
   * @returns {Promise<{ page: Page, state: 'HIT' | 'STALE' } | null>}
   */
  async function find(pathname) {
    const stored = pages.get(pathname)
    const fresh = stored !== undefined && Date.now() - stored.storedAt < freshMs
    if (stored && (fresh || filling.has(pathname))) return { page: stored, state: fresh ? 'HIT' : 'STALE' }
    const pending = filling.get(pathname)
    const page = pending ? await pending : null
    return page ? { page, state: 'HIT' } : null
  }

  /**
   * Offers a fetch of this path: its page is kept when it is public and no `invalidate()`
   * happened meanwhile. Concurrent requests wait for it through `find`. A second offer for a
   * path already being fetched is ignored; a failed fetch keeps nothing.
   * @param {string} pathname
   * @param {Promise<Page>} fetching
   */
  function fill(pathname, fetching) {
    if (filling.has(pathname)) return
    const started = generation
    const purgesBefore = purges
    const purgedSince = (/** @type {Page} */ page) => page.tags.some((tag) => (lastPurge.get(tag) ?? 0) > purgesBefore)
    const storing = fetching.then((page) => (isPublicPage(page) ? page : null)).catch(() => null)
    filling.set(pathname, storing)
    storing.then((page) => {
      filling.delete(pathname)
      if (!page || started !== generation || purgedSince(page)) return
      if (pages.size >= maxEntries) pages.delete(pages.keys().next().value ?? '')
      pages.set(pathname, page)
    })
  }

  /** Drops every stored page and discards fetches under way. */
  function invalidate() {
    generation += 1
    pages.clear()
    lastPurge.clear()
  }

  /**
   * Drops exactly the stored pages carrying one of `tags` (an edit, publication or moderation
   * changed what they show), and keeps no page carrying one from a fetch that began before now.
   * Pages that declared no tags stay until they expire (`freshMs`).
   * @param {readonly string[]} tags
   */
  function purge(tags) {
    if (tags.length === 0) return
    purges += 1
    // The memory of past purges is bounded: past 10,000 tags it is cleared, and so are the fetches under way.
    if (lastPurge.size > 10_000) invalidate()
    for (const tag of tags) lastPurge.set(tag, purges)
    const purged = new Set(tags)
    for (const [pathname, page] of pages) if (page.tags.some((tag) => purged.has(tag))) pages.delete(pathname)
  }

  return { find, fill, invalidate, purge, size: () => pages.size }
}
