import type { SiteT } from '../i18n/translate'
import { commentLimits } from './rules'
import type { SubmissionResult } from './submitComment'

type Invalid = Extract<SubmissionResult, { kind: 'invalid' }>
type Refused = Extract<SubmissionResult, { kind: 'refused' }>

/** Field errors worded for the reader, with the limit each one names: one wording for form and API. */
export function fieldErrorMessages(t: SiteT, errors: Invalid['errors'], body: unknown): Record<string, string> {
  const length = typeof body === 'string' ? [...body.trim()].length : 0
  const messages: Record<string, string> = {}
  for (const [field, code] of Object.entries(errors)) {
    if (!code) continue
    const max = field === 'name' ? commentLimits.nameMax : code === 'tooManyLinks' ? commentLimits.maxLinks : commentLimits.bodyMax
    messages[field] = t(`comments:errors.${code}`, { max, min: commentLimits.bodyMin, length })
  }
  return messages
}

export function refusalMessage(t: SiteT, refusal: Refused): string {
  if (refusal.reason === 'rateLimited') {
    return t('comments:errors.rateLimited', { minutes: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) })
  }
  return t(`comments:errors.${refusal.reason}`)
}
