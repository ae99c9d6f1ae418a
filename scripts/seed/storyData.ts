import { readFileSync } from 'node:fs'

import type { Locale } from '@/i18n/locales'
import { localeCodes } from '@/i18n/locales'

export type QuoteKey = 'snesar' | 'helel'
export type OrganizationKey = 'altai-krai-government' | 'xinjiang-science-technology-department'

export type StoryTranslation = {
  locale: Locale
  title: string
  kicker: string
  dek: string
  dateline: string
  seoTitle: string
  seoDescription: string
  body: ({ type: 'paragraph'; text: string } | { type: 'quote'; quote: QuoteKey })[]
  quotes: Record<QuoteKey, { text: string; speakerName: string; speakerRole: string }>
  organizations: Record<OrganizationKey, { name: string; description: string }>
  hero: { alt: string; caption: string; credit: string }
}

/** The Altai story as the newsroom wrote it, one file per language (English is the source). */
export function loadStory(): Record<Locale, StoryTranslation> {
  const entries = localeCodes.map((code) => {
    const file = new URL(`../seed-data/story/${code}.json`, import.meta.url)
    return [code, JSON.parse(readFileSync(file, 'utf8')) as StoryTranslation] as const
  })
  return Object.fromEntries(entries) as Record<Locale, StoryTranslation>
}

export const storyFacts = {
  sourceLocale: 'en' as Locale,
  // The conference met on Tuesday 20 May 2025 (Kazinform, 20.05.2025); the story ran that day: noon UTC is 20 May from California to Ulaanbaatar.
  publishedAt: '2025-05-20T12:00:00.000Z',
  quotes: {
    snesar: { originalLanguage: 'ru' as Locale, organization: 'altai-krai-government' as OrganizationKey },
    helel: {
      originalLanguage: 'zh' as Locale,
      organization: 'xinjiang-science-technology-department' as OrganizationKey,
    },
  },
  organizations: {
    'altai-krai-government': { country: 'RU', kind: 'government', website: 'https://www.altairegion22.ru' },
    'xinjiang-science-technology-department': {
      country: 'CN',
      kind: 'government',
      website: 'http://kjt.xinjiang.gov.cn',
    },
  },
} as const
