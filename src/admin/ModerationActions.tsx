'use client'

import { toast, useListQuery, useSelection, useTranslation } from '@payloadcms/ui'
import { stringify } from 'qs-esm'
import { useState } from 'react'

import type { NewsroomMessageKey } from '@/i18n/admin/newsroom'

type Status = 'approved' | 'spam' | 'trash'
// What each action is called and what the notice says afterwards (src/i18n/admin/newsroom.ts).
const actionKeys = { approved: 'moderationApprove', spam: 'moderationSpam', trash: 'moderationTrash' } as const
const doneKeys = { approved: 'moderationApproved', spam: 'moderationMarkedSpam', trash: 'moderationTrashed' } as const

/** Bulk moderation above the comments list: approve, spam or trash every selected comment. */
export function ModerationActions() {
  const { i18n } = useTranslation()
  const { selectedIDs } = useSelection()
  const { refineListData, query } = useListQuery()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (key: NewsroomMessageKey, count?: number) =>
    (i18n.t as (key: string, vars?: object) => string)(`newsroom:${key}`, { count })

  async function moderate(status: Status) {
    setBusy(true)
    const response = await fetch(`/api/comments?${stringify({ where: { id: { in: selectedIDs } } })}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status, moderationReason: reason || undefined }),
    })
    const result = (await response.json().catch(() => ({}))) as { docs?: unknown[]; errors?: { message: string }[] }
    setBusy(false)
    if (!response.ok || result.errors?.length) {
      toast.error(result.errors?.[0]?.message ?? i18n.t('error:unknown'))
      return
    }
    toast.success(say(doneKeys[status], result.docs?.length ?? 0))
    setReason('')
    await refineListData({ ...query })
  }

  if (selectedIDs.length === 0) return <p className="moderation-actions__hint">{say('moderationSelect')}</p>
  return (
    <div
      className="moderation-actions"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', margin: '0 0 1rem' }}
    >
      <input
        aria-label={say('moderationReason')}
        placeholder={say('moderationReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        style={{ padding: '0.4rem', minWidth: '16rem' }}
      />
      {(['approved', 'spam', 'trash'] as const).map((status) => (
        <button
          key={status}
          type="button"
          className={`btn btn--style-${status === 'approved' ? 'primary' : 'secondary'} btn--size-small`}
          disabled={busy}
          onClick={() => moderate(status)}
        >
          {say(actionKeys[status])}
        </button>
      ))}
    </div>
  )
}
