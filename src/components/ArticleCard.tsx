import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/i18n/translate'
import type { ArticleCardData } from '@/content/articles'
import type { Media } from '@/payload-types'
import { HeroImage } from './HeroImage'

export function ArticleCard({ article, locale }: { article: ArticleCardData; locale: Locale }) {
  const image = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  return (
    <article className="article-card">
      {image && <HeroImage image={image} variant="card" sizes="(max-width: 720px) 100vw, 320px" />}
      <div>
        {article.kicker && <p className="kicker">{article.kicker}</p>}
        <h2>
          <a href={`/${locale}/articles/${article.slug}`}>{article.title}</a>
        </h2>
        {article.dek && <p className="dek">{article.dek}</p>}
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>}
      </div>
    </article>
  )
}
