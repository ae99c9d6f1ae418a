import type { PayloadRequest } from 'payload'

import { afterTransaction } from '@/db/transactionCallbacks'
import type { Locale } from '@/i18n/locales'
import { purgeEverywhere } from '@/server/edgeRegistry.mjs'

/**
 * Cache tags, named by what a page read (decision 017). A page
 * declares the tags of what it shows where it reads it (`<CacheTags>`); a change purges the tags
 * of what it changed (`purgeTags`), and every cache holding reader pages drops exactly the pages
 * carrying one of them: Next's incremental cache, the reader edge of every replica and the front
 * cache. Per-language tags are what keep a Kazakh edit from touching the Russian page.
 *
 * A tag is one word without spaces (the front cache's `xkey` header is a space-separated list).
 */
export const cacheTag = {
  /** The article's own text in one language (title, body, quotes, slug, alternates). */
  article: (id: number | string, locale: Locale) => `article:${id}:${locale}`,
  /** The approved comments of an article, shown on its page in every language. */
  comments: (articleId: number | string) => `comments:${articleId}`,
  /** An organization's own text in one language: its page and its name on the articles naming it. */
  organization: (id: number | string, locale: Locale) => `organization:${id}:${locale}`,
  /** A media item's alt text and caption in one language, wherever it is shown. */
  media: (id: number | string, locale: Locale) => `media:${id}:${locale}`,
  /** The lists of one language: front page and older pages, feed, organization pages' article lists, sitemap. */
  lists: (locale: Locale) => `lists:${locale}`,
} as const

/**
 * Drops every cached page carrying one of `tags`, everywhere, once the request's transaction has
 * committed (so no cache is refilled from the old data). Only public APIs of Next:
 * - `revalidateTag(tag, { expire: 0 })` (next/cache) expires the tags in Next's incremental cache;
 *   Next applies it when the request's handler returns (Next 16 queues it on the request).
 * - The rest of the fan-out (src/server/purgeFanOut.mjs: Next's shared cache in Redis through the
 *   cache handler package's API, then the reader edge of this process, of every other replica over
 *   Redis pub/sub, and the front cache) runs in `after()` (next/server), once the response is
 *   finished: by then Next has expired the tags in its own cache too, so no edge or front can be
 *   refilled from a page Next still held (decision 017).
 * Outside a running Next request (seed, tests, CLI) neither exists: the fan-out runs at once (a
 * no-op where no server layer runs) and a debug line says so.
 * @param req the request whose change this is (its transaction, logger)
 * @param tags from `cacheTag`; duplicates are ignored, an empty list does nothing
 */
export async function purgeTags(req: PayloadRequest, tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  const fanOut = async () => {
    await purgeEverywhere(unique)
    req.payload.logger.info({ msg: 'purged cache tags', tags: unique })
  }
  const purge = async () => {
    try {
      const [{ revalidateTag }, { after }] = await Promise.all([import('next/cache'), import('next/server')])
      for (const tag of unique) revalidateTag(tag, { expire: 0 })
      after(fanOut)
    } catch (error) {
      req.payload.logger.debug({ msg: 'no Next request to revalidate in', tags: unique, error: String(error) })
      await fanOut()
    }
  }
  if (!(await afterTransaction(req, { committed: purge }))) await purge()
}

/**
 * The tags of a list of article cards in one language: the list itself, each card's article and
 * its picture (src/components/ArticleCard.tsx shows title, dek and hero).
 * @param articles the cards shown (`heroImage` an id or a populated media document)
 */
export function cardListTags(
  locale: Locale,
  articles: readonly { id: number | string; heroImage?: unknown }[],
): string[] {
  return [
    cacheTag.lists(locale),
    ...articles.flatMap((article) => {
      const hero = article.heroImage
      const heroId = hero && typeof hero === 'object' ? (hero as { id: number | string }).id : hero
      return [
        cacheTag.article(article.id, locale),
        ...(typeof heroId === 'number' || typeof heroId === 'string' ? [cacheTag.media(heroId, locale)] : []),
      ]
    }),
  ]
}
