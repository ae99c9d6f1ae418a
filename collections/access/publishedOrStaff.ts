import type { Access } from 'payload'

import { hasRole } from './roles'

/** Readers get published documents only, as a query so the database does the filtering. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator', 'moderator')) return true
  return { _status: { equals: 'published' } }
}
