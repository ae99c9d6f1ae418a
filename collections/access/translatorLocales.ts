import { defaultLocale, type Locale } from '@/i18n/locales'
import { asStaff, hasRole } from './roles'

/** True for someone whose only writing role is translator: the locale rules apply to them. */
export function isTranslatorOnly(user: unknown): boolean {
  return hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor')
}

export function translatorMayWrite(user: unknown, locale: string | undefined | null): boolean {
  if (!isTranslatorOnly(user)) return true
  const languages = asStaff(user)?.translatorLocales ?? []
  return Boolean(locale && locale !== 'all' && (languages as string[]).includes(locale))
}

export function localesFor<T extends { code: string }>(user: unknown, all: T[]): T[] {
  if (!isTranslatorOnly(user)) return all
  const mine = all.filter((locale) => translatorMayWrite(user, locale.code))
  return mine.length > 0 ? mine : all
}

/**
 * The content language a user's admin session opens in (README "Translators", issue 15): a
 * translator's first language, otherwise the language the account says it writes in (`writesIn`,
 * an editor's source language), otherwise the site's default language.
 */
export function workingLanguage(user: unknown): Locale {
  const staff = asStaff(user)
  if (isTranslatorOnly(user) && staff?.translatorLocales?.[0]) return staff.translatorLocales[0]
  return staff?.writesIn ?? defaultLocale
}

/** The parts of a write that decide what happens to a document's publication (Payload's update arguments). */
export type PublicationArgs = {
  draft?: boolean | string | null
  publishSpecificLocale?: string | null
  publishAllLocales?: boolean | string | null
  unpublishAllLocales?: boolean | string | null
  data?: { _status?: unknown } | null
}

const flag = (value: unknown) => value === true || value === 'true'

/**
 * What a write to a collection with drafts does to what readers see, read from the arguments of
 * Payload's update (REST query, GraphQL arguments, local API options alike):
 * - `'publish'`: `_status: 'published'`, `publishSpecificLocale` or `publishAllLocales`;
 * - `'live'`: anything else that is not a draft save. Payload 3.90 (`updateDocument`) writes the
 *   live document unless `draft` is true and `_status` is not 'published', so a save without
 *   `draft`, `_status: 'draft'` without `draft` (unpublish) and `unpublishAllLocales` all change
 *   the published version;
 * - `null`: a draft save, which only adds a version; readers see nothing change.
 * Translators may only make draft saves (README "Translators", decision 005).
 */
export function publicationChange(args: PublicationArgs): 'publish' | 'live' | null {
  const status = args.data?._status
  if (status === 'published' || args.publishSpecificLocale || flag(args.publishAllLocales)) return 'publish'
  if (!flag(args.draft) || flag(args.unpublishAllLocales) || (status !== undefined && status !== 'draft')) return 'live'
  return null
}
