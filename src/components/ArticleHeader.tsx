import type { Locale } from '@/i18n/locales'
import { formatDate, translator } from '@/i18n/translate'
import type { Article } from '@/payload-types'

/** The head of an article: kicker, headline, dek, dateline and publication date. */
export function ArticleHeader({ article, locale }: { article: Article; locale: Locale }) {
  const t = translator(locale)
  return (
    <header className="article__header">
      {article.kicker && <p className="kicker">{article.kicker}</p>}
      <h1>{article.title}</h1>
      {article.dek && <p className="dek">{article.dek}</p>}
      <p className="byline">
        {article.dateline && <span className="dateline">{article.dateline}</span>}
        {article.publishedAt && (
          <span>
            {t('article:published')}{' '}
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
          </span>
        )}
      </p>
    </header>
  )
}
