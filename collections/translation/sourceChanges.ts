import { diffWords } from 'diff'
import type { Payload } from 'payload'

import { lexicalToPlainText } from '@/content/plainText'
import { isLocale, type Locale } from '@/i18n/locales'

/** One run of words: kept, `removed` from the old source, or `added` in the new one. */
export type WordChange = { value: string; added: boolean; removed: boolean }

/** One source field whose text changed, as a word-level diff, old → new. */
export type FieldChange = { field: string; changes: WordChange[] }

/**
 * What changed in the source since a translation was marked ready or published:
 * - `since`: when the source version the translation was made from was saved (ISO 8601), and
 *   `versionId` that version (Payload's versions of the article);
 * - `fields`: the changed source fields (dotted names, e.g. `meta.title`), in the order asked;
 * - `sourceLocale`: the language of the source.
 * `versionId` and `since` are null when that version is no longer kept (`versions.maxPerDoc`
 * dropped it): the translation is outdated but the old text is gone, and `fields` is empty.
 */
export type SourceChanges = {
  sourceLocale: Locale
  versionId: number | string | null
  since: string | null
  fields: FieldChange[]
}

type Doc = Record<string, unknown>

const valueAt = (doc: Doc | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Doc | undefined)?.[key], doc)

/** A field's words as the fingerprint sees them (`fingerprint.ts`): a Lexical body as plain text. */
const textOf = (value: unknown): string =>
  (value && typeof value === 'object' && 'root' in value ? lexicalToPlainText(value) : String(value ?? '')).trim()

/**
 * The word-level diff of two texts in `locale` (jsdiff's `diffWords`, with an `Intl.Segmenter`
 * so Chinese and Mongolian words are words, not single characters or whole lines).
 */
export function wordDiff(before: string, after: string, locale: Locale): WordChange[] {
  const intlSegmenter = new Intl.Segmenter(locale, { granularity: 'word' })
  return diffWords(before, after, { intlSegmenter }).map(({ value, added, removed }) => ({
    value,
    added: Boolean(added),
    removed: Boolean(removed),
  }))
}

/**
 * The source's changes since `locale`'s translation of an article was marked ready or published
 * (decision 005: that moment's source fingerprint is stored as the language's
 * `translationFingerprint`, and every version stores the source's `sourceFingerprint`, so the
 * newest version with that fingerprint holds the source text the translation was made from).
 * Compares it with the latest draft of the source, field by field (`fields`, dotted names).
 * Returns null when there is nothing to show: `locale` is the source, the translation was never
 * marked ready, or the source has not changed since. Reads with `overrideAccess` (the caller
 * decides who may see it).
 */
export async function sourceChangesSince(
  payload: Payload,
  id: number | string,
  locale: string,
  fields: readonly string[],
): Promise<SourceChanges | null> {
  if (!isLocale(locale)) return null
  const all = (await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as Doc & {
    sourceLocale?: Locale
    sourceFingerprint?: string | null
    translationFingerprint?: Partial<Record<Locale, string | null>> | null
  }
  const sourceLocale = all.sourceLocale ?? 'en'
  const madeFrom = all.translationFingerprint?.[locale]
  if (locale === sourceLocale || !madeFrom || madeFrom === all.sourceFingerprint) return null
  const [{ docs }, current] = await Promise.all([
    payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version.sourceFingerprint': { equals: madeFrom } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      locale: sourceLocale,
      fallbackLocale: false,
      overrideAccess: true,
    }),
    payload.findByID({
      collection: 'articles',
      id,
      locale: sourceLocale,
      fallbackLocale: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
    }) as Promise<unknown> as Promise<Doc>,
  ])
  const then = docs[0]
  if (!then) return { sourceLocale, versionId: null, since: null, fields: [] }
  const changed: FieldChange[] = []
  for (const field of fields) {
    const before = textOf(valueAt(then.version as unknown as Doc, field))
    const after = textOf(valueAt(current, field))
    if (before !== after) changed.push({ field, changes: wordDiff(before, after, sourceLocale) })
  }
  return { sourceLocale, versionId: then.id, since: then.updatedAt ?? null, fields: changed }
}
