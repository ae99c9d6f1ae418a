import type { CollectionAfterChangeHook, Payload, PayloadRequest, Where } from 'payload'

import { storiesEmbeddingQuote } from '@/content/quotes'
import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import { articlePathsToRevalidate } from '@/revalidate/paths'
import { revalidatePaths } from '@/revalidate/revalidate'

async function articleSlugs(payload: Payload, req: PayloadRequest, where: Where, locales: Locale[]) {
  const { docs } = await payload.find({
    collection: 'articles',
    where,
    locale: 'all',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
    select: { slug: true },
  })
  const slugs: Partial<Record<Locale, string[]>> = {}
  for (const doc of docs) {
    const bySlug = (doc.slug ?? {}) as unknown as Partial<Record<Locale, string>>
    for (const locale of locales) if (bySlug[locale]) (slugs[locale] ??= []).push(bySlug[locale] as string)
  }
  return slugs
}

const changedLocales = (req: PayloadRequest): Locale[] => (isLocale(req.locale) ? [req.locale] : [...localeCodes])

/** A quote is shown on the page of every story that embeds it: an edit in Kazakh rebuilds those Kazakh pages. */
export const revalidateQuote: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  const locales = changedLocales(req)
  const slugs = await storiesEmbeddingQuote(req.payload, doc.id, locales, req)
  await revalidatePaths(req.payload, articlePathsToRevalidate({ locales, slugs }))
  return doc
}

/** An organization has its own page and is named on the articles that mention it. */
export const revalidateOrganization: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  const locales = changedLocales(req)
  const slugs = await articleSlugs(req.payload, req, { organizations: { contains: doc.id } }, locales)
  await revalidatePaths(req.payload, articlePathsToRevalidate({ locales, slugs, organizationSlugs: [doc.slug] }))
  return doc
}

/** A picture's alt text or caption is part of every article that uses it as its hero. */
export const revalidateMedia: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  const locales = changedLocales(req)
  const slugs = await articleSlugs(req.payload, req, { heroImage: { equals: doc.id } }, locales)
  await revalidatePaths(req.payload, articlePathsToRevalidate({ locales, slugs }))
  return doc
}
