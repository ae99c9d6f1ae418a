import type { Alternates } from '../content/articles'
import { defaultLocale, localeCodes } from '../i18n/locales'

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

export function articlePaths(slugs: Alternates): Alternates {
  const paths: Alternates = {}
  for (const code of localeCodes) {
    const slug = slugs[code]
    if (slug) paths[code] = `/${code}/articles/${slug}`
  }
  return paths
}
