'use client'

import { useActionState, useId } from 'react'

import { submitCommentAction } from '@/comments/actions'
import type { DocumentId } from '@/comments/documentId'
import { type CommentFormState, initialCommentFormState } from '@/comments/formState'
import type { Locale } from '@/i18n/locales'
import { honeypotField } from '@/comments/rules'
import { CommentParagraphs } from './CommentParagraphs'
import { Disclosure } from './Disclosure'

export type CommentFormLabels = {
  title: string
  required: string
  name: string
  email: string
  emailNote: string
  website: string
  body: string
  language: string
  notify: string
  honeypot: string
  submit: string
  submitting: string
  pendingLabel: string
  onlyYou: string
}

type Props = {
  articleId: DocumentId
  parentId?: DocumentId
  pageLocale: Locale
  labels: CommentFormLabels
  languages: { code: string; name: string }[]
  bodyMax: number
  /** Folds the form under this summary (a reply), unfolded once it has an answer to show. */
  disclosure?: string
}

/**
 * The comment and reply form. Reader pages run no script (decision 013): it posts as a plain
 * form (the server action's hidden fields) and the page comes back with the messages by the
 * fields, in the page's language, and what the reader typed.
 */
export function CommentForm({ articleId, parentId, pageLocale, labels, languages, bodyMax, disclosure }: Props) {
  const [state, action, sending] = useActionState<CommentFormState, FormData>(
    submitCommentAction,
    initialCommentFormState(pageLocale),
  )
  const id = useId()
  const field = (name: keyof CommentFormState['errors']) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': state.errors[name] ? true : undefined,
    'aria-describedby': state.errors[name] ? `${id}-${name}-error` : undefined,
  })
  const error = (name: keyof CommentFormState['errors']) =>
    state.errors[name] ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {state.errors[name]}
      </p>
    ) : null

  return (
    <Disclosure summary={disclosure} open={state.status !== 'idle'}>
      {/* The key makes React mount the fields afresh after each try, with what the reader typed. */}
      <form action={action} className="comment-form" key={state.attempt} noValidate>
        {state.summary && (
          <p
            className={state.status === 'accepted' ? 'form-notice' : 'form-error'}
            role={state.status === 'accepted' ? 'status' : 'alert'}
          >
            {state.summary}
          </p>
        )}
        {state.pending && (
          <article
            className="comment comment--pending"
            id={`comment-${state.pending.id}`}
            lang={state.pending.language}
          >
            <p className="comment__meta">
              <strong>{state.pending.authorName}</strong> <span className="badge">{labels.pendingLabel}</span>
            </p>
            {/* Plain text while pending: links are made when it is published (keeps linkify off the client). */}
            <CommentParagraphs text={state.pending.body} />
            <p className="comment__note">{labels.onlyYou}</p>
          </article>
        )}
        <p className="form-hint">{labels.required}</p>
        <input type="hidden" name="articleId" value={articleId} />
        {parentId !== undefined && <input type="hidden" name="parentId" value={parentId} />}
        <input type="hidden" name="pageLocale" value={pageLocale} />
        <div className="field">
          <label htmlFor={`${id}-name`}>
            {labels.name} <span aria-hidden="true">*</span>
          </label>
          <input
            {...field('name')}
            type="text"
            required
            autoComplete="name"
            maxLength={200}
            defaultValue={state.values.name}
          />
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>
            {labels.email} <span aria-hidden="true">*</span>
          </label>
          <input
            {...field('email')}
            type="email"
            required
            autoComplete="email"
            maxLength={300}
            defaultValue={state.values.email}
            aria-describedby={[`${id}-email-note`, state.errors.email ? `${id}-email-error` : '']
              .filter(Boolean)
              .join(' ')}
          />
          <p className="field-note" id={`${id}-email-note`}>
            {labels.emailNote}
          </p>
          {error('email')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-website`}>{labels.website}</label>
          <input
            {...field('website')}
            type="url"
            autoComplete="url"
            maxLength={300}
            defaultValue={state.values.website}
          />
          {error('website')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>
            {labels.body} <span aria-hidden="true">*</span>
          </label>
          <textarea {...field('body')} required rows={6} maxLength={bodyMax * 2} defaultValue={state.values.body} />
          {error('body')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{labels.language}</label>
          <select {...field('language')} defaultValue={state.values.language}>
            {languages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </select>
          {error('language')}
        </div>
        <div className="field field--check">
          <input id={`${id}-notify`} name="notify" type="checkbox" defaultChecked={state.values.notify} />
          <label htmlFor={`${id}-notify`}>{labels.notify}</label>
        </div>
        {/* The honeypot: off-screen (not display:none, which bots skip), out of the tab order and of assistive tech, and named so autofill leaves it alone. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor={`${id}-${honeypotField}`}>{labels.honeypot}</label>
          <input
            id={`${id}-${honeypotField}`}
            name={honeypotField}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            data-1p-ignore=""
            data-lpignore="true"
            data-form-type="other"
            defaultValue=""
          />
        </div>
        <button type="submit" disabled={sending}>
          {sending ? labels.submitting : labels.submit}
        </button>
      </form>
    </Disclosure>
  )
}
