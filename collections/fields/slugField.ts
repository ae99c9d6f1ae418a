import { type CollectionSlug, type FieldHook, type PayloadRequest, type TextField, ValidationError } from 'payload'

import { keepingLocale } from '@/db/keepingLocale'
import { isNormalisedSlug, normaliseSlug, numberedSlug } from '@/content/slug'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { localeCodes } from '@/i18n/locales'

type SlugFieldOptions = {
  /** One slug per language (articles) or one for all languages (organizations). */
  localized: boolean
  /** The text an empty slug is made from, in the request's locale; undefined when there is none to use. */
  source: (
    doc: { data: Record<string, unknown>; originalDoc: Record<string, unknown> },
    req: PayloadRequest,
  ) => string | undefined
  /** Used when `source` gives nothing usable (a headline of emoji only), e.g. `article`. */
  fallback: string
  label: TextField['label']
  admin?: TextField['admin']
}

/**
 * The one slug field of the newsroom (rules in `src/content/slug.ts`). Whatever route a slug takes
 * into the database, it is stored normalised, in every locale, and unique in its locale:
 * - typed, or sent through the API, bulk edit or copy-to-locale: normalised (`beforeValidate`);
 *   a typed slug with nothing usable in it is refused with a message in the editor's language;
 * - left empty: made from `source` (`beforeValidate`), numbered when taken;
 * - duplicated: every locale's slug is normalised and numbered (`beforeDuplicate`), instead of
 *   Payload's default `"<slug> - Copy"` (with spaces, in the admin's language), which made the
 *   copy's other languages unreachable;
 * - any other locale's stored value that is not normalised (written before this rule, or by a route
 *   that skips the request-locale hooks) is normalised when the document is next saved
 *   (`beforeChange`). Existing databases are cleaned once by the migration `normalise_slugs`.
 */
export function slugField({ localized, source, fallback, label, admin }: SlugFieldOptions): TextField {
  const generate: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    const typed = typeof value === 'string' ? value.trim() : ''
    if (typed) {
      const normalised = normaliseSlug(typed)
      // Thrown here rather than left to `validate`, which Payload skips when a draft is saved.
      if (!normalised)
        throw new ValidationError(
          { collection: collection?.slug, errors: [{ path: 'slug', message: newsroomMessage(req, 'slugUnusable') }] },
          req.t,
        )
      return normalised
    }
    const from = source({ data: data ?? {}, originalDoc: originalDoc ?? {} }, req)
    if (from === undefined) return value
    const base = normaliseSlug(from) || fallback
    return availableSlug(
      req,
      collection?.slug,
      localized ? requestLocale(req) : undefined,
      base,
      originalDoc?.id ?? data?.id,
    )
  }

  const duplicate: FieldHook = async ({ value, req, collection, siblingData }) => {
    const locale = localized ? nextDuplicatedLocale(siblingData) : undefined
    if (typeof value !== 'string' || !value.trim()) return undefined
    return availableSlug(req, collection?.slug, locale, normaliseSlug(value) || fallback, undefined)
  }

  const normaliseOtherLocales: FieldHook = async ({ siblingDocWithLocales, req, collection, originalDoc, data }) => {
    if (!localized || !siblingDocWithLocales) return undefined
    const stored = siblingDocWithLocales.slug as Record<string, unknown> | undefined
    if (!stored || typeof stored !== 'object') return undefined
    for (const locale of localeCodes) {
      const other = stored[locale]
      if (locale === req.locale || typeof other !== 'string' || !other || isNormalisedSlug(other)) continue
      stored[locale] = await availableSlug(
        req,
        collection?.slug,
        locale,
        normaliseSlug(other) || fallback,
        originalDoc?.id ?? data?.id,
      )
    }
    return undefined
  }

  return {
    name: 'slug',
    type: 'text',
    localized,
    unique: true,
    index: true,
    label,
    admin: { position: 'sidebar', ...admin },
    hooks: { beforeValidate: [generate], beforeDuplicate: [duplicate], beforeChange: [normaliseOtherLocales] },
    validate: (value: unknown, { req }: { req: PayloadRequest }) =>
      value === null ||
      value === undefined ||
      value === '' ||
      isNormalisedSlug(value) ||
      newsroomMessage(req, 'slugUnusable'),
  }
}

function requestLocale(req: PayloadRequest): string | undefined {
  return req.locale && req.locale !== 'all' ? req.locale : undefined
}

/**
 * `base`, or `base-2`, `base-3`… : the first that no other document of `collection` uses in `locale`
 * (every document when not localized). The database's unique index settles any race that remains.
 */
async function availableSlug(
  req: PayloadRequest,
  collection: string | undefined,
  locale: string | undefined,
  base: string,
  ownId: unknown,
) {
  if (!collection) return base
  // The local API sets `req.locale` to the locale it is given: the save in progress keeps its own.
  const savingLocale = req.locale
  return keepingLocale(req, async () => {
    for (let n = 1; n < 100; n += 1) {
      const candidate = numberedSlug(base, n)
      const { totalDocs } = await req.payload.count({
        collection: collection as CollectionSlug,
        locale: (locale ?? savingLocale) as 'en' | undefined,
        where: { and: [{ slug: { equals: candidate } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])] },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) return candidate
    }
    return numberedSlug(base, Date.now())
  })
}

const duplicateCalls = new WeakMap<object, number>()

/**
 * The locale of this `beforeDuplicate` call. Payload calls a localized field's hook once for every
 * configured locale, in configuration order, with the same sibling document, but does not pass the
 * locale (payload/dist/fields/hooks/beforeDuplicate/promise.js): count the calls per document.
 */
function nextDuplicatedLocale(siblingDoc: unknown): string | undefined {
  if (!siblingDoc || typeof siblingDoc !== 'object') return undefined
  const index = duplicateCalls.get(siblingDoc) ?? 0
  duplicateCalls.set(siblingDoc, index + 1)
  return localeCodes[index % localeCodes.length]
}
