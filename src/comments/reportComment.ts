import type { Payload } from 'payload'

import { documentIdFrom } from './documentId'

const reasons = ['spam', 'abuse', 'offTopic', 'other'] as const

/**
 * A reader's report on an approved comment. One report per reader (by IP hash) counts; when
 * the count reaches the admins' threshold the comment goes back to the moderation queue.
 */
export async function reportComment(
  payload: Payload,
  report: { commentId: unknown; reason: unknown; ipHash: string },
): Promise<'recorded' | 'refused'> {
  const id = documentIdFrom(payload, report.commentId)
  const reason = reasons.find((r) => r === report.reason) ?? 'other'
  if (id === null) return 'refused'
  const comment = await payload.findByID({
    collection: 'comments',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!comment || comment.status !== 'approved') return 'refused'
  const reports = comment.reports ?? []
  // Reporting twice is answered kindly but counted once.
  if (reports.some((r) => r.reporter === report.ipHash)) return 'recorded'
  const rules = await payload.findGlobal({ slug: 'comment-rules', overrideAccess: true })
  const threshold = rules.reportsToRequeue ?? 3
  const updated = [...reports, { reason, reporter: report.ipHash, at: new Date().toISOString() }]
  await payload.update({
    collection: 'comments',
    id,
    overrideAccess: true,
    data: {
      reports: updated,
      reportCount: updated.length,
      ...(updated.length >= threshold
        ? { status: 'pending' as const, moderationReason: `reader reports: ${updated.length}` }
        : {}),
    },
  })
  return 'recorded'
}
