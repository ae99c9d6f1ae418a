import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { firstForbiddenCharacter } from '@/content/safeText'
import { newsroomMessage } from '@/i18n/admin/newsroom'

/**
 * Payload's own text validation (required, length), after refusing invisible control characters
 * (the list in `src/content/safeText.ts`) with a message in the editor's language naming the
 * character, e.g. U+000B from a word processor's line break. The site makes its output valid
 * regardless; this keeps new text clean at the source.
 */
export const textWithoutControls: TextFieldSingleValidation = (value, args) => {
  const character = firstForbiddenCharacter(value)
  if (character) return newsroomMessage(args.req, 'invisibleCharacter', { character })
  return text(value, args)
}

/** {@link textWithoutControls} for textarea fields (newlines and tabs are of course allowed). */
export const textareaWithoutControls: TextareaFieldValidation = (value, args) => {
  const character = firstForbiddenCharacter(value)
  if (character) return newsroomMessage(args.req, 'invisibleCharacter', { character })
  return textarea(value, args)
}
