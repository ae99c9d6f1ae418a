import type { Payload } from 'payload'

import type { DocumentId } from '@/comments/documentId'

/** The public face of a comment: never the email, IP hash, spam checks or moderation notes. */
export type PublicCommentView = {
  id: DocumentId
  parent: DocumentId | null
  language: string
  authorName: string
  website: string | null
  body: string
  createdAt: string
  depth: number
  erased: boolean
  /** Stands in for a comment that is not public (trashed, spam, back in the queue) so its approved replies keep their place; shown as removed, never counted. */
  placeholder?: boolean
}

const publicSelect = {
  parent: true,
  language: true,
  authorName: true,
  website: true,
  body: true,
  createdAt: true,
  depth: true,
  erased: true,
} as const

function toView(doc: Record<string, unknown>): PublicCommentView {
  const parent = doc.parent as DocumentId | { id: DocumentId } | null | undefined
  return {
    id: doc.id as DocumentId,
    parent: typeof parent === 'object' ? (parent?.id ?? null) : (parent ?? null),
    language: String(doc.language),
    authorName: String(doc.authorName ?? ''),
    website: (doc.website as string | null) ?? null,
    body: String(doc.body ?? ''),
    createdAt: String(doc.createdAt),
    depth: Number(doc.depth ?? 0),
    erased: doc.erased === true,
  }
}

/**
 * Approved comments on an article, read as an anonymous reader would be allowed to, oldest first;
 * then, for an approved reply whose parent is not public (trashed, spam, pending again), a
 * `placeholder` for that parent and any such ancestor: only its id, parent, language and date,
 * read with `overrideAccess` but never its name, email or text. The page shows it as "Comment
 * removed" (as an erased comment), so the reply stays in its thread instead of starting a new one.
 */
export async function approvedComments(payload: Payload, articleId: DocumentId): Promise<PublicCommentView[]> {
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    overrideAccess: false,
    select: publicSelect,
  })
  const views = docs.map((doc) => toView(doc as unknown as Record<string, unknown>))
  const known = new Set(views.map((view) => view.id))
  let missing = [
    ...new Set(views.flatMap((view) => (view.parent !== null && !known.has(view.parent) ? [view.parent] : []))),
  ]
  // A few rounds at most: replies nest commentLimits.depthLimit deep.
  for (let round = 0; missing.length > 0 && round < 5; round += 1) {
    const found = await payload.find({
      collection: 'comments',
      where: { and: [{ id: { in: missing } }, { article: { equals: articleId } }] },
      limit: missing.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { parent: true, language: true, createdAt: true, depth: true },
    })
    const placeholders = found.docs.map((doc) => ({
      ...toView({ ...(doc as unknown as Record<string, unknown>), authorName: '', body: '', website: null }),
      erased: true,
      placeholder: true,
    }))
    views.push(...placeholders)
    for (const view of placeholders) known.add(view.id)
    missing = [
      ...new Set(
        placeholders.flatMap((view) => (view.parent !== null && !known.has(view.parent) ? [view.parent] : [])),
      ),
    ]
  }
  return views
}

/** This browser's own comments still waiting for a moderator (ids from its signed cookie). */
export async function myPendingComments(
  payload: Payload,
  articleId: DocumentId,
  ids: string[],
): Promise<PublicCommentView[]> {
  const numeric = ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0)
  if (numeric.length === 0) return []
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ id: { in: numeric } }, { article: { equals: articleId } }, { status: { equals: 'pending' } }] },
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: publicSelect,
  })
  return docs.map((doc) => toView(doc as unknown as Record<string, unknown>))
}
