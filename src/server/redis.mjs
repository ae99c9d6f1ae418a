// @ts-check
// The one Redis connection of a process, shared by the server layer (purge fan-out) and the app
// (rate limits, moderator digest, through src/ imports; `redis` is a server external package, so
// both load the same module and meet through a global symbol). Only when REDIS_URL is set: without
// it everything stays in the process, as the quick start runs.
import { createClient } from 'redis'

import { currentEnv } from '../envSchema.mjs'

const SHARED = Symbol.for('altai.redis')

/** @typedef {ReturnType<typeof newClient>} RedisClient */

/** @param {string} url */
const newClient = (url) => createClient({ url, socket: { connectTimeout: 5000 } })

/**
 * The process's connected Redis client, or null when REDIS_URL is not set. Connects on first use;
 * node-redis reconnects by itself after a lost connection (commands then fail until it is back,
 * and each caller decides what that means: the rate limiter falls back to memory, a purge is logged).
 * @returns {Promise<RedisClient | null>}
 * @throws when the first connection cannot be made (the caller's request fails; the next call tries again)
 */
export function sharedRedis() {
  const url = currentEnv().REDIS_URL
  if (!url) return Promise.resolve(null)
  /** @type {{ [SHARED]?: Promise<RedisClient> }} */
  const store = /** @type {any} */ (globalThis)
  if (!store[SHARED]) {
    const client = newClient(url)
    let reported = false
    client.on('error', (error) => {
      // Once per outage, not once per reconnection attempt.
      if (!reported) console.error(`Redis (${url.replace(/\/\/[^@/]*@/, '//…@')}): ${error.message}`)
      reported = true
    })
    client.on('ready', () => {
      reported = false
    })
    store[SHARED] = client.connect().catch((error) => {
      delete store[SHARED]
      throw error
    })
  }
  return /** @type {Promise<RedisClient>} */ (store[SHARED])
}
