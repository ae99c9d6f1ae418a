import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { reviewQueue } from '@/admin/translationWorklist'
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

    const rows = (await reviewQueue(payload, editor)).filter((row) => row.id === articleId)
    expect(rows.map((row) => [row.section, row.locale, row.headline, row.byName])).toEqual([
      ['ready', 'mn', `Кош-Агачид тэмээний сүүний хоршоо нээгдлээ ${run}`, `Bold Translator ${run}`],
      ['ready', 'kk', `Қош-Ағашта түйе сүті кооперативі ашылды ${run}`, `Dana Translator ${run}`],
    ])
    expect(Date.parse(rows[0].at)).toBeGreaterThan(Date.parse(rows[1].at))
    expect(rows[1].href).toBe(`/admin/collections/articles/${articleId}?locale=kk`)
    expect((await reviewQueue(payload, admin)).filter((row) => row.id === articleId)).toHaveLength(2)
    // Translators keep their worklist; moderators have no part in it.
    expect(await reviewQueue(payload, kazakh)).toEqual([])
    expect(await reviewQueue(payload, moderator)).toEqual([])
  })

  it('drops a language once published, and lists it again as “outdated” when the original changes; a submission the change overtook goes back to its translator', async () => {
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      publishSpecificLocale: 'kk',
      overrideAccess: false,
      user: editor,
      data: { _status: 'published' },
    })
    let rows = (await reviewQueue(payload, editor)).filter((row) => row.id === articleId)
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
    rows = (await reviewQueue(payload, editor)).filter((row) => row.id === articleId)
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
})
