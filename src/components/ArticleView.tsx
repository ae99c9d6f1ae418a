import type { PublicCommentView } from '@/content/comments'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Article, Media, Organization, Quote } from '@/payload-types'
import { newsArticleJsonLd } from '@/seo/jsonLd'
import { ArticleBody } from './ArticleBody'
import { ArticleHeader } from './ArticleHeader'
import { CommentsSection } from './comments/CommentsSection'
import { HeroImage } from './HeroImage'
import { PreviewBanner } from './PreviewBanner'
import { RelatedOrganizations } from './RelatedOrganizations'

type Props = {
  article: Article
  locale: Locale
  /** The article's URL path in `locale`, for its structured data. */
  path: string
  /** A staff preview of the latest draft: a banner on top, and no comment form. */
  preview: boolean
  comments: PublicCommentView[]
  /** This browser's own pending comments: only on the per-reader (uncached) render. */
  mine: PublicCommentView[]
}

/**
 * An article as readers see it (read at depth 2, so hero, quotes and organizations are
 * populated): header, hero with caption, body, related organizations, the comment thread and
 * its form (open unless the article's comments are switched off or this is a preview), then its
 * NewsArticle JSON-LD.
 */
export function ArticleView({ article, locale, path, preview, comments, mine }: Props) {
  const t = translator(locale)
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const quotes = new Map<string, Quote>()
  for (const quote of article.quotes ?? []) if (typeof quote === 'object') quotes.set(String(quote.id), quote)
  const organizations = (article.organizations ?? []).filter((o): o is Organization => typeof o === 'object')
  return (
    <>
      {preview && <PreviewBanner locale={locale} />}
      <article className="article">
        <ArticleHeader article={article} locale={locale} />
        {hero && (
          <figure className="article__hero">
            <HeroImage image={hero} priority />
            {(hero.caption || hero.credit) && (
              <figcaption>
                {hero.caption} {hero.credit && <span className="credit">{hero.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <ArticleBody body={article.body} locale={locale} quotes={quotes} />
        <RelatedOrganizations organizations={organizations} locale={locale} />
        <CommentsSection
          locale={locale}
          articleId={article.id}
          open={article.commentsEnabled !== false && !preview}
          preview={Boolean(preview)}
          comments={comments}
          mine={mine}
        />
        <p className="back-to-top">
          <a href="#top">{t('article:backToTop')}</a>
        </p>
      </article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, locale, path, hero) }}
      />
    </>
  )
}
