import type { SiteT } from '@/i18n/translate'
import { commentLimits } from './rules'
import type { SubmissionResult } from './submitComment'
import type { CommentErrorCode } from './validate'

type Invalid = Extract<SubmissionResult, { kind: 'invalid' }>
type Refused = Extract<SubmissionResult, { kind: 'refused' }>

/** The number a field error names (`count` of its plural forms in locales/<lng>/comments.json), if any. */
const limitNamed: Partial<Record<CommentErrorCode, number>> = {
  nameTooLong: commentLimits.nameMax,
  bodyTooShort: commentLimits.bodyMin,
  bodyTooLong: commentLimits.bodyMax,
  tooManyLinks: commentLimits.maxLinks,
}

/**
 * Field errors worded for the reader, with the limit each one names as an i18next `count` (so
 * each language picks its plural form): one wording for the form and the JSON endpoint.
 * `body` is the text as sent, for "yours has N characters". Returns field → message.
 */
export function fieldErrorMessages(t: SiteT, errors: Invalid['errors'], body: unknown): Record<string, string> {
  const length = typeof body === 'string' ? [...body.trim()].length : 0
  const messages: Record<string, string> = {}
  for (const [field, code] of Object.entries(errors)) {
    if (!code) continue
    const count = limitNamed[code]
    messages[field] =
      count === undefined ? t(`comments:errors.${code}`) : t(`comments:errors.${code}`, { count, length })
  }
  return messages
}

/** A refusal worded for the reader; a rate limit names the whole minutes to wait (at least 1) in the language's plural form. */
export function refusalMessage(t: SiteT, refusal: Refused): string {
  if (refusal.reason === 'rateLimited') {
    return t('comments:errors.rateLimited', { count: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) })
  }
  return t(`comments:errors.${refusal.reason}`)
}
