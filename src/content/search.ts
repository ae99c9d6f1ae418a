import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cardSelect, publishedInLocale } from './articles'
import { foldForSearch } from './fold'

const MAX_TERMS = 8

/**
 * Every word of the query must appear in the article's text in this language. Matching is by
 * substring on a folded copy (`searchText`, folded by `src/content/fold.ts` like the query), so it
 * ignores letter case in every script, and Chinese (written without spaces) is found as well.
 */
export async function searchArticles(payload: Payload, locale: Locale, query: string) {
  const terms = foldForSearch(query)
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
  if (terms.length === 0) return []
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    where: { and: [publishedInLocale(locale), ...terms.map((term) => ({ searchText: { like: term } }))] },
    sort: '-publishedAt',
    limit: 30,
    depth: 1,
    overrideAccess: false,
    select: cardSelect,
  })
  return docs
}
