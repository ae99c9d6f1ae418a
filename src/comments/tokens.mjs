// @ts-check
// Signed tokens, in plain JavaScript so that both the app (through signing.ts) and the
// production server (scripts/serve.mjs, which sets the comment form's clock cookie on cached
// article pages without waking Next) use one implementation.
import { createHmac, timingSafeEqual } from 'node:crypto'

export { FORM_CLOCK_COOKIE, MY_COMMENTS_COOKIE } from '../cookies.mjs'

/** @type {Map<string, Buffer>} */
const keys = new Map()

/**
 * One key per purpose, derived from the deployment's secret, so a token for one use fits no other.
 * @param {string} secret
 * @param {string} purpose
 */
export function purposeKey(secret, purpose) {
  const name = `${purpose}\u0000${secret}`
  let derived = keys.get(name)
  if (!derived) {
    derived = createHmac('sha256', secret).update(`altai:${purpose}`).digest()
    keys.set(name, derived)
  }
  return derived
}

/**
 * @param {string} secret
 * @param {string} purpose
 * @param {string} value
 */
export function signWith(secret, purpose, value) {
  const mac = createHmac('sha256', purposeKey(secret, purpose)).update(value).digest('base64url')
  return `${value}.${mac}`
}

/**
 * @param {string} secret
 * @param {string} purpose
 * @param {string | undefined | null} token
 * @returns {string | null} the signed value, or null when the token is missing or forged
 */
export function verifyWith(secret, purpose, token) {
  if (!token) return null
  const cut = token.lastIndexOf('.')
  if (cut <= 0) return null
  const value = token.slice(0, cut)
  const expected = Buffer.from(signWith(secret, purpose, value))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given) ? value : null
}

/**
 * @param {string} secret
 * @param {number} [now]
 */
export function formClockTokenWith(secret, now = Date.now()) {
  return signWith(secret, 'form-clock', String(now))
}

/** Cookie attributes for the form clock: readable by the server only, a day long. */
export const formClockCookie = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  maxAge: 60 * 60 * 24,
}
