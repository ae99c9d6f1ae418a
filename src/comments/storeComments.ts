import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { announceNewComment } from '../../collections/Comments/hooks/notifyAboutComment'
import { queueOrderOf } from '../../collections/Comments/hooks/recordModeration'
import type { Comment } from '@/payload-types'
import { createDocuments } from '@/db/bulkInsert'
import type { DocumentId } from './documentId'
import { withVerdict } from './checks'
import { DUPLICATE_SIGNAL, findEarlierCopies, judgeCopy, recordCopy } from './repeatOrDuplicate'

/** A comment as the service stores it; ids in the adapter's own form (`DocumentId`). */
export type NewComment = Omit<Comment, 'id' | 'createdAt' | 'updatedAt' | 'article' | 'parent'> & {
  article: DocumentId
  parent?: DocumentId | null
  submissionKey: string
  body: string
}
export type Stored = { doc: Comment; repeated: boolean }

type Waiting = { data: NewComment; resolve: (stored: Stored) => void; reject: (error: unknown) => void }
/** A batch's outcome; `oneComment` when a single comment's create failed, so the others may go on without it. */
type Outcome = { ok: true; results: Stored[] } | { ok: false; error: unknown; oneComment: boolean }

/** Enough to amortise a commit; small enough that one transaction never holds the writer for long. */
const MAX_BATCH = 64

// One queue per process, shared by every bundle that imports this module (API route, server action).
const state = ((
  globalThis as { __altaiCommentWriter?: { queue: Waiting[]; writing: boolean } }
).__altaiCommentWriter ??= {
  queue: [],
  writing: false,
})

/**
 * Group commit: submissions that arrive while a transaction is being written wait for the next
 * one and are stored together, one commit for many. Each promise settles only after its own
 * transaction has committed, so nothing is acknowledged that is not in the database. When one
 * comment's create fails, the others are tried again each on its own; when the database refuses
 * the whole transaction (locked, full), every comment of the batch is refused.
 */
export function storeComment(payload: Payload, data: NewComment): Promise<Stored> {
  return new Promise((resolve, reject) => {
    state.queue.push({ data, resolve, reject })
    if (!state.writing) void writeQueue(payload)
  })
}

async function writeQueue(payload: Payload) {
  state.writing = true
  try {
    while (state.queue.length > 0) {
      const batch = state.queue.splice(0, MAX_BATCH)
      const outcome = await storeTogether(payload, batch)
      if (outcome.ok) settle(batch, outcome.results)
      else if (outcome.oneComment && batch.length > 1) {
        for (const item of batch) {
          const alone = await storeTogether(payload, [item])
          if (alone.ok) settle([item], alone.results)
          else item.reject(alone.error)
        }
      } else for (const item of batch) item.reject(outcome.error)
    }
  } finally {
    state.writing = false
  }
}

function settle(batch: Waiting[], results: Stored[]) {
  batch.forEach((item, i) => item.resolve(results[i]))
}

/**
 * One transaction for the batch. Inside it the repeat-or-duplicate rule (repeatOrDuplicate.ts) is
 * made exact: a submission whose key is already stored (a retry that overtook its first attempt)
 * is answered with the stored comment, and text already on the article (stored meanwhile, or
 * earlier in this batch) makes the comment a duplicate, as the check before queueing would have
 * said a moment later.
 */
async function storeTogether(payload: Payload, batch: Waiting[]): Promise<Outcome> {
  let transactionID: string | number | null
  try {
    transactionID = await payload.db.beginTransaction()
  } catch (error) {
    return { ok: false, error, oneComment: false }
  }
  // No transactions (MongoDB without a replica set): each comment is stored on its own, so a
  // failure never leaves part of a batch stored and unacknowledged. The queue still stores one
  // batch at a time, so the rule stays exact within this process.
  if (transactionID === null && batch.length > 1)
    return { ok: false, error: new Error('no transactions: one comment at a time'), oneComment: true }
  const req: PayloadRequest = await createLocalReq({}, payload)
  if (transactionID !== null) req.transactionID = transactionID
  let creating = false
  try {
    const items = batch.map((item) => item.data)
    // The same rule as before queueing (repeatOrDuplicate.ts), now seeing what was stored meanwhile.
    const copies = await findEarlierCopies(payload, items, Date.now(), req)
    const results: Stored[] = []
    const rows: Record<string, unknown>[] = []
    const created: Comment[] = []
    const now = new Date().toISOString()
    for (const data of items) {
      const judged = judgeCopy(copies, data)
      if (judged.kind === 'repeat') {
        // Stored before, or earlier in this batch (its id is filled in once the batch is inserted).
        results.push({ doc: judged.doc, repeated: true })
        continue
      }
      const row = asStored(judged.kind === 'duplicate' ? asDuplicate(data) : data, now)
      const doc = answerOf(row)
      rows.push(row)
      created.push(doc)
      recordCopy(copies, data, doc)
      results.push({ doc, repeated: false })
    }
    // Through the database layer, one statement for the batch: the service has validated and
    // judged every comment; Payload's operation would validate every field again, run hooks that
    // do nothing for a comment no reader sees yet, and read each comment back (decision 021).
    creating = true
    const ids = await createDocuments(payload, 'comments', rows, { req, uniqueBy: 'submissionKey' })
    creating = false
    created.forEach((doc, i) => (doc.id = ids[i] as Comment['id']))
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    for (const doc of created) announceNewComment(payload, doc)
    return { ok: true, results }
  } catch (error) {
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    return { ok: false, error, oneComment: creating }
  }
}

/**
 * What the service answers with and the rule compares, taken from the stored row (its id is filled
 * in once inserted): never the email, IP hash or spam signals.
 */
function answerOf(row: Record<string, unknown>): Comment {
  const pick = [
    'article',
    'parent',
    'authorName',
    'body',
    'language',
    'website',
    'status',
    'submissionKey',
    'createdAt',
  ]
  return Object.fromEntries(pick.map((key) => [key, row[key] ?? null])) as unknown as Comment
}

/**
 * The document as Payload's create would store it: the collection's defaults (collections/Comments),
 * the moderation list's order (`queueOrderOf`, the rule of its beforeChange hook) and both timestamps.
 * @param now ISO 8601
 */
function asStored(data: NewComment, now: string): Record<string, unknown> {
  return {
    erased: false,
    reportCount: 0,
    ...data,
    depth: data.depth ?? 0,
    notify: data.notify ?? false,
    flagged: data.flagged ?? false,
    queueOrder: queueOrderOf(data.status),
    createdAt: now,
    updatedAt: now,
  }
}

/** The submission as the in-transaction rule judged it: stored as spam, the duplicate verdict recorded with the others. */
function asDuplicate(data: NewComment): NewComment {
  const judged = withVerdict(
    (data.spamSignals ?? {}) as Record<string, unknown>,
    'repeatOrDuplicate',
    { duplicate: DUPLICATE_SIGNAL },
    'spam',
  )
  return {
    ...data,
    status: judged.status,
    flagged: Boolean(data.flagged) || judged.flagged,
    spamSignals: judged.spamSignals,
  }
}
