import { createHmac } from 'node:crypto'

import { env } from '@/env'
import {
  FORM_CLOCK_COOKIE,
  formClockTokenWith,
  MY_COMMENTS_COOKIE,
  purposeKey,
  signWith,
  verifyWith,
} from './tokens.mjs'

export { FORM_CLOCK_COOKIE, MY_COMMENTS_COOKIE }

export function sign(purpose: string, value: string): string {
  return signWith(env.PAYLOAD_SECRET, purpose, value)
}

export function verify(purpose: string, token: string | undefined | null): string | null {
  return verifyWith(env.PAYLOAD_SECRET, purpose, token)
}

/** IP addresses are never stored: only a keyed hash, enough to rate-limit and spot repeat abuse. */
export function hashIp(ip: string): string {
  return createHmac('sha256', purposeKey(env.PAYLOAD_SECRET, 'ip'))
    .update(ip.trim().toLowerCase())
    .digest('hex')
    .slice(0, 32)
}

export function formClockToken(now = Date.now()): string {
  return formClockTokenWith(env.PAYLOAD_SECRET, now)
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
