import type { Access } from 'payload'

import { hasRole } from './roles'
import { translatorMayWrite } from './translatorLocales'

/**
 * Who may update: editors anything; a translator one document at a time, in their languages, and
 * never into the published state. Payload asks this with `data._status: 'published'` before it
 * offers Publish, "Publish in …", Schedule publish and Unpublish, and without a document id before
 * it offers the list's bulk Edit, Publish and Unpublish; so a translator is offered none of them.
 * The same rule with its messages: the guardTranslatorOperations hook.
 */
export const editorOrTranslatorSavingDrafts: Access = ({ req, id, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'translator') || !translatorMayWrite(req.user, req.locale)) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') return false
  return id !== undefined && id !== null
}
