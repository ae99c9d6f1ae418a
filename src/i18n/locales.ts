/**
 * The one definition of the newsroom's languages. Payload's localization, the router,
 * i18next and every date or plural on the site read from here: adding a language is
 * one entry below plus a folder in `locales/`.
 */
export const locales = [
  {
    code: 'en',
    name: 'English',
    englishName: 'English',
    script: 'Latn',
    dir: 'ltr',
    intl: 'en-GB',
    pluralForms: ['one', 'other'],
  },
  {
    code: 'zh',
    name: '中文',
    englishName: 'Chinese (Simplified)',
    script: 'Hans',
    dir: 'ltr',
    intl: 'zh-CN',
    pluralForms: ['other'],
  },
  {
    code: 'ru',
    name: 'Русский',
    englishName: 'Russian',
    script: 'Cyrl',
    dir: 'ltr',
    intl: 'ru-RU',
    pluralForms: ['one', 'few', 'many', 'other'],
  },
  {
    code: 'kk',
    name: 'Қазақша',
    englishName: 'Kazakh',
    script: 'Cyrl',
    dir: 'ltr',
    intl: 'kk-KZ',
    pluralForms: ['one', 'other'],
  },
  {
    code: 'mn',
    name: 'Монгол',
    englishName: 'Mongolian',
    script: 'Cyrl',
    dir: 'ltr',
    intl: 'mn-MN',
    pluralForms: ['one', 'other'],
  },
] as const

export type LocaleDefinition = (typeof locales)[number]
export type Locale = LocaleDefinition['code']

export const defaultLocale: Locale = 'en'
export const localeCodes = locales.map((l) => l.code) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeDefinition(code: Locale): LocaleDefinition {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale "${code}": add it to src/i18n/locales.ts`)
  return found
}
