import { type Locale, localeCodes } from '@/i18n/locales'

/**
 * Every cached page a change can touch, keyed by language: the article in that language (under
 * its current and its previous slug), that language's front page and feed, and the sitemap.
 */
export function articlePathsToRevalidate(change: {
  locales: readonly Locale[]
  slugs: Partial<Record<Locale, (string | null | undefined)[]>>
  organizationSlugs?: (string | null | undefined)[]
}): string[] {
  const paths = new Set<string>(['/sitemap.xml'])
  for (const locale of change.locales) {
    paths.add(`/${locale}`)
    paths.add(`/${locale}/feed.xml`)
    for (const slug of change.slugs[locale] ?? []) if (slug) paths.add(`/${locale}/articles/${slug}`)
    for (const slug of change.organizationSlugs ?? []) if (slug) paths.add(`/${locale}/organizations/${slug}`)
  }
  return [...paths]
}

export function allLocales(): Locale[] {
  return [...localeCodes]
}
