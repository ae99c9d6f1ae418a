import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { lexicalBody } from '../../scripts/seed/lexical'
import { storiesEmbeddingQuote, storiesWithQuote } from '@/content/quotes'
import type { Locale } from '@/i18n/locales'
import { down, up } from '@/migrations/20261130_142900_quotes_shared_across_stories'
import { testPayload } from '../helpers/payload'

type Id = number | string
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : value)

/**
 * Issue 15, "Quotes are reusable": one quote embedded in several stories, pickers that show its words,
 * the article's Quotes list made from its body, readers' access and revalidation asking the stories.
 */
describe('a quote shared by several stories', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload({ base: 'seeded' })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  const quote = (text: string, speakerName: string) =>
    payload.create({ collection: 'quotes', locale: 'en', data: { text, speakerName, sourceLocale: 'en' } })

  const story = async (title: string, quotes: Id[], status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'articles',
      locale: 'en',
      draft: status === 'draft',
      data: {
        title,
        sourceLocale: 'en',
        _status: status,
        body: lexicalBody([
          { type: 'paragraph', text: `${title}: the story.` },
          ...quotes.map((quoteId) => ({ type: 'pullQuote' as const, quoteId })),
        ]),
      },
    })

  const asReader = (id: Id) =>
    payload
      .find({ collection: 'quotes', where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
      .then((found) => found.docs.map((doc) => doc.id))

  it('lists the embedded quote in both stories’ Quotes, and both stories under the quote', async () => {
    const shared = await quote('Pastures need water before winter.', 'Dorj Bat')
    const first = await story('Pumps reach the far pastures', [shared.id])
    const second = await story('Herders plan for winter', [shared.id])
    for (const article of [first, second]) {
      const read = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
      expect((read.quotes ?? []).map(idOf)).toEqual([shared.id])
    }
    // The quote's "Embedded in" list in the admin, newest first.
    expect(await storiesWithQuote(payload, shared.id, 'en')).toEqual([
      { id: second.id, title: 'Herders plan for winter' },
      { id: first.id, title: 'Pumps reach the far pastures' },
    ])
  })

  it('keeps an article’s Quotes equal to its body in that language: removing the pull quote removes it', async () => {
    const one = await quote('Solar pumps changed our summer.', 'Aigul Seitkali')
    const article = await story('A summer with solar pumps', [one.id])
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { body: lexicalBody([{ type: 'paragraph', text: 'No quote any more.' }]) },
    })
    const read = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    expect(read.quotes ?? []).toEqual([])
  })

  it('names a quote in pickers by its words and speaker, in each language’s quotation marks, and finds it by a word in any case', async () => {
    const said = await quote('We will work together on the water.', 'Jilel Helel')
    await payload.update({
      collection: 'quotes',
      id: said.id,
      locale: 'ru',
      data: { text: 'Мы будем работать вместе.', speakerName: 'Джилел Хелел', translationStatus: 'published' },
    })
    const en = await payload.findByID({ collection: 'quotes', id: said.id, locale: 'en' })
    const ru = await payload.findByID({ collection: 'quotes', id: said.id, locale: 'ru' })
    expect(en.title).toBe('“We will work together on the water.” — Jilel Helel')
    expect(ru.title).toBe('«Мы будем работать вместе.» — Джилел Хелел')
    // The picker searches the title (`useAsTitle`): words and speaker are asked, folded.
    for (const [locale, word] of [
      ['en', 'WATER'],
      ['ru', 'вместе'],
      ['ru', 'джилел'],
    ] as [Locale, string][]) {
      const found = await payload.find({ collection: 'quotes', locale, where: { title: { like: word } }, depth: 0 })
      expect(found.docs.map((doc) => doc.id)).toContain(said.id)
    }
  })

  it('keeps a quote embedded only in an unpublished draft from readers, and shows it once any story embedding it is published', async () => {
    const embargoed = await quote('The results come out next week.', 'A. Researcher')
    const loose = await quote('Not in any story yet.', 'B. Speaker')
    await story('Embargoed study', [embargoed.id], 'draft')
    expect(await asReader(embargoed.id)).toEqual([])
    expect(await asReader(loose.id)).toEqual([loose.id])
    // A published story over it: a second draft of that story must not hide it again.
    const live = await story('Study results published', [embargoed.id])
    expect(await asReader(embargoed.id)).toEqual([embargoed.id])
    await payload.update({
      collection: 'articles',
      id: live.id,
      locale: 'en',
      draft: true,
      data: { title: 'Study results published (update)' },
    })
    expect(await asReader(embargoed.id)).toEqual([embargoed.id])
  })

  it('hides a quote that a new draft of a published story embeds until that draft is published', async () => {
    const fresh = await quote('We start on Monday.', 'C. Speaker')
    const article = await story('A story that gets a new quote', [])
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { body: lexicalBody([{ type: 'pullQuote', quoteId: fresh.id }]) },
    })
    expect(await asReader(fresh.id)).toEqual([])
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { _status: 'published' } })
    expect(await asReader(fresh.id)).toEqual([fresh.id])
  })

  it('finds, for revalidation, every story whose body embeds the quote in the edited language', async () => {
    const shared = await quote('Every valley needs a pump.', 'D. Speaker')
    const first = await story('Valley pumps one', [shared.id])
    const second = await story('Valley pumps two', [shared.id])
    await payload.update({
      collection: 'quotes',
      id: shared.id,
      locale: 'kk',
      data: { text: 'Әр аңғарға сорғы керек.', speakerName: 'Д. Сөйлеуші', translationStatus: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: first.id,
      locale: 'kk',
      data: {
        title: 'Аңғар сорғылары',
        translationStatus: 'published',
        body: lexicalBody([
          { type: 'paragraph', text: 'Аңғар сорғылары: оқиға.' },
          { type: 'pullQuote', quoteId: shared.id },
        ]),
      },
    })
    const stories = await storiesEmbeddingQuote(payload, shared.id, ['en', 'kk'])
    expect(stories.en?.map(String).sort()).toEqual([first.id, second.id].map(String).sort())
    expect(stories.kk?.map(String)).toEqual([String(first.id)])
  })

  it('migrates a database where each quote belonged to one article: texts kept, links from the bodies and the old field', async () => {
    const db = (payload.db as unknown as { drizzle: Parameters<typeof up>[0]['db'] }).drizzle
    const rows = (query: ReturnType<typeof sql>) => db.all(query) as Promise<Record<string, unknown>[]>
    const seeded = (await payload.find({ collection: 'quotes', locale: 'all', limit: 2, sort: 'id', depth: 0 })).docs
    const textsBefore = await rows(sql`SELECT _parent_id, _locale, text, speaker_name FROM quotes_locales ORDER BY id`)
    const linksBefore = await rows(
      sql`SELECT parent_id, locale, quotes_id FROM articles_rels WHERE path = 'quotes' ORDER BY parent_id, locale, "order"`,
    )
    expect(linksBefore.length).toBeGreaterThan(0)
    const unembedded = await quote('Filed under a story without a pull quote.', 'E. Speaker')
    const article = await story('A story with a filed quote', [])

    // Back to the old schema (in a transaction, as Payload runs migrations), file the quote under the story.
    const inTransaction = async (step: () => Promise<void>) => {
      await db.run(sql`BEGIN`)
      await step()
      await db.run(sql`COMMIT`)
    }
    const args = { db, payload, req: {} } as unknown as Parameters<typeof up>[0]
    await inTransaction(() => down(args))
    await db.run(sql`UPDATE quotes SET article_id = ${article.id} WHERE id = ${unembedded.id}`)
    await inTransaction(() => up(args))

    expect(await rows(sql`SELECT _parent_id, _locale, text, speaker_name FROM quotes_locales ORDER BY id`)).toEqual(
      textsBefore.concat(
        await rows(
          sql`SELECT _parent_id, _locale, text, speaker_name FROM quotes_locales WHERE _parent_id = ${unembedded.id}`,
        ),
      ),
    )
    const linksAfter = await rows(
      sql`SELECT parent_id, locale, quotes_id FROM articles_rels WHERE path = 'quotes' AND parent_id != ${article.id} ORDER BY parent_id, locale, "order"`,
    )
    expect(linksAfter).toEqual(linksBefore)
    const filed = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    expect((filed.quotes ?? []).map(idOf)).toEqual([unembedded.id])
    const titles = await payload.find({ collection: 'quotes', locale: 'all', limit: 2, sort: 'id', depth: 0 })
    expect(titles.docs.map((doc) => doc.title)).toEqual(seeded.map((doc) => doc.title))
  })
})
