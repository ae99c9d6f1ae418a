import type { BeforeListTableServerProps } from 'payload'

import { commentStatuses, commentStatusLabels } from '../../collections/Comments'
import { languageLabel } from '../../collections/labels'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { localeCodes } from '@/i18n/locales'
import { type CommentFilter, commentCounts, commentFilterOf, commentListHref } from './commentCounts'

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
  alignItems: 'baseline',
  listStyle: 'none',
  padding: 0,
  margin: '0 0 0.75rem',
} as const

/**
 * Above the comments list, as WordPress's Comments screen: status tabs (All · Pending · Approved ·
 * Spam · Trash) and the five languages, each a link that filters the list in one click, with the
 * number of comments the viewer may see (`commentCounts`, their own access); the current choice is
 * marked with `aria-current` and bold. The status tab keeps the chosen language and vice versa.
 */
export async function ModerationTabs({ payload, user, i18n, searchParams }: BeforeListTableServerProps) {
  if (!user) return null
  const filter = commentFilterOf(searchParams as Record<string, unknown> | undefined)
  const counts = await commentCounts(payload, user, filter)
  const language = i18n.language as AdminLanguage
  const number = new Intl.NumberFormat(language)
  const link = (target: CommentFilter, text: string, count: number, current: boolean, testId: string) => (
    <li key={testId}>
      <a
        href={commentListHref(target)}
        aria-current={current ? 'page' : undefined}
        data-testid={testId}
        style={{
          fontWeight: current ? 700 : 400,
          textDecoration: current ? 'none' : undefined,
          color: current ? 'var(--theme-text)' : undefined,
        }}
      >
        {text} <span className="moderation-tabs__count">({number.format(count)})</span>
      </a>
    </li>
  )
  return (
    <nav className="moderation-tabs">
      <ul style={row} aria-label={newsroomMessage({ i18n }, 'moderationByStatus')}>
        {link(
          { language: filter.language },
          newsroomMessage({ i18n }, 'moderationAllStatuses'),
          counts.all,
          !filter.status,
          'status-tab-all',
        )}
        {commentStatuses.map((status) =>
          link(
            { status, language: filter.language },
            commentStatusLabels[status][language] ?? commentStatusLabels[status].en,
            counts.byStatus[status],
            filter.status === status,
            `status-tab-${status}`,
          ),
        )}
      </ul>
      <ul style={row} aria-label={newsroomMessage({ i18n }, 'moderationByLanguage')}>
        {link(
          { status: filter.status },
          newsroomMessage({ i18n }, 'moderationAllLanguages'),
          Object.values(counts.byLanguage).reduce((a, b) => a + b, 0),
          !filter.language,
          'language-filter-all',
        )}
        {localeCodes.map((code) =>
          link(
            { status: filter.status, language: code },
            languageLabel(code)[language] ?? languageLabel(code).en,
            counts.byLanguage[code],
            filter.language === code,
            `language-filter-${code}`,
          ),
        )}
      </ul>
    </nav>
  )
}
