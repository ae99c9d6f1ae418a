import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from '@jest/globals'
import { importDateFNSLocale } from '@payloadcms/translations'
import { format } from 'date-fns'
import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'

import { Articles } from '../../collections/Articles'
import { PullQuoteBlock } from '../../collections/Articles/PullQuoteBlock'
import { CommentRules } from '../../collections/CommentRules'
import { Comments } from '../../collections/Comments'
import { Media } from '../../collections/Media'
import { Organizations } from '../../collections/Organizations'
import { Quotes } from '../../collections/Quotes'
import { Users } from '../../collections/Users'
import { lexicalTranslations } from '@/i18n/admin/lexical'
import { adminDateTimeFormat } from '@/i18n/adminDates'
import { adminLanguages } from '@/i18n/adminLanguages'

const languages = ['en', 'kk', 'mn', 'ru', 'zh']
const collections: CollectionConfig[] = [Articles, Quotes, Organizations, Comments, Media, Users]
const globals: GlobalConfig[] = [CommentRules]

/**
 * Every text a person sees that our configs name: collection and global names, sidebar groups,
 * descriptions, field, tab, group, array-row and block labels, select options. A plain string is
 * English only; a function (Payload's own translation) passes. Hidden fields are not seen.
 */
function unlabelled(): string[] {
  const missing: string[] = []
  const check = (where: string, value: unknown, required = true) => {
    if (value === undefined && !required) return
    if (typeof value === 'function' || value === false) return
    if (value === undefined) return void missing.push(`${where}: no label`)
    if (typeof value === 'string') return void missing.push(`${where}: English only ("${value}")`)
    const present = Object.keys(value as object).filter((key) => ((value as Record<string, unknown>)[key] ?? '') !== '')
    const absent = languages.filter((language) => !present.includes(language))
    if (absent.length) missing.push(`${where}: no ${absent.join(', ')}`)
  }
  const walkBlock = (where: string, block: Block) => {
    check(`${where} singular`, block.labels?.singular)
    check(`${where} plural`, block.labels?.plural)
    walk(where, block.fields)
  }
  const walk = (where: string, fields: Field[]) => {
    for (const field of fields) {
      const admin = (field as { admin?: { hidden?: boolean; description?: unknown } }).admin
      if (admin?.hidden) continue
      const name = 'name' in field && field.name ? field.name : field.type
      const at = `${where}.${name}`
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          check(`${at}[tab] label`, tab.label)
          walk(`${at}.${'name' in tab ? tab.name : '(tab)'}`, tab.fields)
        }
        continue
      }
      if (field.type === 'row' || field.type === 'collapsible') {
        if (field.type === 'collapsible') check(`${at} label`, field.label)
        walk(at, field.fields)
        continue
      }
      check(`${at} label`, (field as { label?: unknown }).label)
      check(`${at} description`, admin?.description, false)
      if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) {
        for (const option of field.options) {
          if (typeof option === 'string') missing.push(`${at} option ${option}: raw code`)
          else check(`${at} option ${option.value}`, option.label)
        }
      }
      if (field.type === 'array') {
        check(`${at} row singular`, field.labels?.singular)
        check(`${at} row plural`, field.labels?.plural)
      }
      if (field.type === 'blocks') for (const block of field.blocks) walkBlock(`${at}.${block.slug}`, block)
      if ('fields' in field && Array.isArray(field.fields)) walk(at, field.fields)
    }
  }
  for (const collection of collections) {
    check(`${collection.slug} singular`, collection.labels?.singular)
    check(`${collection.slug} plural`, collection.labels?.plural)
    check(`${collection.slug} group`, collection.admin?.group, false)
    check(`${collection.slug} description`, collection.admin?.description, false)
    walk(collection.slug, collection.fields)
  }
  for (const global of globals) {
    check(`${global.slug}`, global.label)
    check(`${global.slug} group`, global.admin?.group, false)
    walk(global.slug, global.fields)
  }
  // The body's rich-text editor embeds this block; the editor config itself is built by Payload.
  walkBlock('articles.body.pullQuote', PullQuoteBlock)
  return missing
}

describe('labels in the admin', () => {
  it('names every collection, global, field, option and array row of ours in all five admin languages', () => {
    expect(unlabelled()).toEqual([])
  })

  it('shows organization countries, kinds and staff roles as words, never as codes', () => {
    const options = (config: CollectionConfig, name: string) =>
      (
        config.fields.find((field) => 'name' in field && field.name === name) as {
          options: { label: Record<string, string>; value: string }[]
        }
      ).options
    const kind = options(Organizations, 'kind').find((option) => option.value === 'research-institute')
    expect(kind?.label.kk).toBe('Ғылыми-зерттеу институты')
    expect(options(Organizations, 'country').find((option) => option.value === 'MN')?.label.mn).toBe('Монгол')
    expect(options(Users, 'roles').find((option) => option.value === 'admin')?.label).toMatchObject({
      kk: 'Әкімші',
      ru: 'Администратор',
    })
  })
})

describe('the rich-text editor in Kazakh and Mongolian', () => {
  const dist = path.resolve('node_modules/@payloadcms/richtext-lexical/dist')
  const tables = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? tables(path.join(directory, entry.name))
        : entry.name === 'i18n.js'
          ? [path.join(directory, entry.name)]
          : [],
    )
  // Lexical files its strings under the feature's key; the general ones sit in dist/i18n.js.
  const featureKey = (file: string) => {
    const folder = path
      .relative(dist, path.dirname(file))
      .split(path.sep)
      .filter((part) => !['features', 'server', 'lists'].includes(part))
    return folder[0] || 'general'
  }
  const placeholders = (text: string) =>
    [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
      .map((m) => m[1])
      .sort()
      .join()
  const flatten = (tree: object, prefix = ''): Record<string, string> =>
    Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
      const at = prefix ? `${prefix}.${key}` : key
      return typeof value === 'string' ? { ...flat, [at]: value } : { ...flat, ...flatten(value as object, at) }
    }, {})

  it.each(['kk', 'mn'] as const)(
    'has every one of the editor’s own strings in %s, with the same placeholders',
    async (language) => {
      const english: Record<string, string> = {}
      for (const file of tables(dist)) {
        const { i18n } = (await import(pathToFileURL(file).href)) as { i18n: { en: object } }
        Object.assign(english, flatten(i18n.en, featureKey(file)))
      }
      const ours = flatten(lexicalTranslations[language].lexical)
      expect(Object.keys(ours).sort()).toEqual(Object.keys(english).sort())
      expect(
        Object.keys(english).filter((key) => placeholders(english[key] ?? '') !== placeholders(ours[key] ?? '')),
      ).toEqual([])
      expect(Object.keys(english).filter((key) => ours[key] === english[key])).toEqual([])
    },
  )
})

describe('dates in the admin', () => {
  const june10 = new Date(2025, 5, 10, 14, 0)
  it.each([
    ['zh', '2025年6月10日 14:00'],
    ['ru', '10 июня 2025 г., 14:00'],
    ['kk', '2025 ж. 10 маусым, 14:00'],
    ['mn', '2025 оны 6-р сарын 10, 14:00'],
  ] as const)(
    'writes a date and time in %s in that language’s own order with a 24-hour clock',
    async (language, expected) => {
      const locale = await importDateFNSLocale(adminLanguages[language].dateFNSKey)
      expect(format(june10, adminDateTimeFormat, { locale })).toBe(expected)
    },
  )
})
