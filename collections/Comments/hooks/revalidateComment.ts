import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Comment } from '@/payload-types'
import { cacheTag, purgeTags } from '@/revalidate/tags'

const articleOf = (doc: Comment) => (typeof doc.article === 'object' ? doc.article.id : doc.article)

/**
 * Approved comments are shown on the article in every language (the reader's own first), so a
 * comment that becomes or stops being public purges that article's comments tag, and no other.
 */
export const revalidateCommentedArticle: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const wasPublic = operation === 'update' && previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  if (!wasPublic && !isPublic) return doc
  if (wasPublic && isPublic && previousDoc?.body === doc.body && previousDoc?.authorName === doc.authorName) return doc
  await purgeTags(req, [cacheTag.comments(articleOf(doc))])
  return doc
}

export const revalidateDeletedComment: CollectionAfterDeleteHook<Comment> = async ({ doc, req }) => {
  if (doc.status === 'approved') await purgeTags(req, [cacheTag.comments(articleOf(doc))])
  return doc
}
