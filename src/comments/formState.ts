import type { Locale } from '@/i18n/locales'
import type { DocumentId } from './documentId'

/** What the comment form shows after a try: the same for the JavaScript and the plain-form path. */
export type CommentFormState = {
  attempt: number
  status: 'idle' | 'error' | 'accepted'
  summary?: string
  errors: Partial<Record<'name' | 'email' | 'website' | 'body' | 'language', string>>
  values: { name: string; email: string; website: string; body: string; language: Locale | string; notify: boolean }
  pending?: { id: DocumentId; authorName: string; body: string; language: string }
}

export const initialCommentFormState = (language: Locale): CommentFormState => ({
  attempt: 0,
  status: 'idle',
  errors: {},
  values: { name: '', email: '', website: '', body: '', language, notify: false },
})

export type ReportFormState = { status: 'idle' | 'done' | 'error'; message?: string }
