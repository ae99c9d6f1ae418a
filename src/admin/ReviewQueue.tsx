import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../collections/access/roles'
import { languageLabel } from '../../collections/labels'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { type NewsroomCountKey, type NewsroomMessageKey, newsroomCount, newsroomMessage } from '@/i18n/admin/newsroom'
import { type ReviewSection, reviewQueue, reviewSections } from './translationWorklist'

const counts: Record<ReviewSection, NewsroomCountKey> = {
  ready: 'translationsReady',
  outdated: 'translationsOutdated',
}
const byKeys: Record<ReviewSection, NewsroomMessageKey> = {
  ready: 'reviewSubmittedBy',
  outdated: 'reviewChangedBy',
}

/**
 * On an editor's (and an admin's) dashboard: the translations waiting for them (`reviewQueue`),
 * in two groups, translations submitted for review and published translations the original has
 * changed under since, each newest first, articles and quotes together. A row gives the headline
 * (the original's, marked so, while the language has none), the language, who submitted it and
 * when, and opens the article in that language, where "Publish in …" is at hand. A quote's row is
 * marked with the collection's own name ("Quote", Payload's label) and gives only when: a quote
 * keeps no record of who saved it. The groups' counts follow the admin language's
 * plural rules (`newsroomCount`). Nothing for translators (their worklist) and moderators.
 */
export async function ReviewQueue({ payload, user, i18n }: AdminViewServerProps & { user?: unknown }) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const rows = await reviewQueue(payload, user)
  const quoteLabel = getTranslation(payload.collections.quotes.config.labels.singular, i18n)
  const language = i18n.language as AdminLanguage
  const say = (key: NewsroomMessageKey, vars?: Record<string, string>) => newsroomMessage({ i18n }, key, vars)
  const nameOf = (code: Parameters<typeof languageLabel>[0]) => languageLabel(code)[language] ?? languageLabel(code).en
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
      new Date(iso),
    )
  return (
    <section className="review-queue" style={{ marginBottom: '2rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>{say('reviewTitle')}</h2>
      {reviewSections.map((section) => {
        const inSection = rows.filter((row) => row.section === section)
        return (
          <div key={section} data-section={section} style={{ marginBottom: '1rem' }}>
            <h3 style={{ margin: '0 0 0.25rem' }} data-count={inSection.length}>
              {newsroomCount(language, counts[section], inSection.length)}
            </h3>
            {inSection.length === 0 ? null : (
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {inSection.map((row) => (
                  <li
                    key={`${row.collection}-${row.id}-${row.locale}`}
                    data-collection={row.collection}
                    {...(row.collection === 'quotes' ? { 'data-quote': row.id } : { 'data-article': row.id })}
                    data-locale={row.locale}
                  >
                    {row.collection === 'quotes' ? <span className="review-queue__kind">{quoteLabel}: </span> : null}
                    <a
                      href={row.href}
                      aria-label={`${row.headline} — ${say('reviewOpen', { language: nameOf(row.locale) })}`}
                    >
                      <span className="document-headline" lang={row.headlineIsSource ? row.sourceLocale : row.locale}>
                        {row.headline}
                      </span>
                    </a>
                    {row.headlineIsSource ? (
                      <span style={{ color: 'var(--theme-elevation-500)' }}>
                        {' '}
                        ({say('worklistOriginal', { language: nameOf(row.sourceLocale) })})
                      </span>
                    ) : null}
                    {' · '}
                    <strong className="review-queue__language">{nameOf(row.locale)}</strong>
                    {' · '}
                    <span className="review-queue__by" style={{ color: 'var(--theme-elevation-500)' }}>
                      {row.collection === 'quotes' ? null : `${say(byKeys[section], { name: row.byName ?? '—' })}, `}
                      <time dateTime={row.at}>{when(row.at)}</time>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
    </section>
  )
}
