// @ts-check
// How a purge of cache tags reaches every cache of reader pages (decision 017), in an order that leaves no cache refilled from an older one:
//   1. Next's incremental cache expires the tags: with REDIS_URL the shared cache in Redis, through
//      the cache handler package's API (nextCacheHandler.mjs `sharedNextCacheExpiry`), which covers
//      every replica's Next; without it the one process's cache, which Next's public `revalidateTag`
//      has expired before the fan-out starts (purgeTags runs it in `after()`, src/revalidate/tags.ts);
//   2. this process's reader edge drops the pages carrying them;
//   3. the other replicas are told over Redis pub/sub (channel `altai:purge`); each drops its
//      edge's pages and then purges the front cache itself;
//   4. the front cache (Varnish, FRONT_CACHE_PURGE_URL) drops them: `PURGE` with `xkey-purge`.
// Because every replica purges the front after its own edge has dropped the pages, the last purge
// the front receives comes after every edge dropped them: the front cannot keep a copy it fetched
// from an edge that had not heard yet.
import { randomUUID } from 'node:crypto'

export const PURGE_CHANNEL = 'altai:purge'

/**
 * @param {object} options
 * @param {(tags: string[]) => void} options.dropLocal drops this process's pages carrying the tags (the reader edge)
 * @param {(tags: string[]) => Promise<void>} options.expireNext expires the tags in Next's incremental cache (a no-op where Next's own `revalidateTag` did it)
 * @param {import('./redis.mjs').RedisClient | null} options.redis the shared client, or null (one process: no pub/sub)
 * @param {string | undefined} options.frontPurgeUrl where the front cache takes `PURGE` requests, or undefined (no front)
 * @param {(message: string, error?: unknown) => void} [options.log]
 * @returns {Promise<{ purge: (tags: readonly string[]) => Promise<void>, close: () => Promise<void> }>}
 *   `purge` resolves once this process's caches dropped the pages and the others were told; it never rejects (failures are logged)
 */
export async function createPurgeFanOut({
  dropLocal,
  expireNext,
  redis,
  frontPurgeUrl,
  log = (message, error) => console.error(message, error ?? ''),
}) {
  const self = randomUUID()

  /** @param {string[]} tags */
  async function purgeFront(tags) {
    if (!frontPurgeUrl) return
    try {
      const response = await fetch(frontPurgeUrl, {
        method: 'PURGE',
        headers: { 'xkey-purge': tags.join(' ') },
        signal: AbortSignal.timeout(2000),
      })
      await response.arrayBuffer()
      if (!response.ok) log(`front cache refused the purge of ${tags.join(' ')}: ${response.status}`)
    } catch (error) {
      log(`front cache purge of ${tags.join(' ')} failed`, error)
    }
  }

  /** @type {import('./redis.mjs').RedisClient | null} */
  let subscriber = null
  if (redis) {
    subscriber = redis.duplicate()
    subscriber.on('error', () => {})
    await subscriber.connect()
    await subscriber.subscribe(PURGE_CHANNEL, (message) => {
      /** @type {{ from?: string, tags?: unknown }} */
      let parsed
      try {
        parsed = JSON.parse(message)
      } catch {
        return
      }
      if (parsed.from === self || !Array.isArray(parsed.tags)) return
      const tags = parsed.tags.filter((tag) => typeof tag === 'string')
      dropLocal(tags)
      void purgeFront(tags)
    })
  }

  return {
    async purge(given) {
      const tags = [...new Set(given)]
      if (tags.length === 0) return
      try {
        await expireNext(tags)
      } catch (error) {
        log(`Next's cache could not expire ${tags.join(' ')}`, error)
      }
      dropLocal(tags)
      if (redis) {
        try {
          await redis.publish(PURGE_CHANNEL, JSON.stringify({ from: self, tags }))
        } catch (error) {
          log(`other replicas could not be told to purge ${tags.join(' ')}`, error)
        }
      }
      await purgeFront(tags)
    },
    async close() {
      await subscriber?.quit().catch(() => {})
    },
  }
}
