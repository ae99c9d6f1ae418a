import { describe, expect, it } from '@jest/globals'

import { namespaces, resources } from '../../locales'
import { localeCodes, locales } from '@/i18n/locales'
import { formatDate, translator } from '@/i18n/translate'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? { ...flat, [path]: value } : { ...flat, ...flatten(value, path) }
  }, {})
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('interface strings', () => {
  it('defines the five newsroom languages once, with native names', () => {
    expect(localeCodes).toEqual(['en', 'zh', 'ru', 'kk', 'mn'])
    expect(locales.map((l) => l.name)).toEqual(['English', '中文', 'Русский', 'Қазақша', 'Монгол'])
  })

  it('declares each language’s plural categories as CLDR (Intl) does', () => {
    for (const locale of locales) {
      const cldr = new Intl.PluralRules(locale.intl).resolvedOptions().pluralCategories
      expect([...locale.pluralForms].sort()).toEqual([...cldr].sort())
    }
  })

  describe.each(locales.map((l) => [l.code, l] as const))('%s', (code, locale) => {
    it.each(namespaces)('has exactly the English keys in %s, with the right plural forms and placeholders', (ns) => {
      const english = flatten(resources.en[ns] as Tree)
      const translated = flatten(resources[code][ns] as Tree)
      const expectedKeys = new Set<string>()
      for (const key of Object.keys(english)) {
        if (pluralSuffix.test(key)) {
          const stem = key.replace(pluralSuffix, '')
          for (const form of locale.pluralForms) expectedKeys.add(`${stem}_${form}`)
        } else {
          expectedKeys.add(key)
        }
      }
      expect(Object.keys(translated).sort()).toEqual([...expectedKeys].sort())
      for (const [key, text] of Object.entries(translated)) {
        expect(text.trim()).not.toBe('')
        const englishKey = pluralSuffix.test(key)
          ? Object.keys(english).find(
              (k) => k.replace(pluralSuffix, '') === key.replace(pluralSuffix, '') && k.endsWith('_other'),
            )
          : key
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(english[englishKey as string] ?? ''),
        })
      }
    })

    if (code !== 'en') {
      it('contains no untranslated English sentence', () => {
        for (const ns of namespaces) {
          const english = flatten(resources.en[ns] as Tree)
          const translated = flatten(resources[code][ns] as Tree)
          for (const [key, text] of Object.entries(translated)) {
            // Placeholders, web addresses and example emails are typed in Latin letters in every language.
            const prose = text.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/\S+@\S+|https?:\/\//g, '')
            const words = prose.match(/[A-Za-z]{3,}/g) ?? []
            expect({ key, english: words.filter((word) => word !== 'RSS') }).toEqual({ key, english: [] })
            expect(text).not.toBe(english[key])
          }
        }
      })
    }
  })
})

describe('plurals, dates and numbers per language', () => {
  it('a Russian reader sees “комментарий” declined for 1, 3 and 5 comments', () => {
    const t = translator('ru')
    expect(t('comments:count', { count: 1 })).toBe('1 комментарий')
    expect(t('comments:count', { count: 3 })).toBe('3 комментария')
    expect(t('comments:count', { count: 5 })).toBe('5 комментариев')
    expect(t('comments:count', { count: 21 })).toBe('21 комментарий')
  })

  it('a Kazakh reader sees “пікір” after any number, and Chinese has a single form', () => {
    expect(translator('kk')('comments:count', { count: 5 })).toBe('5 пікір')
    expect(translator('zh')('comments:count', { count: 1 })).toBe(
      translator('zh')('comments:count', { count: 7 }).replace('7', '1'),
    )
  })

  it('writes the publication date the way each country does', () => {
    const day = '2025-06-10T04:00:00.000Z'
    expect(formatDate(day, 'en')).toBe('10 June 2025')
    expect(formatDate(day, 'ru')).toBe('10 июня 2025 г.')
    expect(formatDate(day, 'kk')).toBe('2025 ж. 10 маусым')
    expect(formatDate(day, 'zh')).toBe('2025年6月10日')
    expect(formatDate(day, 'mn')).toMatch(/^2025 оны зургаадугаар сарын 10$/)
  })
})
