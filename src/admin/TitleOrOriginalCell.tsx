import type { DefaultServerCellComponentProps } from 'payload'
import { RenderDefaultCell } from '@payloadcms/ui'

import { languageLabel } from '../../collections/labels'
import type { AdminLanguage } from '@/i18n/adminLanguages'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { type Locale, isLocale } from '@/i18n/locales'

/** The collections whose list shows the original's title where a language has none (each has `sourceLocale`). */
export type TitledCollection = 'articles' | 'quotes'

/**
 * The original's title of a translated document, marked «Headline (original, English)» in the
 * admin's language (`worklistOriginal`), for a place where a language has no title of its own;
 * '' when the original has none either. One read, with access overridden: callers are admin
 * cells of people who may see the list they are in.
 */
export async function markedOriginalTitle(
  { payload, i18n }: Pick<DefaultServerCellComponentProps, 'payload' | 'i18n'>,
  collection: TitledCollection,
  id: number | string,
  sourceLocale: Locale,
): Promise<string> {
  const source = await payload.findByID({
    collection,
    id,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: collection === 'articles',
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    disableErrors: true,
  })
  if (!source?.title) return ''
  const language = i18n.language as AdminLanguage
  const name = languageLabel(sourceLocale)[language] ?? languageLabel(sourceLocale).en
  return `${source.title} (${newsroomMessage({ i18n }, 'worklistOriginal', { language: name })})`
}

/**
 * The title column of the lists of translated documents (the articles' headline, the quotes'
 * “words” — speaker). A language without a title of its own shows the original's, marked
 * «Headline (original, English)» in the admin's language, instead of Payload's "<No Headline>" /
 * "<No Quote and speaker>"; the same link (or, in a picker drawer, the same selection) as
 * Payload's own cell. Costs one read of the original's title per such row. The field is `title`
 * in both collections.
 */
export async function TitleOrOriginalCell(props: DefaultServerCellComponentProps & { viewType?: string }) {
  const { cellData, rowData, payload, i18n, link, linkURL, collectionSlug, columnIndex, viewType } = props
  let text = typeof cellData === 'string' ? cellData.trim() : ''
  if (!text && rowData?.id !== undefined) {
    const sourceLocale: Locale = isLocale(rowData.sourceLocale) ? rowData.sourceLocale : 'en'
    text = await markedOriginalTitle({ payload, i18n }, collectionSlug as TitledCollection, rowData.id, sourceLocale)
  }
  return (
    <RenderDefaultCell
      clientProps={
        {
          cellData: text,
          collectionSlug,
          field: { name: 'title', type: 'text' } as never,
          link,
          linkURL,
          rowData,
          viewType,
        } as never
      }
      columnIndex={columnIndex ?? 0}
      isLinkedColumn={Boolean(link)}
    />
  )
}
