import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { searchArticles } from '@/content/search'
import type { Locale } from '@/i18n/locales'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type Headline = { locale: Locale; title: string; body?: string }

// Headlines in the scripts the newsroom meets, each searched for in other letter cases.
const headlines: Headline[] = [
  { locale: 'ru', title: 'Москва принимает форум' },
  { locale: 'kk', title: 'Қазақ әдебиеті ғасырлар бойы: ұлы өлең, үміт, һәм іні' },
  { locale: 'mn', title: 'Улаанбаатар хотод Өвөр Монголын үзэсгэлэн' },
  { locale: 'en', title: 'Οδός Ερμού and the École des Beaux-Arts in Straße' },
  { locale: 'zh', title: '阿尔泰山生态修复会议' },
  { locale: 'ru', title: 'Погода на неделю', body: 'В Москве снег.' },
]

describe(
  onDatabase('case-insensitive search in every script (admin list search, REST and GraphQL operators, reader search)'),
  () => {
    let payload: Payload
    const ids = new Map<string, number | string>()

    beforeAll(async () => {
      payload = await testPayload({ base: 'empty' })
      for (const { locale, title, body } of headlines) {
        const doc = await payload.create({
          collection: 'articles',
          locale,
          data: {
            title,
            sourceLocale: locale,
            _status: 'published',
            publishedAt: new Date().toISOString(),
            ...(body ? { body: lexical(body) } : {}),
          },
        })
        ids.set(title, doc.id)
      }
    })
    afterAll(async () => {
      await payload?.destroy()
    })

    const titlesFound = async (locale: Locale, where: Where) => {
      const editor = await makeUser(payload, 'editor')
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        where,
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      return docs.map((doc) => doc.title)
    }

    it.each([
      ['ru', 'москва', 'Москва принимает форум'],
      ['ru', 'МОСКВА ФОРУМ', 'Москва принимает форум'],
      ['kk', 'қазақ ӘДЕБИЕТІ', 'Қазақ әдебиеті ғасырлар бойы: ұлы өлең, үміт, һәм іні'],
      ['kk', 'ҒАСЫРЛАР ҰЛЫ ӨЛЕҢ ҮМІТ ҺӘМ ІНІ', 'Қазақ әдебиеті ғасырлар бойы: ұлы өлең, үміт, һәм іні'],
      ['mn', 'улаанбаатар', 'Улаанбаатар хотод Өвөр Монголын үзэсгэлэн'],
      ['mn', 'өвөр ҮЗЭСГЭЛЭН', 'Улаанбаатар хотод Өвөр Монголын үзэсгэлэн'],
      ['en', 'ΟΔΌΣ ερμού', 'Οδός Ερμού and the École des Beaux-Arts in Straße'],
      ['en', 'école STRASSE', 'Οδός Ερμού and the École des Beaux-Arts in Straße'],
      ['en', 'E\u0301COLE', 'Οδός Ερμού and the École des Beaux-Arts in Straße'],
      ['zh', '生态修复', '阿尔泰山生态修复会议'],
    ] as const)('in %s, the admin list search and `like` find the headline for “%s”', async (locale, query, title) => {
      // The admin list search asks exactly this of the API: the title field, `like`, inside an `or`.
      expect(await titlesFound(locale, { or: [{ title: { like: query } }] })).toEqual([title])
      expect(await titlesFound(locale, { title: { like: query } })).toEqual([title])
    })

    it('`contains` ignores letter case in Cyrillic too', async () => {
      expect(await titlesFound('ru', { title: { contains: 'МОСКВА' } })).toEqual(['Москва принимает форум'])
      expect(await titlesFound('ru', { title: { contains: 'москва', exists: true } })).toEqual([
        'Москва принимает форум',
      ])
    })

    it('a headline search stays a headline search: words only in the body do not match the title', async () => {
      expect(await titlesFound('ru', { title: { like: 'москве' } })).toEqual([])
      expect(await titlesFound('ru', { title: { like: 'неделю' }, _status: { equals: 'published' } })).toEqual([
        'Погода на неделю',
      ])
    })

    it('reader search on the site finds the same words in any letter case, body included', async () => {
      expect((await searchArticles(payload, 'ru', 'МОСКВЕ')).map((doc) => doc.title)).toEqual(['Погода на неделю'])
      expect((await searchArticles(payload, 'kk', 'ҚАЗАҚ')).map((doc) => doc.title)).toHaveLength(1)
      expect((await searchArticles(payload, 'mn', 'УЛААНБААТАР')).map((doc) => doc.title)).toHaveLength(1)
      expect((await searchArticles(payload, 'en', 'ΟΔΌΣ')).map((doc) => doc.title)).toHaveLength(1)
    })

    it('a reader never sees the folded copy of a translation that is not published', async () => {
      const article = await payload.create({
        collection: 'articles',
        locale: 'en',
        data: {
          title: 'Snow leopards counted',
          sourceLocale: 'en',
          _status: 'published',
          publishedAt: new Date().toISOString(),
        },
      })
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'kk',
        data: { title: 'Ілбірстер санағы', translationStatus: 'in-progress' },
      })
      const kk = await payload.findByID({
        collection: 'articles',
        id: article.id,
        locale: 'kk',
        overrideAccess: false,
        depth: 0,
      })
      expect(kk.folded ?? null).toBeNull()
      const all = (await payload.findByID({
        collection: 'articles',
        id: article.id,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
      })) as unknown as { folded: Record<string, unknown> }
      expect(Object.keys(all.folded)).toEqual(['en'])
    })

    it('organization names and quote speakers are found in any letter case', async () => {
      const organization = await payload.create({
        collection: 'organizations',
        locale: 'kk',
        data: { name: 'Әл-Фараби атындағы Қазақ ұлттық университеті', country: 'KZ', kind: 'university' },
      })
      const { docs: organizations } = await payload.find({
        collection: 'organizations',
        locale: 'kk',
        where: { name: { like: 'ӘЛ-ФАРАБИ қазақ' } },
      })
      expect(organizations.map((doc) => doc.id)).toEqual([organization.id])
      await payload.create({
        collection: 'quotes',
        locale: 'mn',
        data: {
          text: 'Бид хамтдаа ажиллана.',
          speakerName: 'Өлзийбаяр Гүнсэн',
          sourceLocale: 'mn',
          originalLanguage: 'mn',
        },
      })
      const { docs: quotes } = await payload.find({
        collection: 'quotes',
        locale: 'mn',
        where: { speakerName: { like: 'өлзийбаяр' } },
      })
      expect(quotes.map((doc) => doc.speakerName)).toEqual(['Өлзийбаяр Гүнсэн'])
    })
  },
)

function lexical(text: string) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          version: 1,
          textFormat: 0,
          children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
        },
      ],
    },
  }
}
