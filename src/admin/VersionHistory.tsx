import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { languageLabel } from '../../collections/labels'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { type NewsroomMessageKey, newsroomMessage } from '@/i18n/admin/newsroom'
import type { Locale } from '@/i18n/locales'
import { type VersionRow, versionHistory } from './versionHistory'

/**
 * The article's Versions tab (`admin.components.views.edit.versions`): Payload 3.90's own list has
 * fixed columns (date, id, a status pill reading "Current Draft Қазақша"), no author. This one says
 * per version when, who (by name, `lastEditedBy`) and what, in which language ("Published in
 * Kazakh", "Submitted for review in Kazakh", "Draft saved in English"), newest first, each row
 * opening Payload's own comparison view of that version. Data: `versionHistory`.
 */
export async function VersionHistory({ initPageResult }: DocumentViewServerProps) {
  const { req, docID, collectionConfig } = initPageResult
  const { i18n, payload } = req
  const language = i18n.language as AdminLanguage
  const rows = docID === undefined ? [] : await versionHistory(payload, req.user, docID, req.locale ?? undefined)
  const say = (key: NewsroomMessageKey, vars?: Record<string, string>) => newsroomMessage({ i18n }, key, vars)
  const t = i18n.t as (key: string) => string
  const names = (codes: Locale[]) =>
    codes.map((code) => languageLabel(code)[language] ?? languageLabel(code).en).join(', ')
  const what = (row: VersionRow): string => {
    if (row.kind === 'published-in') return say('versionPublishedIn', { language: names(row.locales) })
    if (row.kind === 'published') return say('versionPublishedAll')
    if (row.kind === 'submitted') return say('versionSubmittedIn', { language: names(row.locales) })
    return row.locales.length > 0 ? say('versionDraftIn', { language: names(row.locales) }) : say('versionDraft')
  }
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
      new Date(iso),
    )
  const slug = collectionConfig?.slug ?? 'articles'
  const pluralLabel = collectionConfig?.labels?.plural
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={slug}
        id={docID}
        pluralLabel={typeof pluralLabel === 'function' ? undefined : pluralLabel}
        useAsTitle={collectionConfig?.admin?.useAsTitle}
        view={t('version:versions')}
      />
      <main className="versions version-history">
        <Gutter>
          {rows.length === 0 ? (
            <p>{say('versionsNone')}</p>
          ) : (
            <div className="table">
              <table cellPadding={0} cellSpacing={0}>
                <thead>
                  <tr>
                    <th>{t('general:updatedAt')}</th>
                    <th>{say('versionsBy')}</th>
                    <th>{say('versionsWhat')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={String(row.id)} data-version={String(row.id)} data-kind={row.kind}>
                      <td>
                        <a
                          href={formatAdminURL({
                            adminRoute: payload.config.routes.admin,
                            path: `/collections/${slug}/${docID}/versions/${row.id}`,
                          })}
                        >
                          <time dateTime={row.at}>{when(row.at)}</time>
                        </a>
                      </td>
                      <td className="version-history__by">{row.byName ?? '—'}</td>
                      <td className="version-history__what">{what(row)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Gutter>
      </main>
    </>
  )
}
