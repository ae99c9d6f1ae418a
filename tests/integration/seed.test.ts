import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { seed, storySlug } from '../../scripts/seed/index'
import { onDatabase, testPayload } from '../helpers/payload'

const counts = async (payload: Payload) => ({
  articles: (await payload.count({ collection: 'articles' })).totalDocs,
  quotes: (await payload.count({ collection: 'quotes' })).totalDocs,
  organizations: (await payload.count({ collection: 'organizations' })).totalDocs,
  media: (await payload.count({ collection: 'media' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
})

describe(onDatabase('the Altai story seed'), () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('loads the story, its two quotes, two organizations and a hero image, readable by anyone in all five languages', async () => {
    const first = await seed(payload, { demoAccounts: true })
    expect(await counts(payload)).toEqual({ articles: 1, quotes: 2, organizations: 2, media: 1, users: 4 })
    expect(first.demoAccounts.map((account) => account.role).sort()).toEqual([
      'admin',
      'editor',
      'moderator',
      'translator',
    ])

    const titles: Record<string, string> = {}
    for (const locale of localeCodes) {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(docs).toHaveLength(1)
      titles[locale] = docs[0]?.title ?? ''
      expect(docs[0]?.slug).toMatch(/^[a-z0-9-]+$/)
      expect(docs[0]?.dek).toBeTruthy()
      expect(docs[0]?.dateline).toBeTruthy()
    }
    expect(titles.en).toBe('Altai Nations Forge Stronger Ties at Xinjiang Conference')
    expect(titles.kk).toMatch(/[әғқңөұүһі]/)
    expect(titles.zh).toMatch(/\p{Script=Han}/u)
    expect(new Set(Object.values(titles)).size).toBe(5)

    const quotes = await payload.find({
      collection: 'quotes',
      locale: 'ru',
      fallbackLocale: false,
      overrideAccess: false,
      sort: 'id',
    })
    expect(quotes.docs.map((quote) => quote.speakerName)).toEqual(['Виталий Снесарь', 'Джилел Хелел'])
  })

  it('changes nothing when run a second time', async () => {
    const before = await counts(payload)
    const second = await seed(payload, { demoAccounts: true })
    expect(second.created).toEqual([])
    expect(second.demoAccounts).toEqual([])
    expect(await counts(payload)).toEqual(before)
    const english = await payload.find({ collection: 'articles', locale: 'en', where: { slug: { equals: storySlug } } })
    expect(english.totalDocs).toBe(1)
  })
})
