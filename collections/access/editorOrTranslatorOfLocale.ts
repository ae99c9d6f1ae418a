import type { Access } from 'payload'

import { hasRole } from './roles'
import { translatorMayWrite } from './translatorLocales'

/**
 * Editors change anything; a translator changes a document only in a locale assigned to them.
 * The finer rules (shared fields, publishing) live in the guardTranslatorWrites hook.
 */
export const editorOrTranslatorOfLocale: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return hasRole(req.user, 'translator') && translatorMayWrite(req.user, req.locale)
}
