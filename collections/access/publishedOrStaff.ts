import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Readers get published documents only, as a query so the database does the filtering. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
