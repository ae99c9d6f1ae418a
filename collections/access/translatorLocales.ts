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
