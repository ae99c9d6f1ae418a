'use client'

import { toast, useListQuery, useSelection, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const words = {
  en: { approve: 'Approve', spam: 'Mark as spam', trash: 'Move to trash', reason: 'Reason (optional)', done: 'Updated: {{count}}', select: 'Select comments to moderate them together.' },
  zh: { approve: '通过', spam: '标记为垃圾评论', trash: '移入回收站', reason: '理由（可选）', done: '已更新：{{count}} 条', select: '勾选评论即可批量审核。' },
  ru: { approve: 'Одобрить', spam: 'Отметить как спам', trash: 'В корзину', reason: 'Причина (необязательно)', done: 'Обновлено: {{count}}', select: 'Выберите комментарии, чтобы модерировать их вместе.' },
  kk: { approve: 'Мақұлдау', spam: 'Спам деп белгілеу', trash: 'Себетке жіберу', reason: 'Себебі (міндетті емес)', done: 'Жаңартылды: {{count}}', select: 'Бірге модерациялау үшін пікірлерді таңдаңыз.' },
  mn: { approve: 'Зөвшөөрөх', spam: 'Спам гэж тэмдэглэх', trash: 'Хогийн сав руу', reason: 'Шалтгаан (заавал биш)', done: 'Шинэчилсэн: {{count}}', select: 'Хамтад нь хянахын тулд сэтгэгдлүүдийг сонгоно уу.' },
}

/** Bulk moderation above the comments list: approve, spam or trash every selected comment. */
export function ModerationActions() {
  const { i18n } = useTranslation()
  const { selectedIDs } = useSelection()
  const { refineListData, query } = useListQuery()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const t = words[(i18n.language as keyof typeof words) ?? 'en'] ?? words.en

  async function moderate(status: 'approved' | 'spam' | 'trash') {
    setBusy(true)
    const params = new URLSearchParams()
    selectedIDs.forEach((id, index) => params.set(`where[id][in][${index}]`, String(id)))
    const response = await fetch(`/api/comments?${params.toString()}`, {
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
    toast.success(t.done.replace('{{count}}', String(result.docs?.length ?? 0)))
    setReason('')
    await refineListData({ ...query })
  }

  if (selectedIDs.length === 0) return <p className="moderation-actions__hint">{t.select}</p>
  return (
    <div className="moderation-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', margin: '0 0 1rem' }}>
      <input
        aria-label={t.reason}
        placeholder={t.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        style={{ padding: '0.4rem', minWidth: '16rem' }}
      />
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => moderate('approved')}>
        {t.approve}
      </button>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => moderate('spam')}>
        {t.spam}
      </button>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => moderate('trash')}>
        {t.trash}
      </button>
    </div>
  )
}
