import type { AdminViewServerProps } from 'payload'
import { stringify } from 'qs-esm'

import { mayModerate } from '../../collections/access/isModerator'
import { newsroomMessage } from '@/i18n/admin/newsroom'

/**
 * On the admin dashboard of moderators and admins (`mayModerate`): how many comments wait, counted
 * with the viewer's own access (their languages). Nothing for editors and translators, who cannot act on them.
 */
export async function PendingComments({ payload, user, i18n }: AdminViewServerProps & { user?: unknown }) {
  if (!mayModerate(user)) return null
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { status: { equals: 'pending' } },
    overrideAccess: false,
    user,
  })
  return (
    <div
      className="pending-comments"
      style={{ marginBottom: '2rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}
    >
      <h2 style={{ margin: 0 }}>
        {newsroomMessage({ i18n }, 'pendingCommentsTitle')}:{' '}
        <span data-testid="pending-count">{new Intl.NumberFormat(i18n.language).format(totalDocs)}</span>
      </h2>
      <p style={{ margin: '0.5rem 0 0' }}>
        <a href={`/admin/collections/comments?${stringify({ where: { status: { equals: 'pending' } } })}`}>
          {newsroomMessage({ i18n }, 'pendingCommentsOpen')}
        </a>
      </p>
    </div>
  )
}
