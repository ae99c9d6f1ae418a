import { allLocaleCodes, defaultLocaleCode, localeDefinitions } from './localeDefinitions.mjs'

/**
 * The newsroom's languages with types and helpers. The list itself lives in
 * `localeDefinitions.mjs` (shared with the plain-Node server layer): adding a language is one
 * entry there plus a folder in `locales/`. Payload's localization, the router, i18next, the reader
 * edge, the request guards and every date or plural on the site read from it.
 */
export const locales = localeDefinitions

export type LocaleDefinition = (typeof locales)[number]
export type Locale = LocaleDefinition['code']

export const defaultLocale: Locale = defaultLocaleCode
export const localeCodes: Locale[] = [...allLocaleCodes]

/** True when `value` is one of the newsroom's locale codes (exactly, case included). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

/**
 * The definition of one language.
 * @throws Error naming the file to fix when the code is not one of ours.
 */
export function localeDefinition(code: Locale): LocaleDefinition {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}": add it to src/i18n/localeDefinitions.mjs`)
  return found
}
