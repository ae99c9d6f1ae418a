import { createHash } from 'node:crypto'

import type { Payload, Where } from 'payload'

import { env } from '../env'
import type { Locale } from '../i18n/locales'
import type { Comment } from '../payload-types'
import { articleReadableIn } from '../content/articles'
import { akismetCheck } from './akismet'
import { documentIdFrom } from './documentId'
import { consumeCommentAllowance } from './rateLimit'
import { storeComment } from './storeComments'
import { countLinks } from './links'
import { matchWordList } from './wordLists'
import { commentLimits, formerHoneypotField, honeypotField } from './rules'
import { hashIp, secondsSinceOpened } from './signing'
import { type CommentErrorCode, validateComment } from './validate'

export type SubmissionRequest = {
  articleId: unknown
  parentId?: unknown
  fields: Record<string, unknown>
  /** The page's language: messages are worded in it. */
  pageLocale: Locale
  ip: string
  userAgent: string
  openedToken?: string
  now?: number
}

export type PublicComment = Pick<Comment, 'id' | 'authorName' | 'body' | 'language' | 'createdAt' | 'website'> & {
  status: 'pending'
  parent: number | null
}

export type SubmissionResult =
  | { kind: 'invalid'; errors: Partial<Record<string, CommentErrorCode>> }
  | { kind: 'refused'; reason: 'articleUnavailable' | 'articleClosed' | 'parentInvalid' | 'rateLimited' | 'unavailable'; retryAfterSeconds?: number }
  | { kind: 'accepted'; comment: PublicComment; repeated: boolean }

type Rules = {
  banned: string[]
  suspect: string[]
  perIpPer10Minutes: number
  perEmailPerHour: number
}

