import type { Payload, TextFieldServerComponent } from 'payload'
import { cache } from 'react'

import { articleSourceFields } from '../../collections/Articles'
import { languageLabel } from '../../collections/labels'
import { bodySkeleton, isEmptyBody } from '../../collections/translation/skeleton'
import { type SourceChanges, sourceChangesSince } from '../../collections/translation/sourceChanges'
import { lexicalToPlainText } from '@/content/plainText'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { isLocale } from '@/i18n/locales'
import { StartFromSourceStructure } from './StartFromSourceStructure'

/** One diff per article, language and request, however many fields ask for it. */
const changesFor = cache((payload: Payload, id: number | string, locale: string): Promise<SourceChanges | null> =>
  sourceChangesSince(payload, id, locale, articleSourceFields),
)

const boxStyle = {
  margin: '0 0 0.5rem',
  padding: '0.5rem 0.75rem',
  borderLeft: '3px solid var(--theme-elevation-400)',
  background: 'var(--theme-elevation-50)',
} as const

/**
 * Above a localized field, while someone edits a language other than the source (`sourceLocale`
 * of the article or image): the source text of that field, read-only, so nobody switches
 * languages to see what they translate. On an article whose source changed since this
 * translation was marked ready (`sourceChangesSince`), the box shows what changed, word by word
 * (removed words struck through, added ones underlined), and when; on a quote, which keeps no
 * versions, an outdated translation gets the warning without the words. Above an empty body of a
 * translation it also starts the editor from the source's structure (`StartFromSourceStructure`).
 */
export const SourceText: TextFieldServerComponent = async ({ payload, id, collectionSlug, data, req, field, path }) => {
  const editing = req.locale
  const source = data?.sourceLocale
  if (!id || !isLocale(editing) || !isLocale(source) || editing === source) return null
  const doc = (await payload.findByID({
    collection: collectionSlug as 'articles',
    id,
    locale: source,
    fallbackLocale: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const value = doc[field.name]
  const isBody = (field.type as string) === 'richText'
  const text = value && typeof value === 'object' ? lexicalToPlainText(value) : String(value ?? '')
  const skeleton = isBody && isEmptyBody(data?.[field.name]) ? bodySkeleton(value) : null
  const changes = collectionSlug === 'articles' ? await changesFor(payload, id, editing) : null
  const changed = changes?.fields.find((change) => change.field === field.name)
  // A quote keeps no versions to compare with: its outdated translation gets the warning alone.
  const outdatedUnkept = collectionSlug !== 'articles' && data?.translationOutdated === true
  // A field the source has emptied since still shows what was taken out.
  if (!text.trim() && !skeleton && !changed) return null
  const admin = (req.i18n?.language ?? 'en') as AdminLanguage
  // Named in the admin's language («Ағылшын тілі»), never the language's own name ("English").
  const sourceName = languageLabel(source)[admin] ?? languageLabel(source).en
  const say = (key: Parameters<typeof newsroomMessage>[1], vars?: Record<string, string>) =>
    newsroomMessage(req, key, vars)
  const when = changes?.since
    ? new Intl.DateTimeFormat(admin, {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
      }).format(new Date(changes.since))
    : null
  return (
    <>
      <div className="source-text" data-source-locale={source} style={boxStyle}>
        <div style={{ fontSize: '0.8rem', opacity: 0.8 }}>
          {say('sourceTextHeading')} · {sourceName}
        </div>
        {changed ? (
          <div className="source-text__changes" data-field={field.name}>
            <div style={{ fontSize: '0.8rem', color: '#b91c1c', margin: '0.25rem 0' }}>
              {say('sourceChangedSince', { date: when ?? '' })}
            </div>
            <div lang={source} style={{ whiteSpace: 'pre-wrap' }}>
              {changed.changes.map((part, index) =>
                part.removed ? (
                  <del key={index} style={{ color: '#b91c1c', background: '#fee2e2' }}>
                    {part.value}
                  </del>
                ) : part.added ? (
                  <ins key={index} style={{ color: '#15803d', background: '#dcfce7' }}>
                    {part.value}
                  </ins>
                ) : (
                  <span key={index}>{part.value}</span>
                ),
              )}
            </div>
          </div>
        ) : text.trim() ? (
          <div lang={source} style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </div>
        ) : null}
        {outdatedUnkept ? (
          <div className="source-text__outdated" style={{ fontSize: '0.8rem', color: '#b91c1c' }}>
            {say('sourceChangedUnkept')}
          </div>
        ) : null}
        {changes && !changes.since ? (
          <div className="source-text__changes-gone" style={{ fontSize: '0.8rem', color: '#b91c1c' }}>
            {say('sourceChangedGone')}
          </div>
        ) : null}
      </div>
      {skeleton ? (
        <>
          <p className="body-skeleton-note" style={{ margin: '0 0 0.5rem', color: 'var(--theme-elevation-600)' }}>
            {say('skeletonStarted')}
          </p>
          <StartFromSourceStructure key={editing} path={path ?? field.name} skeleton={skeleton} />
        </>
      ) : null}
    </>
  )
}
