import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { languageStates } from '../../collections/translation/languageStates'
import { articleAlternates, articleBySlug, latestArticles } from '@/content/articles'
import { readerContext } from '@/content/readingContext'
import type { Locale } from '@/i18n/locales'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type User = Awaited<ReturnType<typeof makeUser>>

describe(onDatabase('publishing a language is what readers see, and what the admin says'), () => {
  let payload: Payload
  let editor: User
  let kkTranslator: User

  const asEditor = { overrideAccess: false, user: undefined as unknown as User }
  const readable = async (id: number) => Object.keys(await articleAlternates(readerContext(payload), id))
  const statesOf = async (id: number) =>
    Object.fromEntries(
      (await languageStates(payload, 'articles', id)).map(({ locale, state }) => [locale, state]),
    ) as Record<Locale, string>
  /** Payload's own test for "Changed — Revert to published": draft versions newer than the published document. */
  const draftsNewerThanPublished = async (id: number) => {
    const published = await payload.findByID({ collection: 'articles', id, depth: 0 })
    const { totalDocs } = await payload.countVersions({
      collection: 'articles',
      where: {
        and: [
          { parent: { equals: id } },
          { 'version._status': { equals: 'draft' } },
          { updatedAt: { greater_than: published.updatedAt } },
        ],
      },
    })
    return totalDocs
  }
  const englishStory = async (title: string) => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      ...asEditor,
      data: { title, sourceLocale: 'en', _status: 'published' },
    })
    return article.id
  }

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    kkTranslator = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    asEditor.user = editor
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('“Publish in Қазақша” of a translation marked ready puts Kazakh online for readers, in one step', async () => {
    const id = await englishStory('Herders test solar pumps')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kkTranslator,
      data: { title: 'Малшылар күн сорғысын сынады', translationStatus: 'ready' },
    })
    expect(await readable(id)).toEqual(['en'])

    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { _status: 'published' },
    })

    expect(await readable(id)).toEqual(['en', 'kk'])
    const kk = await articleBySlug(
      readerContext(payload),
      'kk',
      (await payload.findByID({ collection: 'articles', id, locale: 'kk' })).slug as string,
    )
    expect(kk.kind).toBe('found')
    expect(kk.kind === 'found' && kk.article.title).toBe('Малшылар күн сорғысын сынады')
    expect((await statesOf(id)).kk).toBe('published')
    // The admin list and the worklist read drafts: the article is still there, in both languages.
    for (const locale of ['en', 'kk'] as const) {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        draft: true,
        where: { id: { equals: id } },
        ...asEditor,
      })
      expect(docs.map((doc) => doc.id)).toEqual([id])
    }
  })

  it('publishing a language with its state set back to “ready” takes that language down and leaves the others online', async () => {
    const id = await englishStory('Wool fair opens')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { title: 'Жүн жәрмеңкесі ашылды', _status: 'published' },
    })
    expect(await readable(id)).toEqual(['en', 'kk'])

    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { translationStatus: 'ready', _status: 'published' },
    })
    expect(await readable(id)).toEqual(['en'])
    expect(await statesOf(id)).toMatchObject({ en: 'source', kk: 'ready' })
  })

  it('a draft can not claim a language is published: the state shown is “ready” and readers see nothing, even after another language is published', async () => {
    const id = await englishStory('Snow leopard census')
    // Issue 11.9: a Russian draft saved with its state set to published, then "Publish in Қазақша".
    await payload.update({
      collection: 'articles',
      id,
      locale: 'ru',
      draft: true,
      ...asEditor,
      data: { title: 'Перепись снежных барсов', translationStatus: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { title: 'Ілбіс санағы', _status: 'published' },
    })

    expect(await readable(id)).toEqual(['en', 'kk'])
    const states = await statesOf(id)
    expect(states).toMatchObject({ en: 'source', ru: 'ready', kk: 'published', zh: 'missing', mn: 'missing' })
    expect((await payload.findByID({ collection: 'articles', id, locale: 'ru', draft: true })).translationStatus).toBe(
      'ready',
    )

    // Publishing Russian itself is what puts it online.
    await payload.update({
      collection: 'articles',
      id,
      locale: 'ru',
      ...asEditor,
      publishSpecificLocale: 'ru',
      data: { _status: 'published' },
    })
    expect(await readable(id)).toEqual(['en', 'ru', 'kk'])
    expect((await statesOf(id)).ru).toBe('published')
  })

  it('says a live language has changes waiting only when its own draft differs from what readers get', async () => {
    const id = await englishStory('Marmot season opens')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { title: 'Суыр маусымы ашылды', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'ru',
      draft: true,
      ...asEditor,
      data: { title: 'Сезон сурков — черновик', translationStatus: 'in-progress' },
    })
    const changed = async () =>
      Object.fromEntries((await languageStates(payload, 'articles', id)).map((row) => [row.locale, row.changed]))
    // A Russian draft waits: English and Kazakh are as readers see them.
    expect(await changed()).toMatchObject({ en: false, kk: false, ru: false })

    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      draft: true,
      ...asEditor,
      data: { dek: 'Жаңа лид' },
    })
    expect(await changed()).toMatchObject({ en: false, kk: true })
  })

  it('“Unpublish” takes every language down, the admin says so, and “Publish” brings back the languages that were online', async () => {
    const id = await englishStory('Road to Ölgii reopens')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'mn',
      ...asEditor,
      publishSpecificLocale: 'mn',
      data: { title: 'Өлгийн зам нээгдлээ', _status: 'published' },
    })
    await payload.update({ collection: 'articles', id, locale: 'en', ...asEditor, data: { _status: 'draft' } })
    expect(
      await payload.find({
        collection: 'articles',
        locale: 'en',
        overrideAccess: false,
        where: { id: { equals: id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
    expect(await statesOf(id)).toMatchObject({ en: 'unpublished', mn: 'unpublished' })

    await payload.update({ collection: 'articles', id, locale: 'en', ...asEditor, data: { _status: 'published' } })
    expect(await readable(id)).toEqual(['en', 'mn'])
  })

  it('stamps the publication date on first publication, keeps it on later ones, and lets an editor change it', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      ...asEditor,
      data: { title: 'Camel polo in Bayan-Ölgii', sourceLocale: 'en' },
    })
    expect(draft.publishedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'en',
      ...asEditor,
      publishSpecificLocale: 'en',
      data: { _status: 'published' },
    })
    const stamped = new Date(published.publishedAt as string).getTime()
    expect(stamped).toBeGreaterThanOrEqual(before - 1000)
    expect(stamped).toBeLessThanOrEqual(Date.now())

    // The new story is first on the front page, above an older dated one.
    await payload.create({
      collection: 'articles',
      locale: 'en',
      ...asEditor,
      data: {
        title: 'Last year’s story',
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: '2025-06-01T00:00:00.000Z',
      },
    })
    expect((await latestArticles(payload, 'en')).docs[0]?.id).toBe(draft.id)

    const again = await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'en',
      ...asEditor,
      data: { dek: 'Teams from three aimags', _status: 'published' },
    })
    expect(again.publishedAt).toBe(published.publishedAt)

    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'en',
      ...asEditor,
      data: { publishedAt: '2026-01-02T03:04:00.000Z', _status: 'published' },
    })
    expect(edited.publishedAt).toBe('2026-01-02T03:04:00.000Z')
  })

  it('right after “Publish in English” the article counts as published, not as changed, when no other language waits', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      ...asEditor,
      data: { title: 'Eagle festival dates set', sourceLocale: 'en' },
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'en',
      ...asEditor,
      publishSpecificLocale: 'en',
      data: { _status: 'published' },
    })
    expect(await draftsNewerThanPublished(draft.id)).toBe(0)
    // The list and the document read the latest version: it is the published one.
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true, locale: 'en' }))._status).toBe(
      'published',
    )

    await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'kk',
      ...asEditor,
      publishSpecificLocale: 'kk',
      data: { title: 'Бүркітшілер мерекесі', _status: 'published' },
    })
    expect(await draftsNewerThanPublished(draft.id)).toBe(0)
    expect(await statesOf(draft.id)).toMatchObject({ en: 'source', kk: 'published' })
  })

  it('keeps a translator’s unpublished draft in another language, and still says the article has changes waiting', async () => {
    const id = await englishStory('Larch forests burn less')
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kkTranslator,
      data: { title: 'Балқарағай ормандары — жоба', translationStatus: 'in-progress' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      ...asEditor,
      publishSpecificLocale: 'en',
      data: { dek: 'Fewer fires this year', _status: 'published' },
    })
    expect(await draftsNewerThanPublished(id)).toBe(1)
    expect((await payload.findByID({ collection: 'articles', id, locale: 'kk', draft: true })).title).toBe(
      'Балқарағай ормандары — жоба',
    )
    expect(await readable(id)).toEqual(['en'])
    expect((await statesOf(id)).kk).toBe('in-progress')
  })

  it('finds an article never published, with alternates for every language that has draft text, while readers get nothing', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      data: { title: 'Draft only story', sourceLocale: 'en' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      draft: true,
      data: { title: 'Тек жоба', translationStatus: 'in-progress' },
    })
    const slugs = await payload.findByID({ collection: 'articles', id: article.id, locale: 'all', draft: true })
    const kkSlug = (slugs.slug as unknown as Record<Locale, string>).kk

    const preview = { payload, draft: true }
    const en = await articleBySlug(preview, 'en', 'draft-only-story')
    expect(en.kind).toBe('found')
    expect(en.kind === 'found' && en.alternates).toEqual({ en: 'draft-only-story', kk: kkSlug })
    const kk = await articleBySlug(preview, 'kk', kkSlug)
    expect(kk.kind === 'found' && kk.article.title).toBe('Тек жоба')

    expect(await articleBySlug(readerContext(payload), 'en', 'draft-only-story')).toEqual({ kind: 'missing' })
  })
})
