import type { Payload } from 'payload'

import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import type { Comment } from '@/payload-types'
import type { DocumentId } from './documentId'
import { akismetCheck } from './akismet'
import { countLinks } from './links'
import { consumeCommentAllowance } from './rateLimit'
import { DUPLICATE_SIGNAL, earlierCopiesOf, judgeCopy } from './repeatOrDuplicate'
import { commentLimits, formerHoneypotField, honeypotField } from './rules'
import { secondsSinceOpened } from './signing'
import type { CommentInput } from './validate'
import { matchWordList } from './wordLists'

/*
 * Decision 004's spam checks as an ordered list of small named checks. Each looks at one thing and
 * returns `{ signal, verdict }`: `signal` is what it saw (merged into the comment's `spamSignals`
 * under the same keys moderators and tests have always read), `verdict` what that means. A check
 * may instead `stop` the submission: refused (rate limit) or answered with an already stored
 * comment (a retry). Every verdict is stored, in order, in `spamSignals.verdicts`.
 */

/** `pass`: nothing seen; `flag`: a moderator should look; `spam`: stored as spam, silently. */
export type CheckVerdict = 'pass' | 'flag' | 'spam'

/** Comment rules of the comment's language (the `comment-rules` global). */
export type SubmissionRules = {
  banned: string[]
  suspect: string[]
  perIpPer10Minutes: number
  perEmailPerHour: number
}

/** Everything a check may look at; checks read it and never change it. */
export type Submission = {
  payload: Payload
  input: CommentInput
  /** The raw form fields (the honeypots are not part of `input`). */
  fields: Record<string, unknown>
  article: { id: DocumentId; slug: string }
  pageLocale: Locale
  rules: SubmissionRules
  ipHash: string
  userAgent: string
  openedToken?: string
  submissionKey: string
  /** Milliseconds since the epoch. */
  now: number
  /** The verdicts of the checks before this one, by check name. */
  verdicts: Partial<Record<CheckName, CheckVerdict>>
}

export type CheckOutcome =
  | { signal: Record<string, unknown>; verdict: CheckVerdict }
  | {
      stop: { kind: 'refused'; reason: 'rateLimited'; retryAfterSeconds: number } | { kind: 'repeat'; comment: Comment }
    }

export type Check = { name: CheckName; run: (submission: Submission) => CheckOutcome | Promise<CheckOutcome> }

export const checkNames = [
  'honeypot',
  'formClock',
  'rateLimit',
  'repeatOrDuplicate',
  'links',
  'wordLists',
  'akismet',
] as const
export type CheckName = (typeof checkNames)[number]

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** A field people never see (and autofill does not know): filled is a bot. The former name was filled by autofill: only flagged. */
export const honeypot: Check = {
  name: 'honeypot',
  run: ({ fields }) => {
    if (filled(fields[honeypotField])) return { signal: { honeypot: 'filled' }, verdict: 'spam' }
    if (filled(fields[formerHoneypotField]))
      return { signal: { honeypot: `former field “${formerHoneypotField}” filled (autofill?)` }, verdict: 'flag' }
    return { signal: { honeypot: 'empty' }, verdict: 'pass' }
  },
}

/** Seconds since the page was opened (a signed cookie): faster than `commentLimits.minSecondsToWrite`, or no cookie, is a bot. */
export const formClock: Check = {
  name: 'formClock',
  run: ({ openedToken, now }) => {
    const seconds = secondsSinceOpened(openedToken, now)
    const signal = { secondsToWrite: seconds === null ? 'no token' : Math.round(seconds) }
    return { signal, verdict: seconds === null || seconds < commentLimits.minSecondsToWrite ? 'spam' : 'pass' }
  },
}

/** Per-IP and per-email limits (rate-limiter-flexible); past them nothing is stored and the reader is told to wait. */
export const rateLimit: Check = {
  name: 'rateLimit',
  run: async ({ ipHash, input, rules }) => {
    const allowance = await consumeCommentAllowance({ ipHash, email: input.email }, rules)
    if (!allowance.allowed)
      return { stop: { kind: 'refused', reason: 'rateLimited', retryAfterSeconds: allowance.retryAfterSeconds } }
    return { signal: { rateLimit: 'within limits' }, verdict: 'pass' }
  },
}

