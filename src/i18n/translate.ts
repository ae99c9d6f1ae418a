import { createInstance, type TFunction } from 'i18next'

import { namespaces, resources } from '../../locales'
import { defaultLocale, type Locale, localeDefinition } from './locales'

export type SiteT = TFunction<typeof namespaces>

const instances = new Map<Locale, SiteT>()

/**
 * The i18next translator for one language, built once per process. English is not a fallback:
 * a key missing in Kazakh is caught by the locale test, never shown in English on a Kazakh page.
 */
export function translator(locale: Locale): SiteT {
  const cached = instances.get(locale)
  if (cached) return cached
  const instance = createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: Object.keys(resources),
    ns: [...namespaces],
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  const t = instance.getFixedT(locale, namespaces) as SiteT
  instances.set(locale, t)
  return t
}

/** Dates and numbers in the reader's own conventions ("2025 ж. 10 маусым", "10 июня 2025 г."). */
export function formatDate(value: string | Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat(localeDefinition(locale).intl, { dateStyle: style, timeZone: 'UTC' }).format(date)
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(localeDefinition(locale).intl).format(value)
}

export { defaultLocale }
