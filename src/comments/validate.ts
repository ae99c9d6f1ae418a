import { z } from 'zod'

import { isLocale, type Locale } from '../i18n/locales'
import { type CommentField, commentLimits, countLinks } from './rules'

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
  | { ok: true; value: CommentInput }
  | { ok: false; errors: Partial<Record<CommentField, CommentErrorCode>> }

const emailSchema = z.email()

/** Strips what no reader types on purpose: NUL and other control characters, trailing spaces. */
export function cleanText(value: unknown, { multiline = false } = {}): string {
  const text = typeof value === 'string' ? value : ''
  const controls = multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(controls, '').trim()
}

/**
 * Checks a reader's comment the same way for the JavaScript and the plain-form path. Returns
 * error codes per field (the page words them in the reader's language), never throws.
 */
export function validateComment(raw: Record<string, unknown>): ValidationResult {
  const name = cleanText(raw.name)
  const email = cleanText(raw.email).toLowerCase()
  const website = cleanText(raw.website)
  const body = cleanText(raw.body, { multiline: true })
  const language = cleanText(raw.language)
  const errors: Partial<Record<CommentField, CommentErrorCode>> = {}

  if (!name) errors.name = 'nameRequired'
  else if ([...name].length > commentLimits.nameMax) errors.name = 'nameTooLong'

  if (!email) errors.email = 'emailRequired'
  else if (email.length > commentLimits.emailMax || !emailSchema.safeParse(email).success) errors.email = 'emailInvalid'

  if (website) {
    let valid = false
    try {
      const url = new URL(website)
      valid = (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname) && website.length <= commentLimits.websiteMax
    } catch {
      valid = false
    }
    if (!valid) errors.website = 'websiteInvalid'
  }

  const length = [...body].length
  if (!body) errors.body = 'bodyRequired'
  else if (length < commentLimits.bodyMin) errors.body = 'bodyTooShort'
  else if (length > commentLimits.bodyMax) errors.body = 'bodyTooLong'
  else if (countLinks(body) > commentLimits.maxLinks) errors.body = 'tooManyLinks'

  if (!isLocale(language)) errors.language = 'languageInvalid'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const notify = raw.notify === true || raw.notify === 'on' || raw.notify === 'true'
  return { ok: true, value: { name, email, website, body, language: language as Locale, notify } }
}
