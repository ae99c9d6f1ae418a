import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { lexicalBody } from '../../scripts/seed/lexical'
import { reviewQueue, translationWorklist } from '@/admin/translationWorklist'
import { versionHistory } from '@/admin/versionHistory'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type Staff = Awaited<ReturnType<typeof makeUser>>

// One Payload (one throw-away copy of the seeded database) for the whole file.
let payload: Payload
beforeAll(async () => {
  payload = await testPayload({ base: 'seeded' })
})
afterAll(async () => {
  await payload?.destroy()
})

const body = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

/** An editor's "Publish in …": one language of an article goes live. */
const publishIn = (articleId: number, editor: Staff, locale: 'kk' | 'mn') =>
  payload.update({
    collection: 'articles',
    id: articleId,
    locale,
    publishSpecificLocale: locale,
    overrideAccess: false,
    user: editor,
    data: { _status: 'published' },
  })

describe(onDatabase('the editor’s review queue and the version history: who did what, in which language'), () => {
  let editor: Staff
  let admin: Staff
  let kazakh: Staff
  let mongolian: Staff
  let moderator: Staff
  let articleId: number
  const run = Date.now()

  beforeAll(async () => {
    editor = await makeUser(payload, 'editor', { name: `Aruzhan Editor ${run}` })
    admin = await makeUser(payload, 'admin')
    kazakh = await makeUser(payload, 'translator', { translatorLocales: ['kk'], name: `Dana Translator ${run}` })
    mongolian = await makeUser(payload, 'translator', { translatorLocales: ['mn'], name: `Bold Translator ${run}` })
    moderator = await makeUser(payload, 'moderator')
    const created = await payload.create({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: {
        title: `Camel milk cooperative opens in Kosh-Agach ${run}`,
        body: body('Twelve families now sell camel milk together.'),
        sourceLocale: 'en',
        _status: 'published',
      },
    })
    articleId = created.id as number
  })

  const submit = (user: Staff, locale: 'kk' | 'mn', title: string, text: string) =>
    payload.update({
      collection: 'articles',
      id: articleId,
      locale,
      draft: true,
      overrideAccess: false,
      user,
      data: { title, body: body(text), translationStatus: 'ready', _status: 'draft' },
    })

  it('lists each submitted language with who submitted it and when, newest first, for editors and admins only', async () => {
    await submit(
      kazakh,
      'kk',
      `Қош-Ағашта түйе сүті кооперативі ашылды ${run}`,
      'Он екі отбасы түйе сүтін бірге сатады.',
    )
    // A later draft save by the editor (a field every language shares) does not change who submitted Kazakh.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      draft: true,
      overrideAccess: false,
      user: editor,
      data: { commentsEnabled: false },
    })
    await submit(
      mongolian,
      'mn',
      `Кош-Агачид тэмээний сүүний хоршоо нээгдлээ ${run}`,
      'Арван хоёр өрх тэмээний сүүг хамтдаа зардаг.',
    )

    const rows = (await reviewQueue(payload, editor)).filter(
      (row) => row.collection === 'articles' && row.id === articleId,
    )
    expect(rows.map((row) => [row.section, row.locale, row.headline, row.byName])).toEqual([
      ['ready', 'mn', `Кош-Агачид тэмээний сүүний хоршоо нээгдлээ ${run}`, `Bold Translator ${run}`],
      ['ready', 'kk', `Қош-Ағашта түйе сүті кооперативі ашылды ${run}`, `Dana Translator ${run}`],
    ])
    expect(Date.parse(rows[0].at)).toBeGreaterThan(Date.parse(rows[1].at))
    expect(rows[1].href).toBe(`/admin/collections/articles/${articleId}?locale=kk`)
    expect(
      (await reviewQueue(payload, admin)).filter((row) => row.collection === 'articles' && row.id === articleId),
    ).toHaveLength(2)
    // Translators keep their worklist; moderators have no part in it.
    expect(await reviewQueue(payload, kazakh)).toEqual([])
    expect(await reviewQueue(payload, moderator)).toEqual([])
  })

  it('drops a language once published, and lists it again as “outdated” when the original changes; a submission the change overtook goes back to its translator', async () => {
    await publishIn(articleId, editor, 'kk')
    let rows = (await reviewQueue(payload, editor)).filter(
      (row) => row.collection === 'articles' && row.id === articleId,
    )
    expect(rows.map((row) => [row.section, row.locale])).toEqual([['ready', 'mn']])

    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: {
        title: `Camel milk cooperative opens in Kosh-Agach, with fourteen families ${run}`,
        _status: 'published',
      },
    })
    rows = (await reviewQueue(payload, editor)).filter((row) => row.collection === 'articles' && row.id === articleId)
    expect(rows.map((row) => [row.section, row.locale, row.byName])).toEqual([
      ['outdated', 'kk', `Aruzhan Editor ${run}`],
    ])
    expect(rows[0].headline).toBe(`Қош-Ағашта түйе сүті кооперативі ашылды ${run}`)
  })

  it('says per version who saved it (by name) and what it did in which language', async () => {
    const history = await versionHistory(payload, editor, articleId, 'en')
    const said = history.map((row) => [row.kind, row.locales.join(','), row.byName])
    // Newest first: the editor's published English change, "Publish in Kazakh", the Mongolian
    // submission, the editor's draft of a shared field, the Kazakh submission, the first publication.
    // (Publish takes every language's latest draft, so the first row's changes include Mongolian's.)
    expect(said).toEqual([
      ['published', expect.stringContaining('en'), `Aruzhan Editor ${run}`],
      ['published-in', 'kk', `Aruzhan Editor ${run}`],
      ['submitted', 'mn', `Bold Translator ${run}`],
      ['draft', '', `Aruzhan Editor ${run}`],
      ['submitted', 'kk', `Dana Translator ${run}`],
      ['published', 'en', `Aruzhan Editor ${run}`],
    ])
    // A moderator may not read article versions at all.
    await expect(versionHistory(payload, moderator, articleId, 'en')).rejects.toThrow()
  })

  it('lists a revision of a live translation once its translator submits it, files it as ready in their worklist, and drops it when published', async () => {
    const revised = `Қош-Ағашта түйе сүті кооперативі ашылды: он төрт отбасы ${run}`
    await submit(kazakh, 'kk', revised, 'Он төрт отбасы түйе сүтін бірге сатады.')
    const queued = async () =>
      (await reviewQueue(payload, editor))
        .filter((row) => row.collection === 'articles' && row.id === articleId)
        .map((row) => [row.section, row.locale, row.headline, row.byName])
    expect(await queued()).toEqual([['ready', 'kk', revised, `Dana Translator ${run}`]])
    const filed = async () =>
      (await translationWorklist(payload, kazakh))
        .filter((row) => row.id === articleId)
        .map((row) => [row.locale, row.section])
    expect(await filed()).toEqual([['kk', 'ready']])

    await publishIn(articleId, editor, 'kk')
    expect(await queued()).toEqual([])
    expect(await filed()).toEqual([['kk', 'published']])
  })
})

