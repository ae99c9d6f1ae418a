// @ts-check
// The one list of the newsroom's languages, in plain JavaScript so that both the app (through
// locales.ts, which adds types and helpers) and the plain-Node server layer (scripts/serve.mjs,
// src/server/*.mjs) read it. Adding a language is one entry here plus its folder in locales/.

/**
 * Each language: `code` is a BCP 47 tag and the URL segment, cookie value and `locales/<code>/`
 * folder name (`kk`, or with a script subtag, `kk-Arab`); `name` its own name; `script` the ISO
 * 15924 script; `dir` the writing direction; `intl` the tag for Intl dates and numbers;
 * `pluralForms` its CLDR plural categories (a unit test compares them with Intl).
 */
export const localeDefinitions = /** @type {const} */ ([
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
])

/** The site's default language: `x-default`, the fallback, and the 404 of an address in no language of the site. */
export const defaultLocaleCode = 'en'

/** The codes alone, in the order above: `['en', 'zh', 'ru', 'kk', 'mn']`. */
export const allLocaleCodes = localeDefinitions.map((definition) => definition.code)
