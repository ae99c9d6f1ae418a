import type { Access } from 'payload'

import { asStaff, hasRole } from './roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staff = asStaff(req.user)
  return staff ? { id: { equals: staff.id } } : false
}
