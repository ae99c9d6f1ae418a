import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { isNormalisedSlug } from '@/content/slug'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { articleBySlug, readablePaths } from '@/content/articles'
import { readerContext } from '@/content/readingContext'
import { type Locale, localeCodes } from '@/i18n/locales'
import { cleanStoredData } from '@/migrations/20261130_114540_folded_search_and_clean_slugs'
import { describeSqliteOnly, onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const titles: Record<Locale, string> = {
  en: 'Herders meet in Altai',
  zh: '阿尔泰牧民会面',
  ru: 'Пастухи встретились на Алтае',
  kk: 'Малшылар Алтайда кездесті',
  mn: 'Малчид Алтайд уулзав',
}

type AllLocales = { slug: Partial<Record<Locale, string | null>> }

describe(onDatabase('slugs are URL segments in every language, however they were made'), () => {
  let payload: Payload

  /** A published article with all five languages published, as an editor makes it. */
  async function articleInFiveLanguages(suffix: string) {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: `${titles.en} ${suffix}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
      },
    })
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale,
        data: { title: `${titles[locale]} ${suffix}`, translationStatus: 'published', _status: 'published' },
      })
    }
    return article
  }

  async function slugsOf(id: number | string) {
    return ((await payload.findByID({ collection: 'articles', id, locale: 'all', depth: 0 })) as unknown as AllLocales)
      .slug
  }

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('a duplicated article gets a normalised, unused slug in each of its five languages, and every one of them opens', async () => {
    const original = await articleInFiveLanguages('one')
    const editor = await makeUser(payload, 'editor')
    const copies = []
    for (const locale of ['en', 'kk'] as const) {
      copies.push(
        await payload.duplicate({
          collection: 'articles',
          id: original.id,
          locale,
          user: editor,
          overrideAccess: false,
        }),
      )
    }
    const originalSlugs = await slugsOf(original.id)
    const seen = new Map<Locale, Set<string>>(
      localeCodes.map((code) => [code, new Set([originalSlugs[code] as string])]),
    )
    for (const copy of copies) {
      const slugs = await slugsOf(copy.id)
      for (const locale of localeCodes) {
        const slug = slugs[locale]
        expect(isNormalisedSlug(slug)).toBe(true)
        expect(seen.get(locale)?.has(slug as string)).toBe(false)
        seen.get(locale)?.add(slug as string)
      }
      // Published, the copy is readable in every language, under the slugs it was given.
      await payload.update({ collection: 'articles', id: copy.id, locale: 'en', data: { _status: 'published' } })
      const paths = (await readablePaths(payload)).find((entry) => entry.id === copy.id)
      expect(Object.keys(paths?.alternates ?? {})).toEqual([...localeCodes])
      for (const locale of localeCodes) {
        const found = await articleBySlug(readerContext(payload), locale, paths?.alternates[locale] as string)
        expect(found.kind).toBe('found')
      }
    }
  })

  it('a slug typed with spaces, capitals or Cyrillic is stored as a URL segment, in the language it was typed in', async () => {
    const article = await articleInFiveLanguages('two')
    await payload.update({ collection: 'articles', id: article.id, locale: 'kk', data: { slug: 'Мақала - Көшірме' } })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      data: { slug: '  Malchid   Uulzav - Copy ' },
    })
    const slugs = await slugsOf(article.id)
    expect(slugs.kk).toBe('maqala-koshirme')
    expect(slugs.mn).toBe('malchid-uulzav-copy')
  })

  it('a headline with nothing to transliterate (emoji, ъ) still gets a slug, numbered when taken', async () => {
    const first = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: '🏔️🏔️', sourceLocale: 'en' },
    })
    const second = await payload.create({
      collection: 'articles',
      locale: 'ru',
      data: { title: 'Ъ', sourceLocale: 'ru' },
    })
    expect((await slugsOf(first.id)).en).toMatch(/^article(-\d+)?$/)
    expect((await slugsOf(second.id)).ru).toMatch(/^article(-\d+)?$/)
  })

  it('bulk edit and copy-to-another-language store normalised slugs', async () => {
    const article = await articleInFiveLanguages('three')
    await payload.update({
      collection: 'articles',
      where: { id: { equals: article.id } },
      locale: 'ru',
      data: { slug: 'Пастухи Copy' },
    })
    const en = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    // What the admin's "copy to locale" does: the source language's fields written into another.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      data: { title: en.title, slug: `${en.title} copy` },
    })
    const slugs = await slugsOf(article.id)
    expect(slugs.ru).toBe('pastuhi-copy')
    expect(slugs.zh).toBe('herders-meet-in-altai-three-copy')
  })

  it('a typed slug with nothing usable in a web address is refused with a message saying what to do, and nothing is lost', async () => {
    const article = await articleInFiveLanguages('four')
    const before = await slugsOf(article.id)
    const attempt = payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      data: { slug: '🙂🙂', title: 'Жаңа тақырып' },
    })
    const refusal = (await attempt.catch((error: { data?: { errors?: { message: string }[] } }) => error)) as {
      data?: { errors?: { message: string }[] }
    }
    expect(refusal.data?.errors?.[0]?.message).toBe(newsroomAdminStrings.en.slugUnusable)
    expect(await slugsOf(article.id)).toEqual(before)
    // Saving a draft (where Payload skips field validation) is refused the same way.
    await expect(
      payload.update({ collection: 'articles', id: article.id, locale: 'kk', draft: true, data: { slug: '!!!' } }),
    ).rejects.toThrow()
    expect(await slugsOf(article.id)).toEqual(before)
    const kk = await payload.findByID({ collection: 'articles', id: article.id, locale: 'kk', depth: 0 })
    expect(kk.title).toBe(`${titles.kk} four`)
  })

  // Stores raw rows and runs the SQL migration's cleaning: both exist on SQLite only.
  describeSqliteOnly('slugs stored before the rule, and the migration that cleans them', () => {
    it('a bad slug already stored in another language is normalised by the next save, and by the migration', async () => {
      const article = await articleInFiveLanguages('five')
      const other = await articleInFiveLanguages('six')
      const db = (payload.db as unknown as { drizzle: Parameters<typeof cleanStoredData>[0] }).drizzle
      // As a database from before this rule holds them: raw duplicate slugs, one of them clashing once normalised.
      const storeRaw = async (id: number | string, locale: Locale, slug: string) => {
        await db.run(sql`UPDATE articles_locales SET slug = ${slug} WHERE _parent_id = ${id} AND _locale = ${locale}`)
        await db.run(
          sql`UPDATE _articles_v_locales SET version_slug = ${slug} WHERE _locale = ${locale} AND _parent_id IN (SELECT id FROM _articles_v WHERE parent_id = ${id})`,
        )
      }
      await storeRaw(article.id, 'kk', 'maqala - Copy')
      await storeRaw(other.id, 'kk', 'Maqala  copy')
      await storeRaw(article.id, 'mn', 'Мақала - Көшірме')

      // An English save of a field shared by all languages carries the Mongolian slug through normalised.
      await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { commentsEnabled: false } })
      expect((await slugsOf(article.id)).mn).toBe('maqala-koshirme')

      await cleanStoredData(db)
      const first = await slugsOf(article.id)
      const second = await slugsOf(other.id)
      expect([first.kk, second.kk].sort()).toEqual(['maqala-copy', 'maqala-copy-2'])
      for (const locale of ['kk', 'mn'] as const) {
        expect((await articleBySlug(readerContext(payload), locale, first[locale] as string)).kind).toBe('found')
      }
    })
  })
})
