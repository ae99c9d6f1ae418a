import { z } from 'zod'

import { isLocale, type Locale } from '@/i18n/locales'
import { countLinks } from './links'
import { type CommentField, commentLimits } from './rules'

export type CommentErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'websiteInvalid'
  | 'bodyRequired'
  | 'bodyTooShort'
  | 'bodyTooLong'
  | 'tooManyLinks'
  | 'languageInvalid'

export type CommentInput = {
  name: string
  email: string
  website: string
  body: string
  language: Locale
  notify: boolean
}

export type ValidationResult =
  { ok: true; value: CommentInput } | { ok: false; errors: Partial<Record<CommentField, CommentErrorCode>> }

const emailSchema = z.email()

/** Direction overrides, embeddings and isolates: in a one-line field they reorder the text shown after it. */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * Strips what no reader types on purpose: NUL and other control characters, half of a broken
 * character pair (made a visible U+FFFD, as a browser would), surrounding spaces, and in one-line
 * fields the direction controls.
 */
export function cleanText(value: unknown, { multiline = false } = {}): string {
  const text = typeof value === 'string' ? value : ''
  const controls = multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g
  const cleaned = text.toWellFormed().normalize('NFC').replace(/\r\n?/g, '\n').replace(controls, '')
  return (multiline ? cleaned : cleaned.replace(bidiControls, '')).trim()
}

/** Something a reader can see: not only spaces, zero-width or formatting characters, or lone marks. */
const visibleCharacter = /[^\s\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u

/**
 * Checks a reader's comment the same way for the JavaScript and the plain-form path. Returns
 * error codes per field (the page words them in the reader's language), never throws.
 */
export function validateComment(input: unknown): ValidationResult {
  const raw: Record<string, unknown> =
    input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {}
  const name = cleanText(raw.name)
  const email = cleanText(raw.email).toLowerCase()
  const website = cleanText(raw.website)
  const body = cleanText(raw.body, { multiline: true })
  const language = cleanText(raw.language)
  const errors: Partial<Record<CommentField, CommentErrorCode>> = {}

  if (!visibleCharacter.test(name)) errors.name = 'nameRequired'
  else if ([...name].length > commentLimits.nameMax) errors.name = 'nameTooLong'

  if (!email) errors.email = 'emailRequired'
  else if (email.length > commentLimits.emailMax || !emailSchema.safeParse(email).success) errors.email = 'emailInvalid'

  if (website) {
    let valid = false
    try {
      const url = new URL(website)
      valid =
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        Boolean(url.hostname) &&
        website.length <= commentLimits.websiteMax
    } catch {
      valid = false
    }
    if (!valid) errors.website = 'websiteInvalid'
  }

  const length = [...body].length
  if (!visibleCharacter.test(body)) errors.body = 'bodyRequired'
  else if (length < commentLimits.bodyMin) errors.body = 'bodyTooShort'
  else if (length > commentLimits.bodyMax) errors.body = 'bodyTooLong'
  else if (countLinks(body) > commentLimits.maxLinks) errors.body = 'tooManyLinks'

  if (!isLocale(language)) errors.language = 'languageInvalid'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const notify = raw.notify === true || raw.notify === 'on' || raw.notify === 'true'
  return { ok: true, value: { name, email, website, body, language: language as Locale, notify } }
}
