import { describe, expect, it } from '@jest/globals'
import { en } from '@payloadcms/translations/languages/en'
import type { CollectionConfig, GlobalConfig } from 'payload'

import { Articles } from '../../collections/Articles'
import { CommentRules } from '../../collections/CommentRules'
import { Comments } from '../../collections/Comments'
import { Media } from '../../collections/Media'
import { Organizations } from '../../collections/Organizations'
import { Quotes } from '../../collections/Quotes'
import { Users } from '../../collections/Users'
import { adminLanguages } from '@/i18n/adminLanguages'

type Tree = { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? { ...flat, [path]: value } : { ...flat, ...flatten(value, path) }
  }, {})
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

const english = flatten(en.translations as unknown as Tree)

describe('the admin panel in five languages', () => {
  it.each(Object.keys(adminLanguages))(
    'has every one of Payload’s admin strings in %s, with the same placeholders',
    (code) => {
      const translated = flatten(adminLanguages[code as keyof typeof adminLanguages].translations as unknown as Tree)
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
      const mismatched = Object.keys(english).filter(
        (key) => placeholders(english[key] ?? '').join() !== placeholders(translated[key] ?? '').join(),
      )
      // Payload's own Russian renames placeholders in four strings (upstream); ours must match exactly.
      if (code === 'kk' || code === 'mn') expect(mismatched).toEqual([])
    },
  )

  it('names Kazakh and Mongolian in their own words in the language menu', () => {
    expect(adminLanguages.kk.translations.general.thisLanguage).toBe('Қазақша')
    expect(adminLanguages.mn.translations.general.thisLanguage).toBe('Монгол')
  })

  it('translates Kazakh and Mongolian rather than copying English or Russian', () => {
    for (const code of ['kk', 'mn'] as const) {
      const translated = flatten(adminLanguages[code].translations as unknown as Tree)
      const russian = flatten(adminLanguages.ru.translations as unknown as Tree)
      const sameAsEnglish = Object.keys(english).filter(
        (key) => translated[key] === english[key] && /[a-z]{4}/i.test(english[key] ?? ''),
      )
      const sameAsRussian = Object.keys(russian).filter(
        (key) => translated[key] === russian[key] && (russian[key] ?? '').length > 12,
      )
      expect(sameAsEnglish).toEqual([])
      expect(sameAsRussian.length).toBeLessThan(5)
    }
  })

  it('labels every collection, field and option of ours in all five languages', () => {
    const missing: string[] = []
    const check = (where: string, value: unknown) => {
      if (value === undefined || typeof value === 'function' || typeof value === 'boolean') return
      if (typeof value === 'string') {
        missing.push(`${where}: plain string "${value}"`)
        return
      }
      const keys = Object.keys(value as object).sort()
      if (keys.join() !== ['en', 'kk', 'mn', 'ru', 'zh'].join()) missing.push(`${where}: ${keys.join(',')}`)
    }
    const walk = (where: string, fields: unknown[]) => {
      for (const field of fields as {
        name?: string
        label?: unknown
        fields?: unknown[]
        admin?: { hidden?: boolean; description?: unknown }
      }[]) {
        const path = `${where}.${field.name ?? '?'}`
        if (field.admin?.hidden) continue
        if (field.name && !['reports', 'moderation', 'wordLists', 'meta'].includes(where.split('.').pop() ?? ''))
          check(`${path} label`, field.label ?? `missing label`)
        if (field.fields) walk(path, field.fields)
      }
    }
    const collections: CollectionConfig[] = [Articles, Quotes, Organizations, Comments, Media, Users]
    for (const collection of collections) {
      check(`${collection.slug} singular`, collection.labels?.singular)
      check(`${collection.slug} plural`, collection.labels?.plural)
      walk(collection.slug, collection.fields)
    }
    const globals: GlobalConfig[] = [CommentRules]
    for (const global of globals) check(`${global.slug}`, global.label)
    // Fields whose labels Payload derives from their names are listed here so the gap is explicit.
    expect(
      missing.filter(
        (entry) =>
          !/^(comments\.(reports|moderation|spamSignals|ipHash|submissionKey|depth|queueOrder)|articles\.meta\.|comment-rules)/.test(
            entry,
          ),
      ),
    ).toEqual([])
  })
})

describe('Kazakh and Mongolian admin wording (translation review, 30 Nov 2026)', () => {
  const all = (code: 'kk' | 'mn') => flatten(adminLanguages[code].translations as unknown as Tree)
  const matching = (code: 'kk' | 'mn', pattern: RegExp) =>
    Object.entries(all(code))
      .filter(([, text]) => pattern.test(text))
      .map(([key]) => key)

  it('gives the Kazakh discard button a word of its own, so it cannot be mistaken for Cancel', () => {
    const kk = adminLanguages.kk.translations
    expect(kk.dashboard.discardConfirmLabel).not.toBe(kk.general.cancel)
    expect(matching('kk', /бас тарт/i)).toEqual([])
  })

  it('calls a content language «тіл» in Kazakh, never «локаль», and the trash «қоқыс»', () => {
    expect(matching('kk', /локаль/i)).toEqual([])
    expect(matching('kk', /себет/i)).toEqual([])
  })

  it('never puts a collection label straight after a number, in either language', () => {
    const numberThenLabel = /\{\{count\}\}(<\/\d>)?\s*(<\d>)?\{\{label\}\}/
    expect(matching('kk', numberThenLabel)).toEqual([])
    expect(matching('mn', numberThenLabel)).toEqual([])
  })

  it('says «Нийтлэхийг цуцлах» for Unpublish in Mongolian, never «from the article»', () => {
    expect(adminLanguages.mn.translations.version.unpublish).toBe('Нийтлэхийг цуцлах')
    expect(matching('mn', /нийтлэлээс/i)).toEqual([])
  })

  it('puts no Mongolian case ending on a label, title or language name, whose last vowel it cannot know', () => {
    expect(matching('mn', /\{\{(label|title|locale|from|to)\}\}(<\/\d>)?[»"]?-\p{Script=Cyrillic}/u)).toEqual([])
    expect(matching('mn', /\{\{(locale|from|to)\}\} хэл/)).toEqual([])
  })

  it('reads "1–10 of 57" as «1–10 / 57» in Mongolian and keeps Generate apart from Log out', () => {
    const mn = adminLanguages.mn.translations
    expect(mn.general.of).toBe('/')
    expect(mn.authentication.generate.slice(0, 3)).not.toBe(mn.authentication.logOut.slice(0, 3))
  })
})
