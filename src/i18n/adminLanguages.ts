import type { Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'
import { deepMergeSimple } from '@payloadcms/translations/utilities'

import { kkAdminTranslations } from './admin/kk'
import { mnAdminTranslations } from './admin/mn'
import { ruAdminOverrides, zhAdminOverrides } from './admin/payloadOverrides'

/**
 * The admin panel's languages: Payload's own English, Chinese and Russian, and our Kazakh and
 * Mongolian. Their dates use date-fns' kk and mn locales (patches/ teaches Payload's loader them).
 * Chinese and Russian carry the glossary's words where Payload's differ (admin/payloadOverrides.ts).
 */
export const adminLanguages = {
  en,
  zh: { ...zh, translations: deepMergeSimple(zh.translations, zhAdminOverrides) } satisfies Language,
  ru: { ...ru, translations: deepMergeSimple(ru.translations, ruAdminOverrides) } satisfies Language,
  kk: { dateFNSKey: 'kk' as Language['dateFNSKey'], translations: kkAdminTranslations } satisfies Language,
  mn: { dateFNSKey: 'mn' as Language['dateFNSKey'], translations: mnAdminTranslations } satisfies Language,
}

export type AdminLanguage = keyof typeof adminLanguages
export const adminLanguageCodes = Object.keys(adminLanguages) as AdminLanguage[]