/**
 * The tester's Kazakh story that went live without its pull quote: the quote's Kazakh translation
 * was submitted for review, the editor's queue showed only the article, and "Publish in Kazakh"
 * left the quote unpublished. Now the quote waits in the queue too, and publishing the story in
 * Kazakh publishes the Kazakh quotes its Kazakh body embeds that wait for review.
 */
describe(onDatabase('a story’s quote translation: in the review queue, and published with the story'), () => {
  const run = Date.now()
  let editor: Staff
  let kazakh: Staff
  let articleId: number
  let quoteId: number
  let untouchedId: number

  const quoteIn = async (id: number, locale: 'en' | 'kk') =>
    (await payload.findByID({
      collection: 'quotes',
      id,
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })) as { text?: string | null; translationStatus?: string | null }
  const queueRows = async () =>
    (await reviewQueue(payload, editor)).filter(
      (row) =>
        (row.collection === 'quotes' && (row.id === quoteId || row.id === untouchedId)) ||
        (row.collection === 'articles' && row.id === articleId),
    )

  beforeAll(async () => {
    editor = await makeUser(payload, 'editor')
    kazakh = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const makeQuote = async (text: string) =>
      (
        await payload.create({
          collection: 'quotes',
          locale: 'en',
          overrideAccess: false,
          user: editor,
          data: { text, speakerName: 'Aigerim Bekova', sourceLocale: 'en' },
        })
      ).id as number
    quoteId = await makeQuote(`The pumps reach the far pastures by May (${run})`)
    untouchedId = await makeQuote(`Nobody has translated this one yet (${run})`)
    const story = (title: string) =>
      lexicalBody([
        { type: 'paragraph', text: `${title}: the story.` },
        { type: 'pullQuote', quoteId },
        { type: 'pullQuote', quoteId: untouchedId },
      ])
    articleId = (
      await payload.create({
        collection: 'articles',
        locale: 'en',
        overrideAccess: false,
        user: editor,
        data: {
          title: `Pumps for the far pastures ${run}`,
          body: story('Pumps'),
          sourceLocale: 'en',
          _status: 'published',
        },
      })
    ).id as number
    // The Kazakh translator translates the story (its body embeds both quotes) and the first quote.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: kazakh,
      data: {
        title: `Алыс жайылымдарға сорғылар ${run}`,
        body: story('Сорғылар'),
        translationStatus: 'ready',
        _status: 'draft',
      },
    })
    await payload.update({
      collection: 'quotes',
      id: quoteId,
      locale: 'kk',
      overrideAccess: false,
      user: kazakh,
      data: {
        text: `Сорғылар мамырға дейін алыс жайылымдарға жетеді (${run})`,
        speakerName: 'Әйгерім Бекова',
        translationStatus: 'ready',
      },
    })
  })

  it('lists the quote’s Kazakh translation for review beside the story’s, opening the quote in Kazakh', async () => {
    const rows = await queueRows()
    expect(rows.map((row) => [row.collection, row.section, row.locale]).sort()).toEqual([
      ['articles', 'ready', 'kk'],
      ['quotes', 'ready', 'kk'],
    ])
    const quoteRow = rows.find((row) => row.collection === 'quotes')
    expect(quoteRow?.href).toBe(`/admin/collections/quotes/${quoteId}?locale=kk`)
    expect(quoteRow?.headline).toBe(`«Сорғылар мамырға дейін алыс жайылымдарға жетеді (${run})» — Әйгерім Бекова`)
    expect(quoteRow?.headlineIsSource).toBe(false)
  })

  it('publishes the ready Kazakh quote with “Publish in Kazakh”, and leaves an untranslated quote as it was', async () => {
    await publishIn(articleId, editor, 'kk')
    expect((await quoteIn(quoteId, 'kk')).translationStatus).toBe('published')
    expect((await quoteIn(untouchedId, 'kk')).translationStatus ?? 'missing').toBe('missing')
    // Readers get the Kazakh words now.
    const asReader = await payload.find({
      collection: 'quotes',
      where: { id: { equals: quoteId } },
      locale: 'kk',
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
    })
    expect(asReader.docs[0]?.text).toBe(`Сорғылар мамырға дейін алыс жайылымдарға жетеді (${run})`)
    // Nothing of the story waits for review any more.
    expect(await queueRows()).toEqual([])
  })
})
