import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Comment } from '@/payload-types'
import { articleReadableIn } from '@/content/articles'
import { runSpamChecks, type SubmissionRules } from './checks'
import { type DocumentId, documentIdFrom } from './documentId'
import { storedCopy, submissionKey } from './repeatOrDuplicate'
import { storeComment } from './storeComments'
import { readShortLived } from './submissionReads'
import { commentLimits } from './rules'
import { hashIp } from './signing'
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
  parent: DocumentId | null
}

export type SubmissionResult =
  | { kind: 'invalid'; errors: Partial<Record<string, CommentErrorCode>> }
  | {
      kind: 'refused'
      reason: 'articleUnavailable' | 'articleClosed' | 'parentInvalid' | 'rateLimited' | 'unavailable'
      retryAfterSeconds?: number
    }
  | { kind: 'accepted'; comment: PublicComment; repeated: boolean }

async function loadRules(payload: Payload, language: Locale): Promise<SubmissionRules> {
  const rules = await readShortLived(payload, 'comment-rules', () =>
    payload.findGlobal({ slug: 'comment-rules', overrideAccess: true }),
  )
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
 * What the database said, without the statement: a failed query's message lists its parameters,
 * the commenter's email among them, and the server log is no moderator's screen.
 */
function storageError(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause
  if (cause instanceof Error) return cause.message
  return String(error)
    .split('\n')[0]
    .replace(/^(Error: Failed query): .*/, '$1')
}

/**
 * The only way a reader's comment enters the database (decision 004). First what the reader's
 * page could have sent: validation (`invalid`, with an error code per field), the article
 * (readable in `pageLocale` by decision 003, comments open) and parent (approved, not erased, on
 * that article), else `refused`. Then the spam checks of checks.ts in their fixed order
 * (`spamChecks`: honeypot, formClock, rateLimit, repeatOrDuplicate, links, wordLists, akismet),
 * each verdict stored with the comment in `spamSignals.verdicts`. Nothing is ever approved here,
 * and a spam verdict is stored silently (a bot learns nothing from the answer): `accepted` either
 * way, `repeated` when a retry was answered with the comment already stored. `refused` with
 * `unavailable` when the database cannot store it.
 */
export async function submitComment(payload: Payload, request: SubmissionRequest): Promise<SubmissionResult> {
  const now = request.now ?? Date.now()
  const validation = validateComment(request.fields)
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors }
  const input = validation.value

  // Only what the reader's page could have sent: the article as that page shows it (readable in the
  // page's language, comments open), ids written as the adapter writes them, a parent shown on it.
  const requestedArticle = documentIdFrom(payload, request.articleId)
  const article =
    requestedArticle === null
      ? null
      : await readShortLived(payload, `article ${requestedArticle} ${request.pageLocale}`, () =>
          articleReadableIn(payload, requestedArticle, request.pageLocale),
        )
  if (!article) return { kind: 'refused', reason: 'articleUnavailable' }
  if (!article.commentsEnabled) return { kind: 'refused', reason: 'articleClosed' }
  const articleId = article.id

  let parent: DocumentId | null = null
  let depth = 0
  if (request.parentId !== undefined && request.parentId !== null && request.parentId !== '') {
    const parentId = documentIdFrom(payload, request.parentId)
    const found =
      parentId === null
        ? null
        : await payload
            .findByID({ collection: 'comments', id: parentId, depth: 0, overrideAccess: true, disableErrors: true })
            .catch(() => null)
    const parentArticle = found && (typeof found.article === 'object' ? found.article.id : found.article)
    // An erased comment is shown as "removed", with no reply button: nothing answers it.
    if (!found || found.status !== 'approved' || found.erased || parentArticle !== articleId)
      return { kind: 'refused', reason: 'parentInvalid' }
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
  const key = submissionKey(articleId, input.email, input.body)
  const checked = await runSpamChecks({
    payload,
    input,
    fields: request.fields,
    article,
    pageLocale: request.pageLocale,
    rules,
    ipHash,
    userAgent: request.userAgent,
    openedToken: request.openedToken,
    submissionKey: key,
    now,
  })
  if ('stop' in checked) {
    if (checked.stop.kind === 'repeat')
      return { kind: 'accepted', comment: toPublic(checked.stop.comment), repeated: true }
    return { kind: 'refused', reason: 'rateLimited', retryAfterSeconds: checked.stop.retryAfterSeconds }
  }

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
      status: checked.status,
      flagged: checked.flagged,
      spamSignals: checked.spamSignals,
      ipHash,
      submissionKey: key,
    })
    return { kind: 'accepted', comment: toPublic(stored.doc), repeated: stored.repeated }
  } catch (error) {
    // Two copies of one submission raced: the unique key kept one; answer with it.
    const raced = await storedCopy(payload, key)
    if (raced) return { kind: 'accepted', comment: toPublic(raced), repeated: true }
    payload.logger.error({ msg: 'comment could not be stored', error: storageError(error) })
    return { kind: 'refused', reason: 'unavailable' }
  }
}