async function loadRules(payload: Payload, language: Locale): Promise<Rules> {
  const rules = await payload.findGlobal({ slug: 'comment-rules', overrideAccess: true })
  const lines = (text?: string | null) =>
    (text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  const lists = (rules.wordLists ?? []).filter((list) => list.language === language)
  return {
    banned: lists.flatMap((list) => lines(list.banned)),
    suspect: lists.flatMap((list) => lines(list.suspect)),
    perIpPer10Minutes: rules.perIpPer10Minutes ?? 5,
    perEmailPerHour: rules.perEmailPerHour ?? 10,
  }
}

/** The same reader sending the same text to the same article again: the retry of one submission. */
function submissionKey(articleId: number, email: string, body: string): string {
  return createHash('sha256').update(`${articleId}\n${email}\n${body}`).digest('hex')
}

function toPublic(doc: Comment): PublicComment {
  return {
    id: doc.id,
    authorName: doc.authorName,
    body: doc.body,
    language: doc.language,
    createdAt: doc.createdAt,
    website: doc.website,
    status: 'pending',
    parent: typeof doc.parent === 'object' ? (doc.parent?.id ?? null) : (doc.parent ?? null),
  }
}

/**
 * The only way a reader's comment enters the database. In order: validation, the article (readable
 * in `pageLocale` by decision 003, comments open) and parent (approved, not erased, on that
 * article), honeypot, time since the page was opened, rate limits, repeat and duplicate, links,
 * word lists, Akismet. Every rule's verdict is stored with the comment; nothing is ever approved
 * here, and a spam verdict is stored silently (a bot learns nothing from the answer).
 */
export async function submitComment(payload: Payload, request: SubmissionRequest): Promise<SubmissionResult> {
  const now = request.now ?? Date.now()
  const validation = validateComment(request.fields)
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors }
  const input = validation.value

  // Only what the reader's page could have sent: the article as that page shows it (readable in the
  // page's language, comments open), ids written as the adapter writes them, a parent shown on it.
  const requestedArticle = documentIdFrom(payload, request.articleId)
  const article = requestedArticle === null ? null : await articleReadableIn(payload, requestedArticle, request.pageLocale)
  if (!article) return { kind: 'refused', reason: 'articleUnavailable' }
  if (!article.commentsEnabled) return { kind: 'refused', reason: 'articleClosed' }
  const articleId = article.id

  let parent: number | null = null
  let depth = 0
  if (request.parentId !== undefined && request.parentId !== null && request.parentId !== '') {
    const parentId = documentIdFrom(payload, request.parentId)
    const found =
      parentId === null ? null : await payload.findByID({ collection: 'comments', id: parentId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
    const parentArticle = found && (typeof found.article === 'object' ? found.article.id : found.article)
    // An erased comment is shown as "removed", with no reply button: nothing answers it.
    if (!found || found.status !== 'approved' || found.erased || parentArticle !== articleId) return { kind: 'refused', reason: 'parentInvalid' }
    // Past the depth limit a reply joins the deepest level, answering the same comment its parent did.
    const parentDepth = found.depth ?? 0
    if (parentDepth + 1 >= commentLimits.depthLimit) {
      parent = typeof found.parent === 'object' ? (found.parent?.id ?? found.id) : (found.parent ?? found.id)
      depth = parentDepth
    } else {
      parent = found.id
      depth = parentDepth + 1
    }
  }

  const rules = await loadRules(payload, input.language)
  const ipHash = hashIp(request.ip || 'unknown')
  const signals: Record<string, unknown> = {}
  let spam = false
  let flagged = false

  // 1. Honeypot: a field people never see (and autofill does not know). The former name was filled by autofill: only flagged.
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''
  if (filled(request.fields[honeypotField])) {
    signals.honeypot = 'filled'
    spam = true
  } else if (filled(request.fields[formerHoneypotField])) {
    signals.honeypot = `former field “${formerHoneypotField}” filled (autofill?)`
    flagged = true
  } else {
    signals.honeypot = 'empty'
  }

  // 2. Time since the page was opened (signed cookie): faster than a person can type is a bot.
  const seconds = secondsSinceOpened(request.openedToken, now)
  signals.secondsToWrite = seconds === null ? 'no token' : Math.round(seconds)
  if (seconds === null || seconds < commentLimits.minSecondsToWrite) spam = true

  // 3. Rate limits (not stored at all when exceeded: the reader is told to wait).
  const allowance = await consumeCommentAllowance({ ipHash, email: input.email }, rules)
  if (!allowance.allowed) return { kind: 'refused', reason: 'rateLimited', retryAfterSeconds: allowance.retryAfterSeconds }
  signals.rateLimit = 'within limits'

  // 4. A retry of the same submission returns the comment already stored; the same text from someone else is a duplicate.
  const key = submissionKey(articleId, input.email, input.body)
  const since = new Date(now - commentLimits.duplicateWindowMinutes * 60_000).toISOString()
  const sameText: Where = { and: [{ article: { equals: articleId } }, { body: { equals: input.body } }, { createdAt: { greater_than: since } }] }
  // One indexed count answers both questions for nearly every submission (neither a retry nor a duplicate).
  const seen = await payload.count({ collection: 'comments', where: { or: [{ submissionKey: { equals: key } }, sameText] }, overrideAccess: true })
  if (seen.totalDocs > 0) {
    const existing = await payload.find({ collection: 'comments', where: { submissionKey: { equals: key } }, limit: 1, pagination: false, overrideAccess: true, depth: 0 })
    if (existing.docs[0]) return { kind: 'accepted', comment: toPublic(existing.docs[0]), repeated: true }
  }
  signals.duplicate = seen.totalDocs > 0 ? 'same text already on this article' : 'none'
  if (seen.totalDocs > 0) spam = true

  // 5. Links and word lists of the comment's language.
  const links = countLinks(input.body) + (input.website ? 1 : 0)
  signals.links = links
  if (links > 1) flagged = true
  // Compared in a normalised form: invisible characters, compatibility forms and look-alike letters hide nothing.
  const text = `${input.name}\n${input.body}`
  const banned = matchWordList(text, rules.banned)
  const suspect = matchWordList(text, rules.suspect)
  signals.words = { banned: banned.matches, suspect: suspect.matches }
  if (banned.matches.length > 0) spam = true
  if (suspect.matches.length > 0) flagged = true
  // A word mixing alphabets (Latin with Cyrillic…) is how a word is disguised: a moderator looks.
  signals.mixedScript = banned.mixedScript
  if (banned.mixedScript.length > 0) flagged = true

  // 6. Akismet, when configured; an error keeps the comment pending, never approves it.
  if (!spam) {
    const verdict = await akismetCheck({
      siteUrl: env.SITE_URL,
      ipHash,
      userAgent: request.userAgent,
      permalink: `${env.SITE_URL}/${request.pageLocale}/articles/${article.slug}`,
      name: input.name,
      email: input.email,
      website: input.website,
      body: input.body,
      language: input.language,
    })
    signals.akismet = verdict
    if (verdict === 'spam') spam = true
  }
  signals.verdict = spam ? 'spam' : flagged ? 'pending, flagged' : 'pending'

  try {
    // Acknowledged only once committed; stored in a batch with the submissions arriving meanwhile.
    const stored = await storeComment(payload, {
      article: articleId,
      parent,
      depth,
      language: input.language,
      authorName: input.name,
      authorEmail: input.email,
      website: input.website || null,
      body: input.body,
      notify: input.notify,
      status: spam ? 'spam' : 'pending',
      flagged,
      spamSignals: signals,
      ipHash,
      submissionKey: key,
    })
    return { kind: 'accepted', comment: toPublic(stored.doc), repeated: stored.repeated }
  } catch (error) {
    // Two copies of one submission raced: the unique key kept one; answer with it.
    const raced = await payload
      .find({ collection: 'comments', where: { submissionKey: { equals: key } }, limit: 1, pagination: false, overrideAccess: true, depth: 0 })
      .catch(() => null)
    if (raced?.docs[0]) return { kind: 'accepted', comment: toPublic(raced.docs[0]), repeated: true }
    payload.logger.error({ msg: 'comment could not be stored', error: String(error) })
    return { kind: 'refused', reason: 'unavailable' }
  }
}
