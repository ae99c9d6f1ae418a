import type { Access } from 'payload'

import { asStaff, hasRole } from './roles'

/**
 * Editors change anything; a translator changes a document only in a locale assigned to them.
 * The finer rules (which fields, publishing) live in the translation workflow's hooks.
 */
export const editorOrTranslatorOfLocale: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const staff = asStaff(req.user)
  if (!staff || !hasRole(staff, 'translator')) return false
  const locale = req.locale
  return Boolean(locale && locale !== 'all' && staff.translatorLocales?.includes(locale as never))
}
