import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'

/**
 * Each spam check's name, in the order of `checkNames` in src/comments/checks.ts, with the admin
 * message that names it; what a moderator reads in a comment's "Spam checks" and the list's column.
 */
export const spamCheckNames: readonly [check: string, message: NewsroomMessageKey][] = [
  ['honeypot', 'spamCheckHoneypot'],
  ['formClock', 'spamCheckFormClock'],
  ['rateLimit', 'spamCheckRateLimit'],
  ['repeatOrDuplicate', 'spamCheckRepeatOrDuplicate'],
  ['links', 'spamCheckLinks'],
  ['wordLists', 'spamCheckWordLists'],
  ['akismet', 'spamCheckAkismet'],
]

/** A check's verdict (`CheckVerdict` of src/comments/checks.ts) in words. */
export const spamVerdictWords: Readonly<Record<string, NewsroomMessageKey>> = {
  pass: 'spamVerdictPass',
  flag: 'spamVerdictFlag',
  spam: 'spamVerdictSpam',
}

/**
 * The verdicts stored in a comment's `spamSignals` (`{ verdicts: { formClock: 'spam', … } }`), in
 * check order: `[check, message, verdict]` for each check that gave one; `[]` for anything else.
 */
export function storedVerdicts(spamSignals: unknown): [check: string, message: NewsroomMessageKey, verdict: string][] {
  const record = spamSignals && typeof spamSignals === 'object' ? (spamSignals as Record<string, unknown>) : null
  const verdicts =
    record?.verdicts && typeof record.verdicts === 'object' ? (record.verdicts as Record<string, unknown>) : null
  if (!verdicts) return []
  return spamCheckNames.flatMap(([check, message]) =>
    typeof verdicts[check] === 'string'
      ? [[check, message, verdicts[check] as string] as [string, NewsroomMessageKey, string]]
      : [],
  )
}
