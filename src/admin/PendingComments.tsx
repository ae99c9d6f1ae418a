import type { AdminViewServerProps } from 'payload'

const words = {
  en: { title: 'Comments awaiting moderation', open: 'Open the queue' },
  zh: { title: '待审核的评论', open: '打开审核队列' },
  ru: { title: 'Комментарии на модерации', open: 'Открыть очередь' },
  kk: { title: 'Тексеруді күтіп тұрған пікірлер', open: 'Кезекті ашу' },
  mn: { title: 'Хянагдахыг хүлээж буй сэтгэгдэл', open: 'Дарааллыг нээх' },
}

/** On the admin dashboard: how many comments wait, counted with the viewer's own access (their languages). */
export async function PendingComments({ payload, user, i18n }: AdminViewServerProps & { user?: unknown }) {
  if (!user) return null
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { status: { equals: 'pending' } },
    overrideAccess: false,
    user,
  })
  const t = words[i18n.language as keyof typeof words] ?? words.en
  return (
    <div className="pending-comments" style={{ marginBottom: '2rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}>
      <h2 style={{ margin: 0 }}>
        {t.title}: <span data-testid="pending-count">{new Intl.NumberFormat(i18n.language).format(totalDocs)}</span>
      </h2>
      <p style={{ margin: '0.5rem 0 0' }}>
        <a href="/admin/collections/comments?where[status][equals]=pending">{t.open}</a>
      </p>
    </div>
  )
}
