import type { AdminViewServerProps } from 'payload'

import { languageLabel } from '../../collections/labels'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { type NewsroomMessageKey, newsroomMessage } from '@/i18n/admin/newsroom'
import { type WorklistSection, translationWorklist, worklistSections } from './translationWorklist'

const titles: Record<WorklistSection, NewsroomMessageKey> = {
  outdated: 'worklistOutdated',
  'to-translate': 'worklistToTranslate',
  'in-progress': 'worklistInProgress',
  ready: 'worklistReady',
  published: 'worklistPublished',
}

/**
 * On a translator's dashboard: their worklist (`translationWorklist`), one section per state,
 * each row linking to the article's edit view in that language. A language without a headline
 * shows the original's, marked «original, English» in the admin's language, never "<No Headline>".
 * Nothing for other roles.
 */
export async function TranslatorWorklist({ payload, user, i18n }: AdminViewServerProps & { user?: unknown }) {
  const rows = await translationWorklist(payload, user)
  if (rows.length === 0) return null
  const language = i18n.language as AdminLanguage
  const say = (key: NewsroomMessageKey, vars?: Record<string, string>) => newsroomMessage({ i18n }, key, vars)
  const nameOf = (code: Parameters<typeof languageLabel>[0]) => languageLabel(code)[language] ?? languageLabel(code).en
  return (
    <section className="translator-worklist" style={{ marginBottom: '2rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>{say('worklistTitle')}</h2>
      {worklistSections.map((section) => {
        const inSection = rows.filter((row) => row.section === section)
        return (
          <div key={section} data-section={section} style={{ marginBottom: '1rem' }}>
            <h3 style={{ margin: '0 0 0.25rem' }}>
              {say(titles[section])} ({new Intl.NumberFormat(language).format(inSection.length)})
            </h3>
            {inSection.length === 0 ? (
              <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{say('worklistNothing')}</p>
            ) : (
              <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                {inSection.map((row) => (
                  <li key={`${row.id}-${row.locale}`} data-article={row.id} data-locale={row.locale}>
                    <a
                      href={row.href}
                      aria-label={`${row.headline} — ${say('worklistOpen', { language: nameOf(row.locale) })}`}
                    >
                      <span className="translator-worklist__locale">{nameOf(row.locale)}:</span>{' '}
                      <span className="document-headline" lang={row.headlineIsSource ? row.sourceLocale : row.locale}>
                        {row.headline}
                      </span>
                    </a>
                    {row.headlineIsSource ? (
                      <span className="translator-worklist__source" style={{ color: 'var(--theme-elevation-500)' }}>
                        {' '}
                        ({say('worklistOriginal', { language: nameOf(row.sourceLocale) })})
                      </span>
                    ) : null}{' '}
                    <time dateTime={row.updatedAt} style={{ color: 'var(--theme-elevation-500)' }}>
                      {new Intl.DateTimeFormat(language, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                        hourCycle: 'h23',
                      }).format(new Date(row.updatedAt))}
                    </time>
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
