'use client'

import { toast, useListQuery, useSelection, useTranslation } from '@payloadcms/ui'
import { stringify } from 'qs-esm'
import { useState } from 'react'

import { resources } from '../../locales'
import { type NewsroomMessageKey, newsroomCount } from '@/i18n/admin/newsroom'
import { isLocale } from '@/i18n/locales'

type Status = 'approved' | 'spam' | 'trash'
type Id = number | string
// What each action is called and what the notice says afterwards (src/i18n/admin/newsroom.ts).
const actionKeys = { approved: 'moderationApprove', spam: 'moderationSpam', trash: 'moderationTrash' } as const
const doneKeys = { approved: 'commentsApproved', spam: 'commentsMarkedSpam', trash: 'commentsTrashed' } as const

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? (value as { id: Id }).id : ((value as Id | null | undefined) ?? null)

/**
 * Of the comments just approved, how many answer a comment readers cannot see (pending, spam,
 * trash or deleted): readers get such a reply under the "Comment removed" placeholder, as the
 * warning on a comment's own page says (`ReplyToHiddenComment`). A parent the moderator cannot
 * read is not approved either (everyone reads approved comments).
 */
async function repliesToHiddenComments(approved: { parent?: unknown }[]): Promise<number> {
  const parents = approved.map((doc) => idOf(doc.parent)).filter((id): id is Id => id !== null)
  if (parents.length === 0) return 0
  const query = stringify({
    where: { and: [{ id: { in: [...new Set(parents)] } }, { status: { equals: 'approved' } }] },
    depth: 0,
    limit: 0,
    select: { status: true },
  })
  const response = await fetch(`/api/comments?${query}`, { credentials: 'include' })
  const found = (await response.json().catch(() => ({}))) as { docs?: { id: Id }[] }
  const shown = new Set((found.docs ?? []).map((doc) => String(doc.id)))
  return parents.filter((id) => !shown.has(String(id))).length
}

/** Bulk moderation above the comments list: approve, spam or trash every selected comment. */
export function ModerationActions() {
  const { i18n } = useTranslation()
  const { selectedIDs } = useSelection()
  const { refineListData, query } = useListQuery()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (key: NewsroomMessageKey) => (i18n.t as (key: string) => string)(`newsroom:${key}`)

  async function moderate(status: Status) {
    setBusy(true)
    const response = await fetch(`/api/comments?${stringify({ where: { id: { in: selectedIDs } } })}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status, moderationReason: reason || undefined }),
    })
    const result = (await response.json().catch(() => ({}))) as {
      docs?: { parent?: unknown }[]
      errors?: { message: string }[]
    }
    setBusy(false)
    if (!response.ok || result.errors?.length) {
      toast.error(result.errors?.[0]?.message ?? i18n.t('error:unknown'))
      return
    }
    const language = i18n.language
    toast.success(newsroomCount(language, doneKeys[status], result.docs?.length ?? 0))
    if (status === 'approved') {
      const hidden = await repliesToHiddenComments(result.docs ?? [])
      // The reader site's own words for the placeholder, in the moderator's language.
      const removed = resources[isLocale(language) ? language : 'en'].comments.removed.replace(/[.。]$/u, '')
      if (hidden > 0) toast.warning(newsroomCount(language, 'repliesToHiddenApproved', hidden, { removed }))
    }
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
