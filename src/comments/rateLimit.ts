import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Per-IP and per-email limits, kept in this process's memory: `consume` is synchronous inside
 * one Node process, so a burst of concurrent submissions gets exactly the allowed number through.
 * The site runs as one server process (`scripts/serve.mjs`); behind several processes the limit applies per process.
 */
const limiters = new Map<string, RateLimiterMemory>()

function limiter(kind: 'ip' | 'email', points: number, duration: number): RateLimiterMemory {
  const name = `${kind}:${points}:${duration}`
  let found = limiters.get(name)
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: name, points, duration })
    limiters.set(name, found)
  }
  return found
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; by: 'ip' | 'email' }

export async function consumeCommentAllowance(
  keys: { ipHash: string; email: string },
  limits: { perIpPer10Minutes: number; perEmailPerHour: number },
): Promise<RateVerdict> {
  try {
    await limiter('ip', limits.perIpPer10Minutes, 600).consume(keys.ipHash)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000), by: 'ip' }
    throw rejection
  }
  try {
    await limiter('email', limits.perEmailPerHour, 3600).consume(keys.email)
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
    await limiter('email', 3, 3600).consume(`privacy:${key}`)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false
    throw rejection
  }
}
