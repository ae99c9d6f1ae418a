import type { Endpoint, Payload } from 'payload'

import { isReadableIn } from '@/content/readable.mjs'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { type Locale, localeCodes } from '@/i18n/locales'
import { isStaffUser } from '../access/roles'

/**
 * What the admin shows for one language of a document:
 * - `source`: the original language, live for readers;
 * - `published` / `outdated`: a translation readers see (outdated: the source changed since);
 * - `missing` / `in-progress` / `ready`: a translation readers do not see, by its latest draft;
 * - `unpublished`: text that readers do not see although it was once marked published (the
 *   article is unpublished) or an original never published yet.
 */
export type LanguageState = 'source' | 'missing' | 'in-progress' | 'ready' | 'published' | 'outdated' | 'unpublished'

type Localized<T> = Partial<Record<Locale, T>> | null | undefined
type StateDoc = {
  _status?: string | null
  sourceLocale?: Locale
  title?: Localized<string | null>
  text?: Localized<string | null>
  translationStatus?: Localized<string | null>
  translationOutdated?: Localized<boolean | null>
}

/** Localized fields that are bookkeeping, not text a reader sees (the version history skips them too). */
export const bookkeeping: ReadonlySet<string> = new Set([
  'translationStatus',
  'translationOutdated',
  'translationFingerprint',
  'searchText',
])

/**
 * One language's row: `changed` when its latest draft text differs from what readers get;
 * `submitted` when a translation readers see has a newer draft its translator marked ready for
 * review (a revision waiting for an editor, which the state, being what readers see, does not
 * show); `since`
 * (ISO 8601, asked for with `{ since: true }`) when readers started to get the text they get now in
 * this language, `null` when they get nothing or the time is not known.
 */
export type LanguageStateRow = {
  locale: Locale
  state: LanguageState
  live: boolean
  changed: boolean
  submitted: boolean
  since?: string | null
}

/**
 * Each language's state as readers see it (decision 003's `isReadableIn` applied to the published
 * document, which is what readers get), and for languages readers do not see, the translation
 * workflow's state in the latest draft. `collection` is `articles` (drafts) or `quotes` (no drafts:
 * the document itself is what readers see; its headline is the quote's text).
 * Returns one entry per locale, in the order of `localeCodes`; `changed` says a live language has
 * unpublished edits (what the document's status line shows for that language).
 * With `options.since` (the edit view's status line; lists leave it off, it reads the versions)
 * each live language also gets `since`: the oldest of the newest run of published versions that
 * were readable in it with the same text readers get now (`versions.maxPerDoc` bounds the search;
 * a quote, which has no versions, gives its last update). A period of being unpublished in between
 * is not seen: Payload's versions do not tell an unpublish from a draft save.
 */
export async function languageStates(
  payload: Payload,
  collection: 'articles' | 'quotes',
  id: number | string,
  options: { since?: boolean } = {},
): Promise<LanguageStateRow[]> {
  const read = (draft: boolean) =>
    payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      draft,
      overrideAccess: true,
    }) as Promise<unknown> as Promise<StateDoc & Record<string, unknown>>
  const [published, latest] =
    collection === 'articles'
      ? await Promise.all([read(false), read(true)])
      : await read(false).then((doc) => [doc, doc])
  const isLive = published._status === undefined || published._status === 'published'
  const localized = payload.collections[collection].config.flattenedFields.filter(
    (field) => 'localized' in field && field.localized && !bookkeeping.has(field.name),
  )
  const textIn = (doc: Record<string, unknown>, locale: Locale) =>
    JSON.stringify(
      localized.map((field) => (doc[field.name] as Partial<Record<Locale, unknown>> | undefined)?.[locale] ?? null),
    )
  const readable = (doc: StateDoc, locale: Locale) =>
    isReadableIn(
      { sourceLocale: doc.sourceLocale ?? 'en' },
      doc.translationStatus?.[locale],
      (doc.title ?? doc.text)?.[locale],
      locale,
    )
  const history = options.since && isLive ? await publishedHistory(payload, collection, id, published) : []
  return localeCodes.map((locale) => {
    const source = (latest.sourceLocale ?? published.sourceLocale) === locale
    const live = isLive && readable(published, locale)
    let state: LanguageState
    if (live) state = source ? 'source' : published.translationOutdated?.[locale] ? 'outdated' : 'published'
    else if (source) state = 'unpublished'
    else if (latest.translationOutdated?.[locale]) state = 'outdated'
    else {
      const draftState = latest.translationStatus?.[locale] ?? 'missing'
      state = draftState === 'published' ? 'unpublished' : (draftState as LanguageState)
    }
    const row: LanguageStateRow = {
      locale,
      state,
      live,
      changed: live && textIn(latest, locale) !== textIn(published, locale),
      submitted: live && !source && collection === 'articles' && latest.translationStatus?.[locale] === 'ready',
    }
    if (options.since) {
      let since: string | null = null
      if (live) {
        const now = textIn(published, locale)
        for (const version of history) {
          if (!readable(version.doc, locale) || textIn(version.doc, locale) !== now) break
          since = version.at
        }
      }
      row.since = since
    }
    return row
  })
}

type Published = { at: string; doc: StateDoc & Record<string, unknown> }

/** The published versions of a document, newest first (a quote: the document itself, as of its last update). */
async function publishedHistory(
  payload: Payload,
  collection: 'articles' | 'quotes',
  id: number | string,
  published: StateDoc & Record<string, unknown>,
): Promise<Published[]> {
  if (collection !== 'articles') return [{ at: String(published.updatedAt), doc: published }]
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-createdAt',
    locale: 'all',
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  return docs.map((version) => ({
    at: String(version.createdAt),
    doc: version.version as unknown as StateDoc & Record<string, unknown>,
  }))
}

/**
 * `GET /api/articles/:id/languages`: `languageStates` as JSON (`[{ locale, state, live, changed, since }]`) for
 * the admin's sidebar, which fetches it after each save. Newsroom staff only (403 otherwise,
 * with the reason in the admin user's language); 404 for an unknown id.
 */
export const languageStatesEndpoint: Endpoint = {
  path: '/:id/languages',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json({ errors: [{ message: newsroomMessage(req, 'languageStatesStaffOnly') }] }, { status: 403 })
    }
    try {
      return Response.json(await languageStates(req.payload, 'articles', String(req.routeParams?.id), { since: true }))
    } catch {
      return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
    }
  },
}
