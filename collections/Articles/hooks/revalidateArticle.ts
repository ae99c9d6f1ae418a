import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { articlePathsToRevalidate } from '@/revalidate/paths'
import { revalidatePaths } from '@/revalidate/revalidate'

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
 * Rebuilds exactly the pages an edit changes: a Kazakh headline edit rebuilds the Kazakh page
 * (under its old and new slug), never the Russian one; publishing or a shared field, all five.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req, context }) => {
  if (context.seeding) return doc
  // A draft save changes nothing readers can see.
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc

  const sharedChanged = sharedFields.some(
    (field) => JSON.stringify(doc[field]) !== JSON.stringify(previousDoc?.[field]),
  )
  const locales: Locale[] = sharedChanged || !isLocale(req.locale) ? [...localeCodes] : [req.locale]
  const slugs: Partial<Record<Locale, (string | null | undefined)[]>> = {}
  const organizationSlugs = new Set<string>()

  const all = await req.payload.findByID({
    collection: 'articles',
    id: doc.id,
    locale: 'all',
    depth: 1,
    draft: false,
    overrideAccess: true,
    req,
    select: { slug: true, organizations: true },
  })
  const currentSlugs = (all.slug ?? {}) as unknown as Partial<Record<Locale, string>>
  for (const locale of locales) slugs[locale] = [currentSlugs[locale]]
  if (isLocale(req.locale)) slugs[req.locale]?.push(previousDoc?.slug, doc.slug)
  for (const organization of all.organizations ?? []) {
    if (typeof organization === 'object' && organization.slug) organizationSlugs.add(organization.slug)
  }

  await revalidatePaths(
    req.payload,
    articlePathsToRevalidate({ locales, slugs, organizationSlugs: [...organizationSlugs] }),
  )
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  const slugs = Object.fromEntries(localeCodes.map((locale) => [locale, [doc.slug]]))
  await revalidatePaths(req.payload, articlePathsToRevalidate({ locales: localeCodes, slugs }))
  return doc
}
