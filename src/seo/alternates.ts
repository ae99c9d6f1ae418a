import type { Alternates } from '@/content/articles'
import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'

/**
 * hreflang alternates for exactly the languages a page exists in, plus x-default:
 * English when it exists, otherwise the first language that does.
 */
export function languageAlternates(paths: Alternates): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const code of localeCodes) {
    const path = paths[code]
    if (path) languages[code] = path
  }
  const fallback = paths[defaultLocale] ?? Object.values(languages)[0]
  if (fallback) languages['x-default'] = fallback
  return languages
}

/**
 * The site-relative URL of an article in one language, e.g. `/kk/articles/altay-elderi`. Stored slugs
 * are already URL-safe (`src/content/slug.ts`); the slug is percent-encoded all the same, so no stored
 * value can ever make a link that points somewhere other than its own page.
 */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/articles/${encodeURIComponent(slug)}`
}

/** {@link articlePath} for each language that has a slug in `slugs` (the switcher, hreflang, sitemap). */
export function articlePaths(slugs: Alternates): Alternates {
  const paths: Alternates = {}
  for (const code of localeCodes) {
    const slug = slugs[code]
    if (slug) paths[code] = articlePath(code, slug)
  }
  return paths
}

/** The site-relative URL of an organization's page in one language. */
export function organizationPath(locale: Locale, slug: string): string {
  return `/${locale}/organizations/${encodeURIComponent(slug)}`
}
