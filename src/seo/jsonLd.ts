import { jsonLdForScript } from '@/content/safeText'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Article, Media } from '@/payload-types'

/**
 * schema.org NewsArticle for `<script type="application/ld+json">`: every text valid for JSON-LD and
 * no `</script>` able to close the tag, whatever a headline holds (rules in `src/content/safeText.ts`).
 * `path` is the site-relative URL of the page; `hero` the populated hero image or null.
 */
export function newsArticleJsonLd(article: Article, locale: Locale, path: string, hero: Media | null): string {
  const t = translator(locale)
  const url = new URL(path, env.SITE_URL).toString()
  const image = hero?.sizes?.og?.url ? new URL(hero.sizes.og.url, env.SITE_URL).toString() : undefined
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek ?? undefined,
    inLanguage: locale,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    dateline: article.dateline ?? undefined,
    mainEntityOfPage: url,
    url,
    image: image ? [image] : undefined,
    publisher: { '@type': 'NewsMediaOrganization', name: t('site.name'), url: env.SITE_URL },
  }
  return jsonLdForScript(data)
}
