import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { sharedRedis } from '@/server/redis.mjs'

/**
 * Per-IP and per-email limits. With REDIS_URL set, counted in Redis (rate-limiter-flexible's
 * RateLimiterRedis: one atomic increment per attempt), so the limit is exact across every
 * replica; if Redis cannot be reached, each process falls back to counting in its own memory
 * (the limiter's insurance) rather than refusing every reader. Without REDIS_URL, counted in this
 * process's memory, where `consume` is synchronous, so a burst of concurrent submissions gets
 * exactly the allowed number through.
 */
const limiters = new Map<string, Promise<RateLimiterAbstract>>()
const inMemory = new Map<string, RateLimiterMemory>()

function limiter(kind: 'ip' | 'email', points: number, duration: number): Promise<RateLimiterAbstract> {
  const name = `${kind}:${points}:${duration}`
  let found = limiters.get(name)
  if (!found) {
    found = (async () => {
      let memory = inMemory.get(name)
      if (!memory) inMemory.set(name, (memory = new RateLimiterMemory({ keyPrefix: name, points, duration })))
      const redis = await sharedRedis().catch(() => {
        // Redis is set but not reachable yet: count in memory for now, and try Redis again next time.
        limiters.delete(name)
        return null
      })
      if (!redis) return memory
      return new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        keyPrefix: `altai:rate:${name}`,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    })()
    limiters.set(name, found)
  }
  return found
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; by: 'ip' | 'email' }

/**
 * Counts one comment against the reader's address and email.
 * @param limits the counts configured in the comment rules (per IP per 10 minutes, per email per hour)
 * @returns allowed, or refused with the seconds until the next attempt can pass and which limit refused it
 */
export async function consumeCommentAllowance(
  keys: { ipHash: string; email: string },
  limits: { perIpPer10Minutes: number; perEmailPerHour: number },
): Promise<RateVerdict> {
  try {
    await (await limiter('ip', limits.perIpPer10Minutes, 600)).consume(keys.ipHash)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000), by: 'ip' }
    throw rejection
  }
  try {
    await (await limiter('email', limits.perEmailPerHour, 3600)).consume(keys.email)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000), by: 'email' }
    throw rejection
  }
  return { allowed: true }
}

/** Privacy-link requests: a few per address an hour, so the form cannot be used to flood an inbox. */
export async function consumePrivacyAllowance(key: string): Promise<boolean> {
  try {
    await (await limiter('email', 3, 3600)).consume(`privacy:${key}`)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false
    throw rejection
  }
}
