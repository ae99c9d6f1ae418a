// @ts-check
// Next's incremental cache (rendered pages, `unstable_cache` data, their tags) in Redis, shared by
// every replica: @fortedigital/nextjs-cache-handler's Redis strings handler (decision 018
// says why this package). next.config.mjs names this file as `cacheHandler` only
// when REDIS_URL is set; without it Next keeps its cache on disk in the build folder, as before.
// No local in-memory layer in front of Redis: a purge must be seen by every replica at once.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { sharedRedis } from './redis.mjs'

CacheHandler.onCreation(async ({ buildId }) => {
  const client = await sharedRedis()
  if (!client) throw new Error('nextCacheHandler.mjs is configured only when REDIS_URL is set')
  return {
    // One build's pages never mix with another's (a rolling deploy runs two builds for a while).
    handlers: [
      createRedisHandler({
        client: /** @type {any} */ (client),
        keyPrefix: `altai:next:${buildId}:`,
        timeoutMs: 2000,
      }),
    ],
  }
})

export default CacheHandler
