import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import type { Comment } from '@/payload-types'
import type { DocumentId } from './documentId'
import { commentLimits } from './rules'

/*
 * The repeat-or-duplicate rule (decision 004), in one place for both moments it is decided:
 * before a submission is queued (`repeatOrDuplicate` in checks.ts) and again inside the
 * transaction that stores it (`storeTogether` in storeComments.ts), where a copy stored meanwhile
 * or earlier in the same batch becomes visible.
 *
 * - A **repeat** is the same reader sending the same text to the same article again (a retry:
 *   a double click, a resent form): it has the same `submissionKey` and is answered with the
 *   comment already stored, storing nothing.
 * - A **duplicate** is the same text on the same article within `commentLimits.duplicateWindowMinutes`
 *   from anyone else: it is stored as spam with the signal `DUPLICATE_SIGNAL`.
 */

/** The stored signal of a duplicate (`spamSignals.duplicate`). */
export const DUPLICATE_SIGNAL = 'same text already on this article'

/** What the rule needs of a submission. */
export type CopyCandidate = { article: DocumentId; body: string; submissionKey: string }

/**
 * The key of one submission: sha256 (hex) of article id, the reader's email and the text. Stored
 * in the unique `comments.submissionKey`, so two racing copies of one submission store one comment.
 */
export function submissionKey(articleId: DocumentId, email: string, body: string): string {
  return createHash('sha256').update(`${articleId}\n${email}\n${body}`).digest('hex')
}

/** Earlier copies of some submissions, as read from the database, and added to as a batch is stored. */
export type EarlierCopies = { byKey: Map<string, Comment>; texts: Set<string> }

const textOn = (article: DocumentId, body: string | null | undefined) => `${article}\n${body ?? ''}`

/**
 * Reads the comments that make any of `candidates` a repeat (same key) or a duplicate (same text on
 * the same article since `now` minus the window). One indexed count first: for nearly every
 * submission there is nothing, and no document is read. `req` carries a transaction when called
 * inside one. Throws what the database throws.
 * @param now milliseconds since the epoch
 */
export async function findEarlierCopies(
  payload: Payload,
  candidates: CopyCandidate[],
  now: number,
  req?: PayloadRequest,
): Promise<EarlierCopies> {
  const copies: EarlierCopies = { byKey: new Map(), texts: new Set() }
  if (candidates.length === 0) return copies
  const since = new Date(now - commentLimits.duplicateWindowMinutes * 60_000).toISOString()
  const where: Where = {
    or: [
      { submissionKey: { in: candidates.map((item) => item.submissionKey) } },
      {
        and: [
          { article: { in: [...new Set(candidates.map((item) => item.article))] } },
          { body: { in: [...new Set(candidates.map((item) => item.body))] } },
          { createdAt: { greater_than: since } },
        ],
      },
    ],
  }
  const seen = await payload.count({ collection: 'comments', where, overrideAccess: true, req })
  if (seen.totalDocs === 0) return copies
  const found = await payload.find({
    collection: 'comments',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of found.docs) {
    const article = typeof doc.article === 'object' ? doc.article.id : doc.article
    if (doc.submissionKey) copies.byKey.set(doc.submissionKey, doc)
    // Texts as exact (article, body) pairs: `in` on both also matches crossed pairs, which judge nothing.
    // A comment found by its key alone may be older than the window: its text is then no duplicate's cause.
    if (Date.parse(doc.createdAt) > Date.parse(since)) copies.texts.add(textOn(article, doc.body))
  }
  return copies
}

/**
 * The rule's verdict for one candidate against `copies`: `repeat` (with the stored comment to
 * answer with), `duplicate`, or `new`. Pure; does not record the candidate (see `recordCopy`).
 */
export function judgeCopy(
  copies: EarlierCopies,
  candidate: CopyCandidate,
): { kind: 'repeat'; doc: Comment } | { kind: 'duplicate' } | { kind: 'new' } {
  const earlier = copies.byKey.get(candidate.submissionKey)
  if (earlier) return { kind: 'repeat', doc: earlier }
  return copies.texts.has(textOn(candidate.article, candidate.body)) ? { kind: 'duplicate' } : { kind: 'new' }
}

type Asking = {
  candidate: CopyCandidate
  now: number
  resolve: (copies: EarlierCopies) => void
  reject: (error: unknown) => void
}
const asking = new WeakMap<Payload, Asking[]>()

/**
 * `findEarlierCopies` for one candidate before it is queued, asked together with every other
 * submission that reaches this check in the same turn of the event loop: one indexed read for
 * all of them instead of one each (under load several arrive per turn). The answer is the same
 * as asking alone: `judgeCopy` looks up the candidate's own key and text.
 * @param now milliseconds since the epoch
 */
export function earlierCopiesOf(payload: Payload, candidate: CopyCandidate, now: number): Promise<EarlierCopies> {
  return new Promise((resolve, reject) => {
    const waiting = asking.get(payload)
    if (waiting) return void waiting.push({ candidate, now, resolve, reject })
    const batch: Asking[] = [{ candidate, now, resolve, reject }]
    asking.set(payload, batch)
    setImmediate(() => {
      asking.delete(payload)
      findEarlierCopies(
        payload,
        batch.map((item) => item.candidate),
        // The latest moment asked about: an earlier one would count texts just outside its window.
        Math.max(...batch.map((item) => item.now)),
      ).then(
        (copies) => batch.forEach((item) => item.resolve(copies)),
        (error) => batch.forEach((item) => item.reject(error)),
      )
    })
  })
}

/** Records a candidate just stored (as `doc`), so later ones in the same batch see it. */
export function recordCopy(copies: EarlierCopies, candidate: CopyCandidate, doc?: Comment): void {
  copies.texts.add(textOn(candidate.article, candidate.body))
  if (doc) copies.byKey.set(candidate.submissionKey, doc)
}

/** The comment already stored under `key`, or `null` (also when the database cannot answer). */
export async function storedCopy(payload: Payload, key: string): Promise<Comment | null> {
  const found = await payload
    .find({
      collection: 'comments',
      where: { submissionKey: { equals: key } },
      limit: 1,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    .catch(() => null)
  return found?.docs[0] ?? null
}
