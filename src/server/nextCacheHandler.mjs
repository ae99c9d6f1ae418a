// @ts-check
// Next's incremental cache (rendered pages, `unstable_cache` data, their tags) in Redis, shared by
// every replica: @fortedigital/nextjs-cache-handler's Redis strings handler (decision 018
// says why this package). next.config.mjs names this file as `cacheHandler` only
// when REDIS_URL is set; without it Next keeps its cache on disk in the build folder, as before.
// No local in-memory layer in front of Redis: a purge must be seen by every replica at once.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { sharedRedis } from './redis.mjs'

/**
 * The package's Redis handler for one build: its entries are keyed `altai:next:<build id>:…`, so
 * one build's pages never mix with another's (a rolling deploy runs two builds for a while).
 * @param {import('./redis.mjs').RedisClient} client the process's shared client
 * @param {string | undefined} buildId the build's id as the package reads it (`<distDir>/BUILD_ID`)
 */
function redisHandler(client, buildId) {
  return createRedisHandler({
    client: /** @type {any} */ (client),
    keyPrefix: `altai:next:${buildId}:`,
    timeoutMs: 2000,
  })
}

CacheHandler.onCreation(async ({ buildId }) => {
  const client = await sharedRedis()
  if (!client) throw new Error('nextCacheHandler.mjs is configured only when REDIS_URL is set')
  return { handlers: [redisHandler(client, buildId)] }
})

export default CacheHandler

/**
 * Expires cache tags in Next's shared incremental cache from outside a Next request (the purge
 * fan-out, src/server/purgeFanOut.mjs), through the cache handler package's own handler API:
 * `revalidateTag(tag)` of its redis-strings handler deletes every entry whose tags include `tag`,
 * exactly what the package's `CacheHandler.revalidateTag` does when Next's public `revalidateTag`
 * reaches it at the end of a request. It resolves once Redis has dropped the entries, so the caller
 * can drop the copies made from them next (decision 017). No internal of Next is involved.
 * @param {import('./redis.mjs').RedisClient} client the process's shared client (`sharedRedis()`)
 * @param {string} distDir the build folder Next serves (NEXT_DIST_DIR), whose `BUILD_ID` names the keys
 * @returns {(tags: readonly string[]) => Promise<void>} rejects when Redis does (the fan-out logs it)
 */
export function sharedNextCacheExpiry(client, distDir) {
  let buildId
  try {
    // Read as the package reads it (cache-handler `#configureCacheHandlerInternal`), untrimmed.
    buildId = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8')
  } catch {
    buildId = undefined
  }
  const handler = redisHandler(client, buildId)
  return async (tags) => {
    for (const tag of tags) await handler.revalidateTag(tag)
  }
}
