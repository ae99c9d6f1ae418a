import type { CollectionBeforeChangeHook } from 'payload'

import type { Comment } from '@/payload-types'

const queueOrder: Record<Comment['status'], number> = { pending: 0, spam: 1, approved: 2, trash: 3 }

/** A comment's place in the moderation list (`queueOrder`, the list's first sort): pending first, then spam, approved, trash. */
export const queueOrderOf = (status: Comment['status']): number => queueOrder[status]

/**
 * Every status change by a moderator is written to the comment's history: who, when, and the
 * reason they gave. The "reason" field then keeps that reason, so the comment's page shows it where
 * it was typed (empty when the decision had none); a save that keeps the status and changes the
 * reason corrects the latest decision's reason in the history too.
 */
export const recordModeration: CollectionBeforeChangeHook<Comment> = ({ data, originalDoc, req, operation }) => {
  data.queueOrder = queueOrderOf((data.status ?? originalDoc?.status ?? 'pending') as Comment['status'])
  const typed = 'moderationReason' in data ? data.moderationReason?.trim() || null : undefined
  if (operation !== 'update' || !originalDoc) {
    data.moderationReason = typed ?? null
    return data
  }
  const history = originalDoc.moderation ?? []
  if (!data.status || data.status === originalDoc.status) {
    const last = history.at(-1)
    if (typed !== undefined && last && typed !== (last.reason ?? null)) {
      data.moderation = [...history.slice(0, -1), { ...last, reason: typed }]
      data.moderationReason = typed
    }
    return data
  }
  data.moderationReason = typed ?? null
  data.moderation = [
    ...history,
    { action: data.status, by: req.user?.id ?? null, at: new Date().toISOString(), reason: typed ?? null },
  ]
  // An approved comment starts with a clean slate of reader reports.
  if (data.status === 'approved') {
    data.reportCount = 0
    data.reports = []
  }
  return data
}
