import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import type { Comment } from '@/payload-types'
import { articlePathsToRevalidate } from '@/revalidate/paths'
import { revalidatePaths } from '@/revalidate/revalidate'

/**
 * Approved comments are shown on the article in every language (the reader's own first), so a
 * comment that becomes or stops being public rebuilds that article's five pages, and no other.
 */
export const revalidateCommentedArticle: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const wasPublic = operation === 'update' && previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  if (!wasPublic && !isPublic) return doc
  if (wasPublic && isPublic && previousDoc?.body === doc.body && previousDoc?.authorName === doc.authorName) return doc
  await revalidateArticleOf(doc, req)
  return doc
}

export const revalidateDeletedComment: CollectionAfterDeleteHook<Comment> = async ({ doc, req }) => {
  if (doc.status === 'approved') await revalidateArticleOf(doc, req)
  return doc
}

async function revalidateArticleOf(doc: Comment, req: Parameters<CollectionAfterDeleteHook>[0]['req']) {
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { slug: true },
  })
  const slugs = (article?.slug ?? {}) as unknown as Partial<Record<Locale, string>>
  const paths = articlePathsToRevalidate({
    locales: localeCodes,
    slugs: Object.fromEntries(localeCodes.map((locale) => [locale, [slugs[locale]]])),
  }).filter((path) => path.includes('/articles/'))
  await revalidatePaths(req.payload, paths)
}
