import type { Payload, Where } from 'payload'

import type { DocumentId } from '@/comments/documentId'
import type { Article } from '@/payload-types'
import { type Locale, localeCodes } from '@/i18n/locales'
import { readOptions, type ReadingContext } from './readingContext'
import { isReadableIn, readableInLocaleWhere } from './readable.mjs'

// Which articles the site shows in a language is decision 003's rule, whose one home is
// readable.mjs; every read here has fallback to English off, so a half translation never passes
// for complete.

/** Articles per page of the newest-first list (the front page and /page/<n>). */
export const PAGE_SIZE = 10

type LocalizedArticle = Omit<Article, 'slug' | 'title' | 'translationStatus'> & {
  slug?: Partial<Record<Locale, string | null>> | null
  title?: Partial<Record<Locale, string | null>> | null
  translationStatus?: Partial<Record<Locale, string | null>> | null
}

export type Alternates = Partial<Record<Locale, string>>

/** The fields an article card shows: lists select only these. */
export const cardSelect = {
  title: true,
  slug: true,
  kicker: true,
  dek: true,
  publishedAt: true,
  heroImage: true,
  updatedAt: true,
} as const
export type ArticleCardData = Pick<
  Article,
  'id' | 'title' | 'slug' | 'kicker' | 'dek' | 'publishedAt' | 'heroImage' | 'updatedAt'
>

/** Decision 003 as a query, for lists (`readableInLocaleWhere` in readable.mjs, the rule's one home). */
export function publishedInLocale(locale: Locale): Where {
  return readableInLocaleWhere(locale) as unknown as Where
}

/**
 * Slugs of the languages this article can be read in: the language switcher and hreflang.
 * As a reader: the published languages (`isReadableIn`, decision 003). In a preview: every
 * language whose latest draft has a slug and a headline, so an article never published yet
 * still has its alternates. Throws Payload's NotFound when the article is not readable at all.
 */
export async function articleAlternates(context: ReadingContext, id: number | string): Promise<Alternates> {
  const all = (await context.payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    depth: 0,
    ...readOptions(context),
    select: { slug: true, title: true, translationStatus: true, sourceLocale: true },
  })) as unknown as LocalizedArticle
  const alternates: Alternates = {}
  for (const locale of localeCodes) {
    const slug = all.slug?.[locale]
    const title = all.title?.[locale]
    const readable = context.draft
      ? typeof title === 'string' && title.trim() !== ''
      : isReadableIn(all, all.translationStatus?.[locale], title, locale)
    if (slug && readable) alternates[locale] = slug
  }
  return alternates
}

export type CommentableArticle = { id: DocumentId; slug: string; commentsEnabled: boolean }

/**
 * The article with this id as a reader of `locale` may read it (decision 003, `isReadableIn`):
 * published, and `locale` is its source or a published translation with a headline of its own.
 * Returns its slug in `locale` and whether comments are open; `null` when there is no such
 * article or it cannot be read in `locale` (its URL there shows the "not translated" notice).
 */
export async function articleReadableIn(
  payload: Payload,
  id: number | string,
  locale: Locale,
): Promise<CommentableArticle | null> {
  const all = (await payload
    .findByID({
      collection: 'articles',
      id,
      locale: 'all',
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      select: { slug: true, title: true, translationStatus: true, sourceLocale: true, commentsEnabled: true },
    })
    .catch(() => null)) as unknown as (LocalizedArticle & { commentsEnabled?: boolean | null }) | null
  const slug = all?.slug?.[locale]
  if (!all || !slug || !isReadableIn(all, all.translationStatus?.[locale], all.title?.[locale], locale)) return null
  return { id: all.id, slug, commentsEnabled: all.commentsEnabled !== false }
}

export type ArticleLookup =
  | { kind: 'found'; article: Article; alternates: Alternates }
  | { kind: 'untranslated'; id: number; alternates: Alternates }
  | { kind: 'missing' }

/**
 * Finds the article a URL names in `locale`; the slug may be another language's when a reader
 * swapped the locale. In a preview (`context.draft`) the latest draft is found, published or not.
 */
export async function articleBySlug(context: ReadingContext, locale: Locale, slug: string): Promise<ArticleLookup> {
  const { payload } = context
  const found = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    ...readOptions(context),
  })
  const article = found.docs[0]
  if (article) {
    const alternates = await articleAlternates(context, article.id)
    if (alternates[locale]) return { kind: 'found', article, alternates }
    return { kind: 'untranslated', id: article.id, alternates }
  }
  for (const other of localeCodes.filter((code) => code !== locale)) {
    const elsewhere = await payload.find({
      collection: 'articles',
      locale: other,
      fallbackLocale: false,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      ...readOptions(context),
      select: { slug: true },
    })
    if (elsewhere.docs[0])
      return {
        kind: 'untranslated',
        id: elsewhere.docs[0].id,
        alternates: await articleAlternates(context, elsewhere.docs[0].id),
      }
  }
  return { kind: 'missing' }
}

export async function latestArticles(payload: Payload, locale: Locale, page = 1) {
  return payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    where: publishedInLocale(locale),
    sort: '-publishedAt',
    limit: PAGE_SIZE,
    page,
    depth: 1,
    overrideAccess: false,
    select: cardSelect,
  })
}

/** Every (locale, slug) pair a reader can open: pre-rendered at build, listed in the sitemap. */
export async function readablePaths(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'articles',
    locale: 'all',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: {
      slug: true,
      title: true,
      translationStatus: true,
      sourceLocale: true,
      publishedAt: true,
      updatedAt: true,
    },
  })
  return (docs as unknown as LocalizedArticle[]).map((doc) => {
    const alternates: Alternates = {}
    for (const locale of localeCodes) {
      const slug = doc.slug?.[locale]
      if (slug && isReadableIn(doc, doc.translationStatus?.[locale], doc.title?.[locale], locale))
        alternates[locale] = slug
    }
    return { id: doc.id, alternates, updatedAt: doc.updatedAt, publishedAt: doc.publishedAt }
  })
}
