import type { CollectionAfterChangeHook, Payload } from 'payload'

import { queueForModerators, tellCommenterApproved, tellParentAuthorOfReply } from '@/comments/notifications'
import type { Comment } from '@/payload-types'

/**
 * A new comment is stored: moderators hear of it when it waits for them (pending, not spam). Also
 * called by the comment service (src/comments/storeComments.ts), which stores through the adapter
 * once its transaction has committed, without this collection's hooks.
 */
export function announceNewComment(
  payload: Payload,
  doc: Pick<Comment, 'id' | 'status' | 'language' | 'authorName' | 'body'>,
): void {
  if (doc.status === 'pending') queueForModerators(payload, doc)
}

/** Mail that follows a comment's life: moderators hear of new ones, readers of approval and replies. */
export const notifyAboutComment: CollectionAfterChangeHook<Comment> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') announceNewComment(req.payload, doc)
  if (operation === 'update' && doc.status === 'approved' && previousDoc?.status !== 'approved') {
    // The approval is saved whatever happens to the mail.
    await Promise.allSettled([tellCommenterApproved(req.payload, doc), tellParentAuthorOfReply(req.payload, doc)])
  }
  return doc
}
