import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { forgetSubmissionReads } from '@/comments/submissionReads'

/** An article or the comment rules changed: the comment service reads them afresh (src/comments/submissionReads.ts). */
export const forgetSubmissionReadsAfterChange: CollectionAfterChangeHook & GlobalAfterChangeHook = async ({
  doc,
  req,
}) => {
  await forgetSubmissionReads(req)
  return doc
}

export const forgetSubmissionReadsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await forgetSubmissionReads(req)
  return doc
}
