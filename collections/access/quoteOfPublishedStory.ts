import type { Access } from 'payload'

import { quotesOfUnpublishedStoriesOnly } from '@/content/quotes'
import { isStaffUser } from './roles'

/**
 * A quote is public once a story that embeds it is published, or while no story embeds it; a quote
 * embedded only in unpublished drafts stays in the newsroom (`quotesOfUnpublishedStoriesOnly`).
 */
export const quoteOfPublishedStory: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  const hidden = await quotesOfUnpublishedStoriesOnly(req)
  return hidden.length > 0 ? { id: { not_in: hidden } } : true
}
