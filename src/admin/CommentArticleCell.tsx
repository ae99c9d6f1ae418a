import type { DefaultServerCellComponentProps, Payload } from 'payload'
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
 * The comments list's "Article" column: the headline the commenter read, that is, the article's
 * published headline in the comment's language (a Kazakh comment shows the Kazakh headline, not
 * the admin's content language), marked as the original's where that language has none
 * (`markedOriginalTitle`). Its own headline carries `lang`, so a screen reader reads it in that language. One
 * read per article and language on the page (one more when the language has no headline).
 */
export async function CommentArticleCell({ cellData, rowData, payload, i18n }: DefaultServerCellComponentProps) {
  const id = cellData && typeof cellData === 'object' ? (cellData as { id?: number | string }).id : cellData
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const language: Locale = isLocale(rowData?.language) ? rowData.language : 'en'
  const article = await articleIn(payload, id, language)
  if (!article) return null
  const own = article.title?.trim()
  const sourceLocale: Locale = isLocale(article.sourceLocale) ? article.sourceLocale : 'en'
  const text = own || (await markedOriginalTitle({ payload, i18n }, 'articles', id, sourceLocale))
  return (
    <span className="comment-article" lang={own ? language : undefined}>
      {text}
    </span>
  )
}
