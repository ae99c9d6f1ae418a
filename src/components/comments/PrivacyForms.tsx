'use client'

import { useActionState } from 'react'

import { eraseMyDataAction, type PrivacyFormState, requestPrivacyLinkAction } from '@/comments/privacyActions'

export function PrivacyLinkForm({
  pageLocale,
  labels,
}: {
  pageLocale: string
  labels: { email: string; submit: string }
}) {
  const [state, action, sending] = useActionState<PrivacyFormState, FormData>(requestPrivacyLinkAction, {
    status: 'idle',
  })
  if (state.status === 'sent') return <p role="status">{state.message}</p>
  return (
    // noValidate: the server's message, by the field and in the page's language, not the browser's.
    <form action={action} className="comment-form" noValidate>
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <div className="field">
        <label htmlFor="privacy-email">{labels.email}</label>
        <input
          id="privacy-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={state.email}
          aria-invalid={state.status === 'error' || undefined}
          aria-describedby={state.status === 'error' ? 'privacy-email-error' : undefined}
        />
        {state.status === 'error' && (
          <p className="field-error" id="privacy-email-error">
            {state.message}
          </p>
        )}
      </div>
      <button type="submit" disabled={sending}>
        {labels.submit}
      </button>
    </form>
  )
}

export function EraseForm({
  pageLocale,
  token,
  labels,
}: {
  pageLocale: string
  token: string
  labels: { confirm: string; submit: string }
}) {
  const [state, action, sending] = useActionState<PrivacyFormState, FormData>(eraseMyDataAction, { status: 'idle' })
  if (state.status !== 'idle') return <p role={state.status === 'error' ? 'alert' : 'status'}>{state.message}</p>
  return (
    <form action={action} className="comment-form">
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <input type="hidden" name="token" value={token} />
      <p>{labels.confirm}</p>
      <button type="submit" disabled={sending}>
        {labels.submit}
      </button>
    </form>
  )
}
