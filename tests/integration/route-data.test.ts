import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { storySlug } from '../../scripts/seed/index'
import { articleAlternates, articleBySlug, latestArticles, readablePaths } from '@/content/articles'
import { readerContext } from '@/content/readingContext'
import { searchArticles } from '@/content/search'
import { articlePaths, languageAlternates } from '@/seo/alternates'
import { onDatabase, testPayload } from '../helpers/payload'

describe(onDatabase('what the reader site reads (seeded story)'), () => {
  let payload: Payload
  let storyId: number

  beforeAll(async () => {
    payload = await testPayload({ base: 'seeded' })
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'en',
      where: { slug: { equals: storySlug } },
    })
    storyId = docs[0]?.id as number
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('gives the language switcher and hreflang the story’s own slug in each of the five languages', async () => {
    const alternates = await articleAlternates(readerContext(payload), storyId)
    expect(Object.keys(alternates)).toEqual(['en', 'zh', 'ru', 'kk', 'mn'])
    expect(alternates.en).toBe(storySlug)
    expect(alternates.kk).toMatch(/^altay-elderi-/)
    const hreflang = languageAlternates(articlePaths(alternates))
    expect(hreflang['x-default']).toBe(`/en/articles/${storySlug}`)
    expect(Object.keys(hreflang)).toEqual(['en', 'zh', 'ru', 'kk', 'mn', 'x-default'])
  })

  it('treats an unfinished translation as missing: no switcher link, no hreflang, no list entry, and a notice', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'Wool prices rise',
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
      },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      data: { title: 'Ноосны үнэ өсөв', translationStatus: 'in-progress', _status: 'published' },
    })
    const alternates = await articleAlternates(readerContext(payload), article.id)
    expect(alternates).toEqual({ en: 'wool-prices-rise' })
    expect(languageAlternates(articlePaths(alternates))).toEqual({
      en: '/en/articles/wool-prices-rise',
      'x-default': '/en/articles/wool-prices-rise',
    })

    const mongolianFront = await latestArticles(payload, 'mn')
    expect(mongolianFront.docs.map((doc) => doc.id)).not.toContain(article.id)
    const englishFront = await latestArticles(payload, 'en')
    expect(englishFront.docs[0]?.id).toBe(article.id)

    // The Mongolian URL (its own slug, or the English one swapped in) leads to the notice, not to English text.
    const mnSlug = (await payload.findByID({ collection: 'articles', id: article.id, locale: 'mn' })).slug as string
    expect(await articleBySlug(readerContext(payload), 'mn', mnSlug)).toEqual({
      kind: 'untranslated',
      id: article.id,
      alternates: { en: 'wool-prices-rise' },
    })
    expect(await articleBySlug(readerContext(payload), 'mn', 'wool-prices-rise')).toEqual({
      kind: 'untranslated',
      id: article.id,
      alternates: { en: 'wool-prices-rise' },
    })
    expect(await articleBySlug(readerContext(payload), 'mn', 'no-such-article')).toEqual({ kind: 'missing' })

    // Once marked published, it exists in Mongolian too.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      data: { translationStatus: 'published' },
    })
    expect(Object.keys(await articleAlternates(readerContext(payload), article.id))).toEqual(['en', 'mn'])
  })

  it('never lists or finds drafts for readers', async () => {
    await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      data: { title: 'Embargoed biodiversity report', sourceLocale: 'en', _status: 'draft' },
    })
    const paths = await readablePaths(payload)
    expect(paths.flatMap((p) => Object.values(p.alternates))).not.toContain('embargoed-biodiversity-report')
    const found = await searchArticles(payload, 'en', 'biodiversity')
    expect(found.map((doc) => doc.slug)).toEqual([storySlug])
  })

  it('finds Chinese words without spaces, and Kazakh words in any letter case', async () => {
    expect((await searchArticles(payload, 'zh', '生态修复')).map((doc) => doc.id)).toEqual([storyId])
    expect((await searchArticles(payload, 'kk', 'ШЫҢЖАҢ')).map((doc) => doc.id)).toEqual([storyId])
    expect(await searchArticles(payload, 'kk', 'марс')).toEqual([])
    // Another language's words do not match: search is per language.
    expect(await searchArticles(payload, 'ru', 'Шыңжаң')).toEqual([])
  })
})
