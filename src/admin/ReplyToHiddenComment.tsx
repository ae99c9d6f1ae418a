import type { UIFieldServerComponent } from 'payload'

import { isLocale } from '@/i18n/locales'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { translator } from '@/i18n/translate'

/**
 * On a comment's page in the admin, before a moderator approves it: a warning when the comment
 * answers one readers cannot see (pending, spam, trash), in the moderator's admin language. Such
 * a reply is shown to readers under the "Comment removed" placeholder (`approvedComments`), the
 * wording of which the warning quotes from the reader strings. Renders nothing otherwise.
 */
export const ReplyToHiddenComment: UIFieldServerComponent = async ({ payload, data, req }) => {
  const parent = data?.parent as number | string | { id: number | string } | null | undefined
  const parentId = parent && typeof parent === 'object' ? parent.id : parent
  if (parentId === null || parentId === undefined || parentId === '') return null
  const found = await payload
    .findByID({
      collection: 'comments',
      id: parentId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { status: true },
    })
    .catch(() => null)
  if (found?.status === 'approved') return null
  const language = isLocale(req.i18n.language) ? req.i18n.language : 'en'
  const removed = translator(language)('comments:removed').replace(/[.。]$/u, '')
  return (
    <div
      className="reply-to-hidden-comment"
      role="note"
      style={{
        margin: '0 0 1rem',
        padding: '0.75rem 1rem',
        borderLeft: '4px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-100)',
      }}
    >
      {newsroomMessage(req, 'replyToHiddenComment', { removed })}
    </div>
  )
}
