import type { Payload } from 'payload'

import { isTranslatorOnly } from '../../collections/access/translatorLocales'
import { asStaff } from '../../collections/access/roles'
import { type LanguageState, languageStates } from '../../collections/translation/languageStates'
import type { Locale } from '@/i18n/locales'

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
 * unpublished, waiting for an editor), published. Rows are newest first (`updatedAt`); a
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
      const section = sectionOf[states.find((row) => row.locale === locale)?.state ?? 'missing']
      if (!section || locale === sourceLocale) continue
      const own = doc.title?.[locale]?.trim()
      rows.push({
        id: doc.id,
        locale,
        section,
        headline: own || doc.title?.[sourceLocale]?.trim() || String(doc.id),
        headlineIsSource: !own,
        sourceLocale,
        updatedAt: doc.updatedAt,
        href: `/admin/collections/articles/${doc.id}?locale=${locale}`,
      })
    }
  }
  return rows
}
