import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../env'

const keys = new Map<string, Buffer>()

/** One key per purpose, derived from the deployment's secret, so a token for one use fits no other. */
function key(purpose: string): Buffer {
  const secret = env.PAYLOAD_SECRET
  const name = `${purpose}\u0000${secret}`
  let derived = keys.get(name)
  if (!derived) {
    derived = createHmac('sha256', secret).update(`altai:${purpose}`).digest()
    keys.set(name, derived)
  }
  return derived
}

export function sign(purpose: string, value: string): string {
  const mac = createHmac('sha256', key(purpose)).update(value).digest('base64url')
  return `${value}.${mac}`
}

export function verify(purpose: string, token: string | undefined | null): string | null {
  if (!token) return null
  const cut = token.lastIndexOf('.')
  if (cut <= 0) return null
  const value = token.slice(0, cut)
  const expected = Buffer.from(sign(purpose, value))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given) ? value : null
}

/** IP addresses are never stored: only a keyed hash, enough to rate-limit and spot repeat abuse. */
export function hashIp(ip: string): string {
  return createHmac('sha256', key('ip')).update(ip.trim().toLowerCase()).digest('hex').slice(0, 32)
}

/** The cookie set when an article page is opened: when the reader started reading. */
export const FORM_CLOCK_COOKIE = 'altai_opened'
/** The comment ids this browser wrote and may see while they are pending. */
export const MY_COMMENTS_COOKIE = 'altai_mine'

export function formClockToken(now = Date.now()): string {
  return sign('form-clock', String(now))
}

export function secondsSinceOpened(token: string | undefined, now = Date.now()): number | null {
  const value = verify('form-clock', token)
  if (!value || !/^\d{10,14}$/.test(value)) return null
  return (now - Number(value)) / 1000
}

export function myCommentsToken(ids: (number | string)[]): string {
  return sign('mine', ids.slice(-20).join('-'))
}

export function myCommentIds(token: string | undefined): string[] {
  const value = verify('mine', token)
  return value ? value.split('-').filter((id) => /^[\w]+$/.test(id)) : []
}
