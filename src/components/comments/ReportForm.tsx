'use client'

import { useActionState } from 'react'

import { reportCommentAction } from '@/comments/actions'
import type { DocumentId } from '@/comments/documentId'
import type { ReportFormState } from '@/comments/formState'
import { Disclosure } from './Disclosure'

type Props = {
  commentId: DocumentId
  pageLocale: string
  labels: {
    title: string
    reason: string
    submit: string
    reasons: Record<'spam' | 'abuse' | 'offTopic' | 'other', string>
  }
  /** Folds the form under this summary, unfolded once it has an answer to show. */
  disclosure?: string
}

export function ReportForm({ commentId, pageLocale, labels, disclosure }: Props) {
  const [state, action, sending] = useActionState<ReportFormState, FormData>(reportCommentAction, { status: 'idle' })
  if (state.status === 'done') {
    return (
      <Disclosure summary={disclosure} open>
        <p role="status">{state.message}</p>
      </Disclosure>
    )
  }
  return (
    <Disclosure summary={disclosure} open={state.status !== 'idle'}>
      <form action={action} className="report-form">
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="pageLocale" value={pageLocale} />
        <fieldset>
          <legend>{labels.title}</legend>
          {(Object.keys(labels.reasons) as (keyof Props['labels']['reasons'])[]).map((reason, index) => (
            <label key={reason} className="report-form__reason">
              <input type="radio" name="reason" value={reason} defaultChecked={index === 0} /> {labels.reasons[reason]}
            </label>
          ))}
        </fieldset>
        {state.status === 'error' && <p role="alert">{state.message}</p>}
        <button type="submit" disabled={sending}>
          {labels.submit}
        </button>
      </form>
    </Disclosure>
  )
}
