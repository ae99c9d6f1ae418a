import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { publishReadyQuotesWithStory } from '@/content/quotes'
import { markLatestVersion } from '@/db/latestVersion'
import { isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { keepingLocale } from '@/db/keepingLocale'

/**
 * Publishing stamps the publication date the first time (WordPress does the same), so a new
 * story is dated and sorts on top of the front page, the feeds and the admin list. An editor can
 * still change the date; a date already set, or one sent with the publish, is kept.
 */
export const stampPublicationDate: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const date = 'publishedAt' in data ? data.publishedAt : originalDoc?.publishedAt
  if (!date) data.publishedAt = new Date().toISOString()
  return data
}

/**
 * Keeps a language's translation state and its publication in step (decision 011): the state
 * stored in the published document is the one source of truth for "readers see this language".
 *
 * - Publishing a language ("Publish in Қазақша", scheduled publish, or "Publish" while editing
 *   that language) makes it live: its state becomes `published`, provided it has a headline.
 * - Publishing with the state just changed to missing, in progress or ready takes it down.
 * - A draft save cannot make a language live, so it cannot say it is: a `published` state saved
 *   in a draft of a language that readers do not see is stored as `ready` (for review).
 *
 * The source language has no translation state to keep. Internal follow-up writes
 * (`context.translationStateUpdate`) and seeding are left alone.
 */
export const syncTranslationStateWithPublication: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
  context,
  collection,
}) => {
  if (context.translationStateUpdate || context.seeding || !isLocale(req.locale)) return data
  const source = data.sourceLocale ?? originalDoc?.sourceLocale ?? 'en'
  if (req.locale === source) return data
  const previous = originalDoc?.translationStatus ?? 'missing'
  const incoming = data.translationStatus

  if (data._status === 'published') {
    const takenDown = incoming !== undefined && incoming !== null && incoming !== previous && incoming !== 'published'
    const title = 'title' in data ? data.title : originalDoc?.title
    if (!takenDown && typeof title === 'string' && title.trim()) data.translationStatus = 'published'
    return data
  }
  if (data._status === 'draft' && incoming === 'published' && originalDoc?.id !== undefined) {
    // What readers get: the published document, whatever the drafts say.
    const live = await keepingLocale(req, () =>
      req.payload.findByID({
        collection: collection.slug as 'articles',
        id: originalDoc.id,
        locale: req.locale,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        overrideAccess: true,
        select: { translationStatus: true },
        req,
      }),
    )
    if (live?.translationStatus !== 'published') data.translationStatus = 'ready'
  }
  return data
}

const notContent = new Set(['_status', 'createdAt', 'updatedAt'])

/** The stored content of a document: its data fields, without timestamps, status or joins (which are read, not stored). */
function storedContent(doc: Record<string, unknown> | null | undefined, fields: Field[]): string {
  const stored = new Set(
    fields.flatMap((field) =>
      fieldAffectsData(field) && field.type !== 'join' && !notContent.has(field.name) ? [field.name] : [],
    ),
  )
  return JSON.stringify(Object.entries(doc ?? {}).filter(([key]) => stored.has(key)))
}

/**
 * "Publish in <language>" makes Payload store, after the published version, a draft snapshot of
 * every language's latest draft. When no other language has an unpublished draft that snapshot
 * equals what was just published, yet Payload counts it as a newer draft: the document says
 * "Changed — Revert to published", the list "Draft (has published version)" and the history
 * "Current Draft". Such a snapshot carries nothing, so it is removed (and the published version
 * becomes the latest again); one that holds another language's unpublished work is kept.
 */
export const dropEmptyDraftSnapshot: CollectionAfterChangeHook<Article> = async ({
  doc,
  data,
  req,
  collection,
  context,
}) => {
  if (context.seeding || data._status !== 'published' || doc._status !== 'published') return doc
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { and: [{ parent: { equals: doc.id } }, { snapshot: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    req,
  })
  const snapshot = docs[0]
  if (!snapshot || new Date(snapshot.updatedAt) < new Date(doc.updatedAt)) return doc
  const published = await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    locale: 'all',
    req,
  })
  if (
    storedContent(snapshot.version as Record<string, unknown>, collection.fields) !==
    storedContent(published as Record<string, unknown> | null, collection.fields)
  ) {
    return doc
  }
  await req.payload.db.deleteVersions({ collection: collection.slug, where: { id: { equals: snapshot.id } }, req })
  // The snapshot was the latest version; the published one it followed is now, or draft reads
  // (the admin list, the worklist, `?draft=true`) would find no version of the article at all.
  const { docs: remaining } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    req,
  })
  if (remaining[0]) await markLatestVersion(req, collection.slug as 'articles', remaining[0].id)
  return doc
}

/**
 * Publishing a translation of a story ("Publish in Қазақша", or Publish while editing it) also
 * publishes, in that language, the quote translations its body embeds that wait for review
 * (`publishReadyQuotesWithStory`, decision 022): readers never get the Kazakh story without its
 * Kazakh pull quote because the quote was a second thing to publish. Only when the language is
 * live afterwards (`translationStatus` published, `syncTranslationStateWithPublication`); the
 * source language's quotes have no translation state.
 */
export const publishEmbeddedQuotes: CollectionAfterChangeHook<Article> = async ({ doc, data, req, context }) => {
  if (context.translationStateUpdate || context.seeding || !isLocale(req.locale)) return doc
  if (data._status !== 'published' || doc._status !== 'published') return doc
  if (req.locale === (doc.sourceLocale ?? 'en') || doc.translationStatus !== 'published') return doc
  const ids = (doc.quotes ?? []).map((quote) => (typeof quote === 'object' ? quote.id : quote))
  await publishReadyQuotesWithStory(req, ids, req.locale)
  return doc
}
