import type { Access, FieldAccess } from 'payload'

import { asStaff, hasRole } from './roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staff = asStaff(req.user)
  return staff ? { id: { equals: staff.id } } : false
}

/**
 * Newsroom staff see each other's accounts, so a document lock and the version history can name
 * the colleague ("Dana is editing"), not "User: 3"; readers see none. What a colleague may read of
 * another's account is only the name: every other field that says more is `selfOrAdminField`.
 */
export const staffSeeColleagues: Access = ({ req }) => hasRole(req.user, 'admin') || asStaff(req.user) !== null

/**
 * A field of an account readable by the account's holder and by admins only (the email address
 * above all). Asked without a document (a query filtering on the field) it answers for admins only,
 * so nobody can find a colleague's address by filtering on it.
 */
export const selfOrAdminField: FieldAccess = ({ req, doc, id }) => {
  if (hasRole(req.user, 'admin')) return true
  const staff = asStaff(req.user)
  const owner = (doc as { id?: number | string } | undefined)?.id ?? id
  return Boolean(staff && owner !== undefined && String(owner) === String(staff.id))
}
