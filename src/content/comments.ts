import type { Payload } from 'payload'

/** The public face of a comment: never the email, IP hash, spam checks or moderation notes. */
export type PublicCommentView = {
  id: number
  parent: number | null
  language: string
  authorName: string
  website: string | null
  body: string
  createdAt: string
  depth: number
  erased: boolean
}

const publicSelect = { parent: true, language: true, authorName: true, website: true, body: true, createdAt: true, depth: true, erased: true } as const

function toView(doc: Record<string, unknown>): PublicCommentView {
  const parent = doc.parent as number | { id: number } | null | undefined
  return {
    id: doc.id as number,
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

/** Approved comments on an article, read as an anonymous reader would be allowed to. */
export async function approvedComments(payload: Payload, articleId: number): Promise<PublicCommentView[]> {
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    overrideAccess: false,
    select: publicSelect,
  })
  return docs.map((doc) => toView(doc as unknown as Record<string, unknown>))
}

/** This browser's own comments still waiting for a moderator (ids from its signed cookie). */
export async function myPendingComments(payload: Payload, articleId: number, ids: string[]): Promise<PublicCommentView[]> {
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
