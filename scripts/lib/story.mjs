// @ts-check
import { stringify } from 'qs-esm'

import { readableInLocaleWhere } from '../../src/content/readable.mjs'

/**
 * The article a reader of `locale` can open on a running site, as the site itself decides it
 * (decision 003, `readableInLocaleWhere`): asked anonymously over REST with fallback off.
 * `order` picks the newest (what the front page shows first; stress and bench) or the oldest
 * published (the seeded Altai story on a test database). Throws, naming the fix, when there is none.
 * @param {string} siteUrl e.g. http://127.0.0.1:3000
 * @param {string} locale a code of src/i18n/locales.ts
 * @param {{ order?: 'newest' | 'oldest' }} [options]
 * @returns {Promise<{ id: number, slug: string, title: string, path: string }>}
 */
export async function readableArticle(siteUrl, locale, { order = 'newest' } = {}) {
  const query = stringify({
    locale,
    'fallback-locale': 'none',
    depth: 0,
    limit: 1,
    sort: order === 'newest' ? '-publishedAt' : 'publishedAt',
    where: readableInLocaleWhere(locale),
  })
  const response = await fetch(`${siteUrl}/api/articles?${query}`)
  if (!response.ok) throw new Error(`${siteUrl}/api/articles answered ${response.status}: is the site running?`)
  const article = /** @type {{ docs?: { id: number, slug: string, title: string }[] }} */ (await response.json())
    .docs?.[0]
  if (!article?.slug)
    throw new Error(
      `no article on ${siteUrl} can be read in ${locale}: seed the story (npm run seed) or publish a ${locale} translation`,
    )
  return { id: article.id, slug: article.slug, title: article.title, path: `/${locale}/articles/${article.slug}` }
}
