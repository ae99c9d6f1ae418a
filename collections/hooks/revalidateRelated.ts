import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { storiesEmbeddingQuote } from '@/content/quotes'
import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import { cacheTag, purgeTags } from '@/revalidate/tags'

/** The languages an edit changed: the request's locale, or all of them when it names none. */
const changedLocales = (req: PayloadRequest): Locale[] => (isLocale(req.locale) ? [req.locale] : [...localeCodes])

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined)

/**
 * A quote is shown on the page of every story that embeds it (decision 016) and on its speaker's
 * organization page: an edit in Kazakh purges those Kazakh pages.
 */
export const revalidateQuote: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  const locales = changedLocales(req)
  const stories = await storiesEmbeddingQuote(req.payload, doc.id, locales, req)
  const organization = idOf(doc.speakerOrganization)
  await purgeTags(
    req,
    locales.flatMap((locale) => [
      ...(stories[locale] ?? []).map((article) => cacheTag.article(article, locale)),
      ...(organization === undefined ? [] : [cacheTag.organization(organization, locale)]),
    ]),
  )
  return doc
}

/**
 * An organization has its own page and is named on the articles that mention it. A new one, or a
 * new address, also purges the lists: a cached "not found" at that address carries them.
 */
export const revalidateOrganization: CollectionAfterChangeHook = async ({
  doc,
  req,
  context,
  previousDoc,
  operation,
}) => {
  if (context.seeding) return doc
  const newAddress = operation === 'create' || previousDoc?.slug !== doc.slug
  await purgeTags(
    req,
    changedLocales(req).flatMap((locale) => [
      cacheTag.organization(doc.id, locale),
      ...(newAddress ? [cacheTag.lists(locale)] : []),
    ]),
  )
  return doc
}

/** A picture's alt text or caption is part of every page that shows it (article heroes, cards). */
export const revalidateMedia: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  await purgeTags(
    req,
    changedLocales(req).map((locale) => cacheTag.media(doc.id, locale)),
  )
  return doc
}
