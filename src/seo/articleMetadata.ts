import type { Metadata } from 'next'

import type { ArticleLookup } from '@/content/articles'
import { type Locale, localeDefinition } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Media } from '@/payload-types'
import { articlePaths, languageAlternates } from './alternates'

/**
 * The `<head>` of an article page in `locale`: title, description, canonical and hreflang to the
 * readable languages, Open Graph and Twitter card with the hero's `og` size (1200×630 unless the
 * upload says otherwise). An untranslated article gets the notice's title and `noindex`; a missing
 * one nothing (the 404 page brings its own).
 */
export function articleMetadata(locale: Locale, lookup: ArticleLookup): Metadata {
  if (lookup.kind === 'missing') return {}
  const t = translator(locale)
  if (lookup.kind === 'untranslated') {
    return { title: t('article:notTranslated.title'), robots: { index: false, follow: true } }
  }
  const { article, alternates } = lookup
  const paths = articlePaths(alternates)
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const og = hero?.sizes?.og
  const title = article.meta?.title || article.title
  const description = article.meta?.description || article.dek || undefined
  return {
    title,
    description,
    alternates: { canonical: paths[locale], languages: languageAlternates(paths) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: paths[locale],
      siteName: t('site.name'),
      locale: localeDefinition(locale).intl.replace('-', '_'),
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images: og?.url
        ? [{ url: og.url, width: og.width ?? 1200, height: og.height ?? 630, alt: hero?.alt }]
        : undefined,
    },
    twitter: { card: 'summary_large_image', title, description, images: og?.url ? [og.url] : undefined },
  }
}
