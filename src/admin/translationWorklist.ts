import type { Payload, Where } from 'payload'

import { isTranslatorOnly } from '../../collections/access/translatorLocales'
import { asStaff, hasRole } from '../../collections/access/roles'
import { type LanguageState, type LanguageStateRow, languageStates } from '../../collections/translation/languageStates'
import { type Locale, localeCodes } from '@/i18n/locales'
import { colleagueNames, type UserRef, userIdOf } from './colleagueNames'

/** The worklist's sections, in the order a translator reads them: what needs work first. */
export const worklistSections = ['outdated', 'to-translate', 'in-progress', 'ready', 'published'] as const
export type WorklistSection = (typeof worklistSections)[number]

/** One article in one of the translator's languages. */
export type WorklistRow = {
  id: number | string
  locale: Locale
  section: WorklistSection
  /** This language's headline; when it has none, the original's (`headlineIsSource` true). */
  headline: string
  headlineIsSource: boolean
  sourceLocale: Locale
  /** The article's last save (ISO 8601); rows are newest first. */
  updatedAt: string
  /** The article's edit view in this language. */
  href: string
}

// A language's state (collections/translation/languageStates.ts, the one rule) as the worklist files it.
const sectionOf: Partial<Record<LanguageState, WorklistSection>> = {
  missing: 'to-translate',
  'in-progress': 'in-progress',
  ready: 'ready',
  outdated: 'outdated',
  published: 'published',
  unpublished: 'ready',
}

type ArticleDoc = {
  id: number | string
  updatedAt: string
  sourceLocale?: Locale | null
  title?: Partial<Record<Locale, string | null>> | null
}

/**
 * A translator's worklist (WPML's translation queue): for each of their languages
 * (`translatorLocales`), the `limit` most recently saved articles, filed by the language's state
 * (`languageStates`): outdated, to translate (missing), in progress, ready for review (or
 * unpublished, or a submitted revision of a published one: waiting for an editor), published. Rows are newest first (`updatedAt`); a
 * language's source article is never listed. Reads drafts with the translator's own access.
 * Returns `[]` for anyone who is not only a translator (editors and admins have the article list).
 */
export async function translationWorklist(payload: Payload, user: unknown, limit = 30): Promise<WorklistRow[]> {
  if (!isTranslatorOnly(user)) return []
  const languages = (asStaff(user)?.translatorLocales ?? []) as Locale[]
  if (languages.length === 0) return []
  const { docs } = (await payload.find({
    collection: 'articles',
    draft: true,
    locale: 'all',
    depth: 0,
    limit,
    sort: '-updatedAt',
    select: { title: true, sourceLocale: true, updatedAt: true },
    overrideAccess: false,
    user: user as never,
  })) as unknown as { docs: ArticleDoc[] }
  const rows: WorklistRow[] = []
  for (const doc of docs) {
    const states = await languageStates(payload, 'articles', doc.id)
    const sourceLocale = doc.sourceLocale ?? 'en'
    for (const locale of languages) {
      const state = states.find((row) => row.locale === locale)
      // A revision of a live translation, submitted, waits for an editor like a first translation.
      const section = state?.submitted ? 'ready' : sectionOf[state?.state ?? 'missing']
      if (!section || locale === sourceLocale) continue
      rows.push({ ...documentRow('articles', doc, locale), section })
    }
  }
  return rows
}

/** The editor's review queue's two groups: translations submitted for review, and published ones now outdated. */
export const reviewSections = ['ready', 'outdated'] as const
export type ReviewSection = (typeof reviewSections)[number]

/** One translation waiting for an editor: an article's, or a quote's (quotes are translated too, decision 022). */
export type ReviewRow = Omit<WorklistRow, 'section'> & {
  collection: 'articles' | 'quotes'
  section: ReviewSection
  /**
   * Who did what the row is about, and when (ISO 8601): for `ready`, who submitted this language for
   * review (the save that set its state to ready); for `outdated`, who last saved the article (the
   * change to the original). `byName` is `null` when the account is gone or has no name, and for
   * quotes, which keep neither versions nor who saved them (`at` is then the quote's last save).
   */
  byName: string | null
  at: string
}

/**
 * What a worklist or review-queue row shows of a document in one language: its own title there,
 * or the original's marked as such (`headlineIsSource`), and the admin link that opens it in that
 * language.
 */
function documentRow(collection: 'articles' | 'quotes', doc: ArticleDoc, locale: Locale): Omit<WorklistRow, 'section'> {
  const sourceLocale = doc.sourceLocale ?? 'en'
  const own = doc.title?.[locale]?.trim()
  return {
    id: doc.id,
    locale,
    headline: own || doc.title?.[sourceLocale]?.trim() || String(doc.id),
    headlineIsSource: !own,
    sourceLocale,
    updatedAt: doc.updatedAt,
    href: `/admin/collections/${collection}/${doc.id}?locale=${locale}`,
  }
}

/** A review-queue row of a document in one language; `state` is `ready` or `outdated` (the queue's two sections). */
function reviewRowOf(
  collection: 'articles' | 'quotes',
  doc: ArticleDoc,
  locale: Locale,
  state: string,
): Omit<ReviewRow, 'at' | 'by' | 'byName'> {
  return { ...documentRow(collection, doc, locale), collection, section: state === 'ready' ? 'ready' : 'outdated' }
}

/**
 * Whether a language waits for an editor, and in which section: submitted for review (a first
 * translation, or a revision of a live one), or live and outdated. Undefined when it does not wait.
 */
