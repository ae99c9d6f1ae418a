import type { Access } from 'payload'

import { hasRole } from './roles'
import { translatorMayWrite } from './translatorLocales'

/**
 * Editors see and change anything; a translator only in a locale assigned to them (the articles'
 * version history uses this). Updates use editorOrTranslatorSavingDrafts, which adds "never the
 * published state, one document at a time"; the finer rules with their messages live in the
 * guardTranslatorOperations and guardTranslatorWrites hooks.
 */
export const editorOrTranslatorOfLocale: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return hasRole(req.user, 'translator') && translatorMayWrite(req.user, req.locale)
}
