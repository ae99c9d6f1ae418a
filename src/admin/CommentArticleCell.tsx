import { getTranslation } from '@payloadcms/translations'
import type { DefaultServerCellComponentProps, Payload, RelationshipFieldServerProps } from 'payload'
import { cache } from 'react'

import { type Locale, isLocale } from '@/i18n/locales'
import { markedOriginalTitle } from './TitleOrOriginalCell'

/**
 * An article's headline and original language in one language, read once per render for each
 * article and language (React `cache`): a page of comments is mostly comments on a few stories.
 */
const articleIn = cache((payload: Payload, id: number | string, language: Locale) =>
  payload.findByID({
    collection: 'articles',
    id,
    locale: language,
    fallbackLocale: false,
    depth: 0,
    select: { title: true, sourceLocale: true },
    overrideAccess: true,
    disableErrors: true,
  }),
)

/**
 * The headline a commenter read: the article's published headline in the comment's language, or
 * the original's, marked (`markedOriginalTitle`), where that language has none. `lang` is set only
 * for the language's own headline (the marked one says its language itself).
 * @returns null when the article cannot be read (deleted)
 */
async function headlineReadWith(
  { payload, i18n }: Pick<DefaultServerCellComponentProps, 'payload' | 'i18n'>,
  id: number | string,
  language: Locale,
): Promise<{ text: string; lang?: Locale } | null> {
  const article = await articleIn(payload, id, language)
  if (!article) return null
  const own = article.title?.trim()
  if (own) return { text: own, lang: language }
  const sourceLocale: Locale = isLocale(article.sourceLocale) ? article.sourceLocale : 'en'
  return { text: await markedOriginalTitle({ payload, i18n }, 'articles', id, sourceLocale) }
}

/** A relationship's stored value (an id, or the document when populated) as an id. */
const idOf = (value: unknown): number | string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: number | string }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/** The comment's language, English for a comment stored without one. */
const languageOf = (comment: { language?: unknown } | undefined): Locale =>
  isLocale(comment?.language) ? comment.language : 'en'

/**
 * The comments list's "Article" column: the headline the commenter read (`headlineReadWith`), so a
 * Kazakh comment shows the Kazakh headline, not the admin's content language. Its own headline
 * carries `lang`, so a screen reader reads it in that language. One read per article and language
 * on the page (one more when the language has no headline).
 */
export async function CommentArticleCell({ cellData, rowData, payload, i18n }: DefaultServerCellComponentProps) {
  const id = idOf(cellData)
  if (id === null) return null
  const headline = await headlineReadWith({ payload, i18n }, id, languageOf(rowData))
  if (!headline) return null
  return (
    <span className="comment-article" lang={headline.lang}>
      {headline.text}
    </span>
  )
}

/**
 * The comment page's "Article" field, read-only: the same headline as the list's column, linked to
 * the article's edit view in the comment's language, where a moderator reads what was commented on.
 * (Payload's own read-only relationship showed the headline of the admin's content language.)
 */
export async function CommentArticleField({ data, field, payload, i18n }: RelationshipFieldServerProps) {
  const id = idOf(data?.article)
  if (id === null) return null
  const language = languageOf(data)
  const headline = await headlineReadWith({ payload, i18n }, id, language)
  return (
    <div className="field-type comment-article-field read-only">
      <span className="field-label">{getTranslation(field.label || field.name, i18n)}</span>
      <p>
        <a href={`${payload.config.routes.admin}/collections/articles/${id}?locale=${language}`} lang={headline?.lang}>
          {headline?.text ?? String(id)}
        </a>
      </p>
    </div>
  )
}
