import type { Locale } from './locales'

/** The admin's languages, in the order labels list them (the keys of every five-language label). */
const adminLabelLanguages = ['en', 'zh', 'ru', 'kk', 'mn'] as const

/**
 * A content language's name in each admin language, from CLDR (`Intl.DisplayNames`): capitalised,
 * and in Mongolian with «хэл», since CLDR's bare «англи» also names the country.
 * E.g. English: kk «Ағылшын тілі», mn «Англи хэл», ru «Английский», zh «英语». No imports beyond
 * the locale type, so client components use it as the server does.
 */
export function languageLabel(code: Locale): Record<(typeof adminLabelLanguages)[number], string> {
  const name = (admin: (typeof adminLabelLanguages)[number]) => {
    const plain = new Intl.DisplayNames([admin], { type: 'language' }).of(code) ?? code
    const capitalised = plain.charAt(0).toLocaleUpperCase(admin) + plain.slice(1)
    return admin === 'mn' && !capitalised.endsWith(' хэл') ? `${capitalised} хэл` : capitalised
  }
  return Object.fromEntries(adminLabelLanguages.map((admin) => [admin, name(admin)])) as Record<
    (typeof adminLabelLanguages)[number],
    string
  >
}
