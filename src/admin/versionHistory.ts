import type { Payload, Where } from 'payload'

import { bookkeeping } from '../../collections/translation/languageStates'
import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import { colleagueNames, type UserRef, userIdOf } from './colleagueNames'

/**
 * What one saved version did, in a reader's terms:
 * - `published-in`: "Publish in X" (Payload's `publishSpecificLocale`, kept as `publishedLocale`);
 * - `published`: Publish, all languages' latest drafts (decision 011);
 * - `submitted`: a draft that set these languages' translation state to ready for review;
 * - `draft`: a draft save that changed these languages' text (none: only shared fields).
 */
export type VersionKind = 'published-in' | 'published' | 'submitted' | 'draft'

export type VersionRow = {
  id: number | string
  /** When the version was saved (ISO 8601). */
  at: string
  kind: VersionKind
  /** The languages it concerns: the one published, or those whose text or state changed. */
  locales: Locale[]
  /** Who saved it (`lastEditedBy`, by name); `null` for versions saved before names were kept. */
  byName: string | null
}

type Localized = Partial<Record<Locale, unknown>>

/** Shared fields that are not a person's change: times, who saved, and the source's fingerprint. */
const unshown = new Set(['id', 'createdAt', 'updatedAt', 'lastEditedBy', 'sourceFingerprint', '_status'])
type StoredVersion = {
  id: number | string
  createdAt: string
  publishedLocale?: string | string[] | null
  version: Record<string, unknown> & {
    _status?: string | null
    lastEditedBy?: UserRef
    translationStatus?: Partial<Record<Locale, string | null>> | null
  }
}

/**
 * An article's version history as people read it (issue 15: "who did what"), newest first: each
 * version's time, who saved it (by name, through `colleagueNames`) and what it did, in which
 * languages. Which languages a draft changed is found by comparing it with the version before it,
 * field by localized field (bookkeeping fields aside, `bookkeeping`); Payload's draft snapshots
 * after "Publish in …" are left out, as its own list does, and so are versions that changed
 * nothing people see (the outdated flags a source edit sets are saved as versions of their own). The versions are those `user` may read
 * (`readVersions`, asked in `locale`, the admin's language being edited); at most `limit`
 * (`versions.maxPerDoc` keeps 50).
 */
export async function versionHistory(
  payload: Payload,
  user: unknown,
  id: number | string,
  locale: string | undefined,
  limit = 50,
): Promise<VersionRow[]> {
  const where: { and: Where[] } = { and: [{ parent: { equals: id } }, { snapshot: { not_equals: true } }] }
  // Access first, as the viewer; then every language's data of the versions they may see.
  const allowed = await payload.findVersions({
    collection: 'articles',
    where,
    sort: '-createdAt',
    depth: 0,
    limit,
    locale: (isLocale(locale) ? locale : undefined) as Locale | undefined,
    select: { id: true } as never,
    overrideAccess: false,
    user: user as never,
  })
  const ids = allowed.docs.map((doc) => doc.id)
  if (ids.length === 0) return []
  const { docs } = (await payload.findVersions({
    collection: 'articles',
    where: { and: [...where.and, { id: { in: ids } }] },
    sort: '-createdAt',
    depth: 0,
    limit: limit + 1,
    locale: 'all',
    overrideAccess: true,
  })) as unknown as { docs: StoredVersion[] }
  // The version before the oldest shown, to tell what the oldest changed.
  const oldest = docs[docs.length - 1]
  const before = oldest
    ? (
        (await payload.findVersions({
          collection: 'articles',
          where: { and: [...where.and, { createdAt: { less_than: oldest.createdAt } }] },
          sort: '-createdAt',
          depth: 0,
          limit: 1,
          locale: 'all',
          overrideAccess: true,
        })) as unknown as { docs: StoredVersion[] }
      ).docs[0]
    : undefined
  const localized = payload.collections.articles.config.flattenedFields
    .filter((field) => 'localized' in field && field.localized && !bookkeeping.has(field.name))
    .map((field) => field.name)
  const textIn = (version: StoredVersion | undefined, code: Locale) =>
    JSON.stringify(localized.map((name) => (version?.version[name] as Localized | undefined)?.[code] ?? null))
  // Fields every language shares, as people change them (not the times, the editor, fingerprints).
  const shared = payload.collections.articles.config.flattenedFields
    .filter((field) => !('localized' in field && field.localized) && 'name' in field && !unshown.has(field.name))
    .map((field) => field.name)
  const sharedIn = (version: StoredVersion | undefined) =>
    JSON.stringify(shared.map((name) => version?.version[name] ?? null))
  const names = await colleagueNames(
    payload,
    user,
    docs.map((doc) => userIdOf(doc.version.lastEditedBy)),
  )
  return docs.flatMap((doc, index): VersionRow[] => {
    const previous = docs[index + 1] ?? before
    const by = userIdOf(doc.version.lastEditedBy)
    const row = { id: doc.id, at: doc.createdAt, byName: by === null ? null : (names.get(String(by)) ?? null) }
    const published = doc.version._status === 'published'
    const publishedLocale = Array.isArray(doc.publishedLocale) ? doc.publishedLocale[0] : doc.publishedLocale
    if (published && isLocale(publishedLocale)) return [{ ...row, kind: 'published-in', locales: [publishedLocale] }]
    const submitted = localeCodes.filter(
      (code) =>
        doc.version.translationStatus?.[code] === 'ready' && previous?.version.translationStatus?.[code] !== 'ready',
    )
    const changed = localeCodes.filter(
      (code) => submitted.includes(code) || textIn(doc, code) !== textIn(previous, code),
    )
    // A save that changed nothing people see (the outdated flags a source edit sets, kept as a
    // version of their own) is not a step in the story.
    const same =
      changed.length === 0 && previous?.version._status === doc.version._status && sharedIn(previous) === sharedIn(doc)
    if (same) return []
    if (published) return [{ ...row, kind: 'published', locales: changed }]
    if (submitted.length > 0) return [{ ...row, kind: 'submitted', locales: submitted }]
    return [{ ...row, kind: 'draft', locales: changed }]
  })
}
