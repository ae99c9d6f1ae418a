import type { Access, Where } from 'payload'

import { asStaff, hasRole } from './roles'

/**
 * Admins and moderators with no language list see every comment; a moderator limited to some
 * languages sees and acts on comments in those only. Everyone else: approved comments only.
 */
export const commentsVisibleTo: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staff = asStaff(req.user)
  if (staff && hasRole(staff, 'moderator')) {
    const languages = staff.moderatorLocales ?? []
    const limited: Where = { language: { in: languages } }
    return languages.length > 0 ? limited : true
  }
  const approved: Where = { status: { equals: 'approved' } }
  return approved
}

export const moderatorOfLanguage: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staff = asStaff(req.user)
  if (!staff || !hasRole(staff, 'moderator')) return false
  const languages = staff.moderatorLocales ?? []
  const limited: Where = { language: { in: languages } }
  return languages.length > 0 ? limited : true
}
