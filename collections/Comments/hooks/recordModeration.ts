import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

const queueOrder: Record<Comment['status'], number> = { pending: 0, spam: 1, approved: 2, trash: 3 }

/** A comment's place in the moderation list (`queueOrder`, the list's first sort): pending first, then spam, approved, trash. */
export const queueOrderOf = (status: Comment['status']): number => queueOrder[status]

/**
 * Every status change by a moderator is written to the comment's history: who, when, and the
 * reason they gave (the one-off "reason" field, cleared after it is recorded).
 */
export const recordModeration: CollectionBeforeChangeHook<Comment> = ({ data, originalDoc, req, operation }) => {
  data.queueOrder = queueOrderOf((data.status ?? originalDoc?.status ?? 'pending') as Comment['status'])
  const reason = data.moderationReason?.trim() || null
  data.moderationReason = null
  if (operation !== 'update' || !originalDoc || !data.status || data.status === originalDoc.status) return data
  data.moderation = [
    ...(originalDoc.moderation ?? []),
    { action: data.status, by: req.user?.id ?? null, at: new Date().toISOString(), reason },
  ]
  // An approved comment starts with a clean slate of reader reports.
  if (data.status === 'approved') {
    data.reportCount = 0
    data.reports = []
  }
  return data
}
