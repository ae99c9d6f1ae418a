import type { FieldHook } from 'payload'

import { slugFromTitle } from '../../../src/content/slug'

/**
 * A slug is per locale: left empty it is made from that locale's title by transliteration,
 * typed by hand it is normalised the same way. A generated slug that another article already
 * uses in this locale gets a number; the database's unique index stops the rest.
 */
export const generateSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
  const typed = typeof value === 'string' ? value.trim() : ''
  const title = (data?.title ?? originalDoc?.title ?? '') as string
  const base = slugFromTitle(typed || title)
  if (!base) return typed ? undefined : value
  if (typed || !collection) return base

  const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const ownId = originalDoc?.id ?? data?.id
  for (let n = 1; n < 100; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as 'articles',
      locale: locale as never,
      where: {
        and: [{ slug: { equals: candidate } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now()}`
}
