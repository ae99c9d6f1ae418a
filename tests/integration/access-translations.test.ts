import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { lexicalBody } from '../../scripts/seed/lexical'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

/**
 * A translator's unfinished Kazakh draft becomes part of the live document when an editor
 * publishes an English fix. Readers must still get only the languages that are published.
 */
describe(onDatabase('readers never get an unpublished translation through the API'), () => {
  let payload: Payload
  let id: number
  const draftHeadline = 'Аударма әлі дайын емес (жоба)'
  const mongolianHeadline = 'Алтайн бүс нутгийн хамтын ажиллагаа'

  beforeAll(async () => {
    payload = await testPayload()
    const editor = await makeUser(payload, 'editor')
    const kazakh = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Altai cooperation grows', dek: 'English lead', sourceLocale: 'en', _status: 'published' },
    })
    id = created.id
    await payload.update({
      collection: 'articles',
      id,
      locale: 'mn',
      data: { title: mongolianHeadline, translationStatus: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kazakh,
      data: { title: draftHeadline, dek: 'Жоба', translationStatus: 'in-progress' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: { dek: 'English lead, corrected', _status: 'published' },
    })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('the live document does hold the Kazakh draft (the situation this guards against)', async () => {
    const live = await payload.findByID({ collection: 'articles', id, locale: 'kk', fallbackLocale: false })
    expect(live.title).toBe(draftHeadline)
    expect(live.translationStatus).toBe('in-progress')
  })

  it('gives an anonymous reader no Kazakh text, in Kazakh or in all languages, with or without fallback', async () => {
    for (const fallbackLocale of [false, 'en'] as const) {
      const kk = await payload.findByID({
        collection: 'articles',
        id,
        locale: 'kk',
        fallbackLocale,
        overrideAccess: false,
      })
      expect([kk.title, kk.dek, kk.slug]).toEqual([null, null, null])
      expect(kk.translationStatus).toBe('in-progress')
    }
    const all = (await payload.findByID({
      collection: 'articles',
      id,
      locale: 'all',
      overrideAccess: false,
    })) as unknown as Record<string, Record<string, unknown>>
    expect(Object.keys(all.title ?? {}).sort()).toEqual(['en', 'mn'])
    expect(JSON.stringify(all)).not.toContain(draftHeadline)
    const listed = await payload.find({
      collection: 'articles',
      locale: 'kk',
      overrideAccess: false,
      select: { title: true },
    })
    expect(JSON.stringify(listed.docs)).not.toContain(draftHeadline)
  })

  it('still gives readers the published languages, and staff everything', async () => {
    const mn = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'mn',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(mn.title).toBe(mongolianHeadline)
    const en = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'en',
      overrideAccess: false,
      select: { title: true, dek: true },
    })
    expect([en.title, en.dek]).toEqual(['Altai cooperation grows', 'English lead, corrected'])
    const translator = await makeUser(payload, 'translator', { translatorLocales: ['mn'] })
    const staff = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'kk',
      fallbackLocale: false,
      overrideAccess: false,
      user: translator,
    })
    expect(staff.title).toBe(draftHeadline)
  })

  it('shows a quote’s translation to readers only once it is published (quotes have no drafts: a save is live at once)', async () => {
    const kazakh = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const quote = await payload.create({
      collection: 'quotes',
      locale: 'en',
      data: { text: 'Cooperation is our common road.', speakerName: 'A. Speaker', sourceLocale: 'en' },
    })
    // The live Kazakh body embeds the quote, so the article brings it along to a Kazakh reader.
    await payload.update({
      collection: 'articles',
      id,
      locale: 'kk',
      data: { body: lexicalBody([{ type: 'pullQuote', quoteId: quote.id }]) },
    })
    const unfinished = 'Ынтымақтастық — ортақ (аударылуда)'
    await payload.update({
      collection: 'quotes',
      id: quote.id,
      locale: 'kk',
      overrideAccess: false,
      user: kazakh,
      data: { text: unfinished, speakerName: 'А. Спикер', translationStatus: 'in-progress' },
    })
    const asReader = () =>
      payload.findByID({
        collection: 'quotes',
        id: quote.id,
        locale: 'kk',
        fallbackLocale: false,
        overrideAccess: false,
      })
    expect((await asReader()).text).toBeNull()
    const viaArticle = await payload.findByID({
      collection: 'articles',
      id,
      locale: 'kk',
      depth: 1,
      overrideAccess: false,
    })
    expect((viaArticle.quotes ?? []).map((q) => (typeof q === 'object' ? q.id : q))).toEqual([quote.id])
    expect(JSON.stringify(viaArticle)).not.toContain(unfinished)
    await payload.update({ collection: 'quotes', id: quote.id, locale: 'kk', data: { translationStatus: 'published' } })
    expect((await asReader()).text).toBe(unfinished)
  })
})