function reviewSectionOf(row: LanguageStateRow): ReviewSection | undefined {
  if (row.submitted || row.state === 'ready') return 'ready'
  if (row.state === 'outdated' && row.live) return 'outdated'
  return undefined
}

type VersionDoc = {
  createdAt: string
  version?: { translationStatus?: Partial<Record<Locale, string | null>> | null; lastEditedBy?: EditorRef }
}

const idOf = userIdOf
type EditorRef = UserRef

/** Candidates for the review queue: any language marked ready, or flagged outdated (in an article's latest draft). */
const waitingForReview: Where = {
  or: localeCodes.flatMap((code) => [
    { [`translationStatus.${code}`]: { equals: 'ready' } },
    { [`translationOutdated.${code}`]: { equals: true } },
  ]),
}

/**
 * The review queue's quote rows: the `limit` most recently saved quotes with a language ready or
 * outdated and live (`languageStates`), read with the viewer's access. A quote has no versions and
 * no `lastEditedBy`: `at` is its last save, `by` unknown. The headline is the quote's title
 * (“words” — speaker), the original's where the language has none.
 */
async function quoteRows(
  payload: Payload,
  user: unknown,
  limit: number,
): Promise<(Omit<ReviewRow, 'byName'> & { by: null })[]> {
  const { docs } = (await payload.find({
    collection: 'quotes',
    locale: 'all',
    depth: 0,
    limit,
    sort: '-updatedAt',
    where: waitingForReview,
    select: { title: true, sourceLocale: true, updatedAt: true },
    overrideAccess: false,
    user: user as never,
  })) as unknown as { docs: ArticleDoc[] }
  const rows: (Omit<ReviewRow, 'byName'> & { by: null })[] = []
  for (const doc of docs) {
    const sourceLocale = doc.sourceLocale ?? 'en'
    for (const row of await languageStates(payload, 'quotes', doc.id)) {
      const section = reviewSectionOf(row)
      if (row.locale === sourceLocale || !section) continue
      rows.push({ ...reviewRowOf('quotes', doc, row.locale, section), at: doc.updatedAt, by: null })
    }
  }
  return rows
}

/**
 * An editor's review queue (WPML's "translations to review"): every language's translations a
 * translator submitted for review (`languageStates` says `ready`, or `submitted` for a revision of
 * a translation readers already see), and published translations the
 * original has changed under since (`outdated`, live), across every language, newest first by
 * `at`; for articles and for quotes alike (`quoteRows`: a quote's translation waits for the same
 * editor, and publishing a story in a language publishes its ready quotes, decision 022). Each row names who submitted it and when, read from the article's versions (the oldest
 * of the newest run of versions where the language is ready; `lastEditedBy`), and opens the
 * article in that language (`?locale=kk`), where "Publish in …" is. Reads with the viewer's own
 * access; the names are colleagues' (`staffSeeColleagues`). Returns `[]` for anyone but editors
 * and admins (translators have their worklist, moderators neither).
 * @param limit how many of the most recently saved candidate articles (and as many quotes) are looked at
 */
export async function reviewQueue(payload: Payload, user: unknown, limit = 30): Promise<ReviewRow[]> {
  if (!hasRole(user, 'admin', 'editor')) return []
  const { docs } = (await payload.find({
    collection: 'articles',
    draft: true,
    locale: 'all',
    depth: 0,
    limit,
    sort: '-updatedAt',
    where: waitingForReview,
    select: { title: true, sourceLocale: true, updatedAt: true, lastEditedBy: true },
    overrideAccess: false,
    user: user as never,
  })) as unknown as { docs: (ArticleDoc & { lastEditedBy?: EditorRef })[] }
  const rows: (Omit<ReviewRow, 'byName'> & { by: number | string | null })[] = []
  for (const doc of docs) {
    const states = await languageStates(payload, 'articles', doc.id)
    const sourceLocale = doc.sourceLocale ?? 'en'
    const waiting = states.flatMap((row) => {
      const section = reviewSectionOf(row)
      return row.locale !== sourceLocale && section ? [{ locale: row.locale, state: section }] : []
    })
    if (waiting.length === 0) continue
    const needsHistory = waiting.some((row) => row.state === 'ready')
    const { docs: versions } = needsHistory
      ? ((await payload.findVersions({
          collection: 'articles',
          where: { and: [{ parent: { equals: doc.id } }, { snapshot: { not_equals: true } }] },
          sort: '-createdAt',
          locale: 'all',
          depth: 0,
          limit: 50,
          // Only what the submission is read from: each language's state and who saved.
          select: { createdAt: true, version: { translationStatus: true, lastEditedBy: true } } as never,
          overrideAccess: false,
          user: user as never,
        })) as unknown as { docs: VersionDoc[] })
      : { docs: [] as VersionDoc[] }
    for (const { locale, state } of waiting) {
      let at = doc.updatedAt
      let by = idOf(doc.lastEditedBy)
      if (state === 'ready') {
        // The submission: the oldest version of the newest run in which this language is ready.
        for (const version of versions) {
          if (version.version?.translationStatus?.[locale] !== 'ready') break
          at = version.createdAt
          by = idOf(version.version?.lastEditedBy)
        }
      }
      rows.push({ ...reviewRowOf('articles', doc, locale, state), at, by })
    }
  }
  rows.push(...(await quoteRows(payload, user, limit)))
  const names = await colleagueNames(
    payload,
    user,
    rows.map((row) => row.by),
  )
  return rows
    .map(({ by, ...row }) => ({ ...row, byName: by === null ? null : (names.get(String(by)) ?? null) }))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
}