/** The rule of repeatOrDuplicate.ts: a retry is answered with the stored comment; the same text from someone else is spam. */
export const repeatOrDuplicate: Check = {
  name: 'repeatOrDuplicate',
  run: async ({ payload, article, input, submissionKey, now }) => {
    const candidate = { article: article.id, body: input.body, submissionKey }
    const judged = judgeCopy(await earlierCopiesOf(payload, candidate, now), candidate)
    if (judged.kind === 'repeat') return { stop: { kind: 'repeat', comment: judged.doc } }
    if (judged.kind === 'duplicate') return { signal: { duplicate: DUPLICATE_SIGNAL }, verdict: 'spam' }
    return { signal: { duplicate: 'none' }, verdict: 'pass' }
  },
}

/** Links counted as the page links them (links.ts), plus the website: more than one, a moderator looks. */
export const links: Check = {
  name: 'links',
  run: ({ input }) => {
    const count = countLinks(input.body) + (input.website ? 1 : 0)
    return { signal: { links: count }, verdict: count > 1 ? 'flag' : 'pass' }
  },
}

/**
 * The word lists of the comment's language, on name and text in a normalised form (wordLists.ts):
 * a banned word is spam, a suspect word or a word mixing alphabets (how a word is disguised) is flagged.
 */
export const wordLists: Check = {
  name: 'wordLists',
  run: ({ input, rules }) => {
    const text = `${input.name}\n${input.body}`
    const banned = matchWordList(text, rules.banned)
    const suspect = matchWordList(text, rules.suspect)
    const signal = { words: { banned: banned.matches, suspect: suspect.matches }, mixedScript: banned.mixedScript }
    if (banned.matches.length > 0) return { signal, verdict: 'spam' }
    return { signal, verdict: suspect.matches.length > 0 || banned.mixedScript.length > 0 ? 'flag' : 'pass' }
  },
}

/** Akismet when configured and nothing before said spam; any error keeps the comment pending (fail closed, never approved). */
export const akismet: Check = {
  name: 'akismet',
  run: async ({ verdicts, input, ipHash, userAgent, pageLocale, article }) => {
    if (Object.values(verdicts).includes('spam'))
      return { signal: { akismet: 'not asked: already spam' }, verdict: 'pass' }
    const answer = await akismetCheck({
      siteUrl: env.SITE_URL,
      ipHash,
      userAgent,
      permalink: `${env.SITE_URL}/${pageLocale}/articles/${article.slug}`,
      name: input.name,
      email: input.email,
      website: input.website,
      body: input.body,
      language: input.language,
    })
    return { signal: { akismet: answer }, verdict: answer === 'spam' ? 'spam' : 'pass' }
  },
}

/** The checks in decision 004's order. */
export const spamChecks: readonly Check[] = [
  honeypot,
  formClock,
  rateLimit,
  repeatOrDuplicate,
  links,
  wordLists,
  akismet,
]

/** The overall verdict stored in `spamSignals.verdict` and the comment's status and flag. */
export type PipelineVerdict = { status: 'spam' | 'pending'; flagged: boolean; spamSignals: Record<string, unknown> }

/** `spamSignals` with one more check's outcome, and the overall verdict recomputed from all of them. */
export function withVerdict(
  spamSignals: Record<string, unknown>,
  name: CheckName,
  signal: Record<string, unknown>,
  verdict: CheckVerdict,
): PipelineVerdict {
  const verdicts = {
    ...(spamSignals.verdicts as Partial<Record<CheckName, CheckVerdict>> | undefined),
    [name]: verdict,
  }
  const all = Object.values(verdicts)
  const spam = all.includes('spam')
  const flagged = all.includes('flag')
  return {
    status: spam ? 'spam' : 'pending',
    flagged,
    spamSignals: {
      ...spamSignals,
      ...signal,
      verdicts,
      verdict: spam ? 'spam' : flagged ? 'pending, flagged' : 'pending',
    },
  }
}

/**
 * Runs `checks` in order on `submission` (its `verdicts` are filled as they run). Returns the
 * stop of the first check that stops, or the comment's status, flag and `spamSignals` (each
 * check's signal, `verdicts` by check name in order, and the overall `verdict`). Throws what a
 * check throws (the database or the rate limiter failing).
 */
export async function runSpamChecks(
  submission: Omit<Submission, 'verdicts'>,
  checks: readonly Check[] = spamChecks,
): Promise<Extract<CheckOutcome, { stop: unknown }> | PipelineVerdict> {
  const verdicts: Submission['verdicts'] = {}
  let result: PipelineVerdict = { status: 'pending', flagged: false, spamSignals: {} }
  for (const check of checks) {
    const outcome = await check.run({ ...submission, verdicts: { ...verdicts } })
    if ('stop' in outcome) return outcome
    verdicts[check.name] = outcome.verdict
    result = withVerdict(result.spamSignals, check.name, outcome.signal, outcome.verdict)
  }
  return result
}
