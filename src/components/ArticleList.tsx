import type { ArticleCardData } from '@/content/articles'
import type { Locale } from '@/i18n/locales'
import { ArticleCard } from './ArticleCard'

/** Articles as cards, in the order given (front page, organization page, search results). */
export function ArticleList({ articles, locale }: { articles: ArticleCardData[]; locale: Locale }) {
  return (
    <div className="article-list">
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} locale={locale} />
      ))}
    </div>
  )
}
