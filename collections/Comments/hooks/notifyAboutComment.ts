import type { CollectionAfterChangeHook } from 'payload'

import { queueForModerators, tellCommenterApproved, tellParentAuthorOfReply } from '@/comments/notifications'
import type { Comment } from '@/payload-types'

/** Mail that follows a comment's life: moderators hear of new ones, readers of approval and replies. */
export const notifyAboutComment: CollectionAfterChangeHook<Comment> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create' && doc.status === 'pending') queueForModerators(req.payload, doc)
  if (operation === 'update' && doc.status === 'approved' && previousDoc?.status !== 'approved') {
    // The approval is saved whatever happens to the mail.
    await Promise.allSettled([tellCommenterApproved(req.payload, doc), tellParentAuthorOfReply(req.payload, doc)])
  }
  return doc
}
