import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { articleAlternates } from '@/content/articles'
import { readerContext } from '@/content/readingContext'
import type { Locale } from '@/i18n/locales'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type AllLocales<T> = Partial<Record<Locale, T>>

describe(onDatabase('translation workflow and translators’ limits'), () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof makeUser>>
  let kkTranslator: Awaited<ReturnType<typeof makeUser>>
  let articleId: number

  const states = async () => {
    const doc = (await payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'all',
      draft: true,
    })) as unknown as {
      translationStatus: AllLocales<string>
      translationOutdated: AllLocales<boolean>
      title: AllLocales<string>
    }
    return doc
  }

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    kkTranslator = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Dust storms hit Altay',
        dek: 'Flights delayed',
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: '2025-06-01T00:00:00.000Z',
      },
    })
    articleId = article.id
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'ru',
      overrideAccess: false,
      user: editor,
      data: { title: 'Пыльные бури в Алтае', translationStatus: 'published', _status: 'published' },
    })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('walks a Kazakh translation from missing to in progress, ready, published, outdated after a source edit, and ready again', async () => {
    expect((await states()).translationStatus.kk ?? 'missing').toBe('missing')

    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kkTranslator,
      data: { title: 'Алтайда шаңды дауыл', translationStatus: 'in-progress' },
    })
    expect((await states()).translationStatus.kk).toBe('in-progress')

    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kkTranslator,
      data: { translationStatus: 'ready' },
    })
    expect((await states()).translationStatus.kk).toBe('ready')

    // Publishing the Kazakh translation is an editor's act, and it publishes Kazakh only.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      overrideAccess: false,
      user: editor,
      data: { translationStatus: 'published', _status: 'published' },
    })
    let now = await states()
    expect(now.translationStatus).toMatchObject({ kk: 'published', ru: 'published' })
    expect(now.translationOutdated).toMatchObject({ kk: false, ru: false })

    // The English source changes: both finished translations are now outdated, and still readable.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: { dek: 'Flights delayed for two days', _status: 'published' },
    })
    now = await states()
    expect(now.translationOutdated).toMatchObject({ kk: true, ru: true })
    expect(Object.keys(await articleAlternates(readerContext(payload), articleId))).toEqual(['en', 'ru', 'kk'])

    // A source edit that changes no text (the publication date) outdates nothing new.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kkTranslator,
      data: { translationStatus: 'ready' },
    })
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: { publishedAt: '2025-06-02T00:00:00.000Z', _status: 'published' },
    })
    now = await states()
    expect(now.translationOutdated).toMatchObject({ kk: false, ru: true })

    const outdatedInRu = await payload.find({
      collection: 'articles',
      locale: 'ru',
      where: { translationOutdated: { equals: true } },
    })
    expect(outdatedInRu.docs.map((doc) => doc.id)).toEqual([articleId])
    const outdatedInKk = await payload.find({
      collection: 'articles',
      locale: 'kk',
      where: { translationOutdated: { equals: true } },
    })
    expect(outdatedInKk.totalDocs).toBe(0)
  })

  it('publishes one language without publishing another one’s unfinished draft, and unpublishes one language alone', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Wool fair opens', sourceLocale: 'en', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      data: { title: 'Ноосны үзэсгэлэн нээгдлээ', translationStatus: 'published', _status: 'published' },
    })
    // The Mongolian translator starts rewording in a draft; meanwhile an editor publishes Kazakh.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      draft: true,
      data: { title: 'Ноосны үзэсгэлэн — ноорог' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      data: { title: 'Жүн жәрмеңкесі ашылды', translationStatus: 'published', _status: 'published' },
      publishSpecificLocale: 'kk',
    })
    const read = (locale: Locale) =>
      payload.findByID({ collection: 'articles', id: article.id, locale, fallbackLocale: false, overrideAccess: false })
    expect((await read('kk')).title).toBe('Жүн жәрмеңкесі ашылды')
    expect((await read('mn')).title).toBe('Ноосны үзэсгэлэн нээгдлээ')

    // Unpublishing Mongolian alone: readers lose Mongolian, keep English and Kazakh.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      data: { translationStatus: 'ready', _status: 'published' },
      publishSpecificLocale: 'mn',
    })
    expect(Object.keys(await articleAlternates(readerContext(payload), article.id))).toEqual(['en', 'kk'])
  })

  it('publishes a language at the time an editor scheduled, through the job queue the site runs', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Snow leopard census', sourceLocale: 'en', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { title: 'Ілбіс санағы', translationStatus: 'published' },
    })
    expect(Object.keys(await articleAlternates(readerContext(payload), article.id))).toEqual(['en'])
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        locale: 'kk',
        doc: { relationTo: 'articles', value: String(article.id) },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await payload.jobs.run()
    expect(Object.keys(await articleAlternates(readerContext(payload), article.id))).toEqual(['en', 'kk'])
    const kk = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(kk.title).toBe('Ілбіс санағы')
  })

  describe('a Kazakh translator', () => {
    it('cannot write Russian, through any path that takes the translator’s identity', async () => {
      const attempt = () =>
        payload.update({
          collection: 'articles',
          id: articleId,
          locale: 'ru',
          draft: true,
          overrideAccess: false,
          user: kkTranslator,
          data: { title: 'Взлом' },
        })
      await expect(attempt()).rejects.toThrow()
      // Even where a caller forgets access control (overrideAccess: true), the hook refuses.
      await expect(
        payload.update({
          collection: 'articles',
          id: articleId,
          locale: 'ru',
          draft: true,
          user: kkTranslator,
          data: { title: 'Взлом' },
        }),
      ).rejects.toThrow(/only; this change is in Русский/)
      // Bulk edit across documents.
      await expect(
        payload.update({
          collection: 'articles',
          where: { id: { exists: true } },
          locale: 'ru',
          overrideAccess: false,
          user: kkTranslator,
          data: { title: 'Взлом' },
        }),
      ).rejects.toThrow()
      expect((await payload.findByID({ collection: 'articles', id: articleId, locale: 'ru' })).title).toBe(
        'Пыльные бури в Алтае',
      )
    })

    it('cannot change fields every language shares, publish, create, duplicate or delete', async () => {
      await expect(
        payload.update({
          collection: 'articles',
          id: articleId,
          locale: 'kk',
          draft: true,
          overrideAccess: false,
          user: kkTranslator,
          data: { publishedAt: '2030-01-01T00:00:00.000Z' },
        }),
      ).rejects.toThrow(/shared by every language/)
      await expect(
        payload.update({
          collection: 'articles',
          id: articleId,
          locale: 'kk',
          draft: true,
          overrideAccess: false,
          user: kkTranslator,
          data: { translationStatus: 'published' },
        }),
      ).rejects.toThrow(/cannot publish/)
      await expect(
        payload.create({
          collection: 'articles',
          locale: 'kk',
          overrideAccess: false,
          user: kkTranslator,
          data: { title: 'Жаңа', sourceLocale: 'kk' },
        }),
      ).rejects.toThrow()
      await expect(
        payload.duplicate({ collection: 'articles', id: articleId, overrideAccess: false, user: kkTranslator }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ collection: 'articles', id: articleId, overrideAccess: false, user: kkTranslator }),
      ).rejects.toThrow()
      await expect(
        payload.delete({
          collection: 'articles',
          where: { id: { exists: true } },
          overrideAccess: false,
          user: kkTranslator,
        }),
      ).rejects.toThrow()
      expect((await payload.count({ collection: 'articles' })).totalDocs).toBeGreaterThan(0)
      expect((await payload.findByID({ collection: 'articles', id: articleId, locale: 'en' })).publishedAt).toBe(
        '2025-06-02T00:00:00.000Z',
      )
    })

    it('edits Kazakh quotes, organizations and image alt text, but not their Russian', async () => {
      const organization = await payload.create({
        collection: 'organizations',
        locale: 'en',
        data: { name: 'Altai State University', country: 'RU', kind: 'university' },
      })
      const updated = await payload.update({
        collection: 'organizations',
        id: organization.id,
        locale: 'kk',
        overrideAccess: false,
        user: kkTranslator,
        data: { name: 'Алтай мемлекеттік университеті' },
      })
      expect(updated.name).toBe('Алтай мемлекеттік университеті')
      await expect(
        payload.update({
          collection: 'organizations',
          id: organization.id,
          locale: 'ru',
          overrideAccess: false,
          user: kkTranslator,
          data: { name: 'АлтГУ' },
        }),
      ).rejects.toThrow()
      await expect(
        payload.update({
          collection: 'organizations',
          id: organization.id,
          locale: 'kk',
          overrideAccess: false,
          user: kkTranslator,
          data: { country: 'KZ' },
        }),
      ).rejects.toThrow(/shared/)
    })

    it('is offered only Kazakh in the admin’s locale picker', async () => {
      type Filter = (args: {
        locales: { code: string }[]
        req: unknown
      }) => Promise<{ code: string }[]> | { code: string }[]
      const localization = payload.config.localization as unknown as {
        filterAvailableLocales: Filter
        locales: { code: string }[]
      }
      const offered = await localization.filterAvailableLocales({
        locales: localization.locales,
        req: { user: kkTranslator },
      })
      expect(offered.map((l) => l.code)).toEqual(['kk'])
      const forEditor = await localization.filterAvailableLocales({
        locales: localization.locales,
        req: { user: editor },
      })
      expect(forEditor.map((l) => l.code)).toEqual(['en', 'zh', 'ru', 'kk', 'mn'])
    })
  })

  it('lets editors and admins keep full access in every language', async () => {
    const admin = await makeUser(payload, 'admin')
    for (const user of [editor, admin]) {
      const done = await payload.update({
        collection: 'articles',
        id: articleId,
        locale: 'zh',
        draft: true,
        overrideAccess: false,
        user,
        data: { title: '阿勒泰遭遇沙尘暴' },
      })
      expect(done.title).toBe('阿勒泰遭遇沙尘暴')
    }
  })
})
