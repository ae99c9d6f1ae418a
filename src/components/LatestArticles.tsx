import type { ArticleCardData } from '@/content/articles'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { ArticleList } from './ArticleList'
import { Pagination } from './Pagination'

type Props = { articles: ArticleCardData[]; locale: Locale; page: number; totalPages: number }

/** One page (1-based `page` of `totalPages`) of the newest articles: the front page and /page/<n>. */
export function LatestArticles({ articles, locale, page, totalPages }: Props) {
  const t = translator(locale)
  return (
    <>
      <h1 className="page-title">{t('front.title')}</h1>
      {articles.length === 0 ? <p>{t('front.empty')}</p> : <ArticleList articles={articles} locale={locale} />}
      <Pagination locale={locale} page={page} totalPages={totalPages} />
    </>
  )
}
