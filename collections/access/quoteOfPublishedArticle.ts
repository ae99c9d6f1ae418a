import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

/** A quote is public once the article it belongs to is; a quote of a draft stays in the newsroom. */
export const quoteOfPublishedArticle: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const published: Where = {
    or: [{ article: { exists: false } }, { 'article._status': { equals: 'published' } }],
  }
  return published
}
