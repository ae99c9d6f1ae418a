import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { cacheTag, purgeTags } from '@/revalidate/tags'

/** Fields that are the same in every language: changing one touches every language's page. */
const sharedFields = [
  '_status',
  'publishedAt',
  'heroImage',
  'organizations',
  'commentsEnabled',
  'sourceLocale',
] as const

/**
 * A field's value for comparison: related documents by id (a hook may see one side populated and
 * the other as ids), dates and everything else as they are.
 */
const comparable = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && 'id' in item ? (item as { id: unknown }).id : item,
  )

/** The article's pages and the lists that show it, in these languages. */
const articleTags = (id: number | string, locales: readonly Locale[]) =>
  locales.flatMap((locale) => [cacheTag.article(id, locale), cacheTag.lists(locale)])

/**
 * Purges exactly the pages an edit changes: a Kazakh headline edit purges the Kazakh page (under
 * its old and new slug: both carry the article's Kazakh tag) and the Kazakh lists, never the
 * Russian ones; publishing or a shared field, every language.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req, context }) => {
  if (context.seeding) return doc
  // A draft save changes nothing readers can see.
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const sharedChanged = sharedFields.filter((field) => comparable(doc[field]) !== comparable(previousDoc?.[field]))
  if (sharedChanged.length > 0) req.payload.logger.info({ msg: 'fields of every language changed', sharedChanged })
  const locales: Locale[] = sharedChanged.length > 0 || !isLocale(req.locale) ? [...localeCodes] : [req.locale]
  await purgeTags(req, articleTags(doc.id, locales))
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  await purgeTags(req, [...articleTags(doc.id, localeCodes), cacheTag.comments(doc.id)])
  return doc
}
