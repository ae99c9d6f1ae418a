import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { storySlug } from '../../scripts/seed/index'
import { formerHoneypotField, honeypotField } from '@/comments/rules'
import type { SubmissionResult } from '@/comments/submitComment'
import { approvedComments } from '@/content/comments'
import { aReader, submit } from '../helpers/comments'
import { onDatabase, testPayload } from '../helpers/payload'

let payload: Payload
let story: number

beforeAll(async () => {
  payload = await testPayload({ base: 'seeded' })
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: storySlug } }, locale: 'en' })
  story = docs[0]?.id as number
})
afterAll(async () => {
  await payload?.destroy()
})

describe(onDatabase('the comment service accepts only what the reader’s page could have sent'), () => {
  let englishOnly: number

  const count = async () => (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs
  const stored = async (result: SubmissionResult) => {
    if (result.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`)
    return payload.findByID({ collection: 'comments', id: result.comment.id, overrideAccess: true })
  }
  const approve = async (result: SubmissionResult) => {
    const doc = await stored(result)
    await payload.update({ collection: 'comments', id: doc.id, overrideAccess: true, data: { status: 'approved' } })
    return doc.id
  }

  beforeAll(async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'Dust storms over the Altai',
        sourceLocale: 'en',
        commentsEnabled: true,
        _status: 'published',
        publishedAt: '2025-06-01T00:00:00.000Z',
      },
    })
    englishOnly = article.id
    // A Kazakh translation under way, and a Russian one ready for review: neither is published.
    await payload.update({
      collection: 'articles',
      id: englishOnly,
      locale: 'kk',
      data: { title: 'Алтайдағы шаңды дауыл', translationStatus: 'in-progress' },
    })
    await payload.update({
      collection: 'articles',
      id: englishOnly,
      locale: 'ru',
      data: { title: 'Пыльные бури на Алтае', translationStatus: 'ready' },
    })
  })

  it('refuses a comment from a language page where the article shows “not translated” (missing, in progress, ready for review), and stores nothing', async () => {
    const before = await count()
    for (const pageLocale of ['kk', 'ru', 'zh', 'mn'] as const) {
      expect({ pageLocale, result: await submit(payload, aReader(englishOnly, { pageLocale })) }).toEqual({
        pageLocale,
        result: { kind: 'refused', reason: 'articleUnavailable' },
      })
    }
    expect(await count()).toBe(before)
    expect((await submit(payload, aReader(englishOnly, { pageLocale: 'en' }))).kind).toBe('accepted')
  })

  it('accepts the comment once the translation is published, on that language’s page', async () => {
    await payload.update({
      collection: 'articles',
      id: englishOnly,
      locale: 'kk',
      data: { translationStatus: 'published', slug: 'altaidagy-shandy-dauyl' },
    })
    expect((await submit(payload, aReader(englishOnly, { pageLocale: 'kk' }))).kind).toBe('accepted')
  })

  it('refuses an unpublished (draft) article on every page', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      data: { title: 'Not yet out', sourceLocale: 'en', _status: 'draft' },
    })
    expect(await submit(payload, aReader(draft.id, { pageLocale: 'en' }))).toEqual({
      kind: 'refused',
      reason: 'articleUnavailable',
    })
  })

  it.each([
    ['hexadecimal', (id: number) => `0x${id.toString(16)}`],
    ['a leading zero', (id: number) => `0${id}`],
    ['a plus sign', (id: number) => `+${id}`],
    ['spaces', (id: number) => ` ${id} `],
    ['an exponent', (id: number) => `${id}e0`],
    ['a decimal point', (id: number) => `${id}.0`],
    ['a fraction', (id: number) => id + 0.5],
    ['a negative number', (id: number) => -id],
    ['an array', (id: number) => [id]],
    ['an object', (id: number) => ({ id })],
    ['a boolean', () => true],
    ['an empty string', () => ''],
  ])('refuses an article id written with %s instead of coercing it', async (_, spell) => {
    const before = await count()
    expect(await submit(payload, aReader(story, { articleId: spell(story) }))).toEqual({
      kind: 'refused',
      reason: 'articleUnavailable',
    })
    expect(await count()).toBe(before)
  })

  it('accepts the article id as the page writes it: a JSON number or its decimal digits', async () => {
    expect((await submit(payload, aReader(story, { articleId: story }))).kind).toBe('accepted')
    expect((await submit(payload, aReader(story, { articleId: String(story) }))).kind).toBe('accepted')
  })

  it('refuses a reply to a comment that is not approved, erased, on another article, or named by a non-canonical id', async () => {
    const parent = await approve(await submit(payload, aReader(story, { fields: { body: 'Жауап күтетін пікір' } })))
    const pending = await stored(await submit(payload, aReader(story, { fields: { body: 'Әлі тексерілмеген пікір' } })))
    const elsewhere = await approve(
      await submit(payload, aReader(englishOnly, { pageLocale: 'en', fields: { body: 'On the other article' } })),
    )
    const erased = await approve(await submit(payload, aReader(story, { fields: { body: 'Кейін өшірілетін пікір' } })))
    await payload.update({
      collection: 'comments',
      id: erased,
      overrideAccess: true,
      data: { erased: true, body: '', authorName: '' },
    })
    const before = await count()
    for (const parentId of [
      pending.id,
      elsewhere,
      erased,
      `0x${parent.toString(16)}`,
      `0${parent}`,
      ` ${parent}`,
      [parent],
      999_999,
    ]) {
      expect({ parentId, result: await submit(payload, aReader(story, { parentId })) }).toEqual({
        parentId,
        result: { kind: 'refused', reason: 'parentInvalid' },
      })
    }
    expect(await count()).toBe(before)
    // A reply to an approved comment of the same article, written in another language, is what the page offers.
    const reply = await stored(
      await submit(
        payload,
        aReader(story, { parentId: String(parent), fields: { language: 'mn', body: 'Монгол хэлээр хариулт' } }),
      ),
    )
    expect(typeof reply.parent === 'object' ? reply.parent?.id : reply.parent).toBe(parent)
  })

  it('still refuses comments on an article with comments closed, in a language it can be read in', async () => {
    const closed = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Closed for comments', sourceLocale: 'en', commentsEnabled: false, _status: 'published' },
    })
    expect(await submit(payload, aReader(closed.id, { pageLocale: 'en' }))).toEqual({
      kind: 'refused',
      reason: 'articleClosed',
    })
  })
})

describe(onDatabase('banned words disguised with invisible or look-alike letters, through the service'), () => {
  beforeAll(async () => {
    await payload.updateGlobal({
      slug: 'comment-rules',
      data: {
        perIpPer10Minutes: 100,
        perEmailPerHour: 100,
        wordLists: [
          { language: 'en', banned: 'casino' },
          { language: 'kk', banned: 'казино\nұтыс', suspect: 'жеңілдік' },
          { language: 'ru', banned: 'казино' },
          { language: 'mn', banned: 'казино' },
        ],
      },
    })
  })

  const outcome = async (language: string, body: string) => {
    const result = await submit(payload, aReader(story, { fields: { language, body } }))
    if (result.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`)
    const doc = await payload.findByID({ collection: 'comments', id: result.comment.id, overrideAccess: true })
    return { status: doc.status, flagged: doc.flagged }
  }

  it.each([
    ['en', 'Best ca\u200Bsino bonuses here'],
    ['en', 'Best cаsino bonuses here'],
    ['en', 'Best ＣＡＳＩＮＯ bonuses here'],
    ['kk', 'Онлайн kaзино осында'],
    ['kk', 'Тегін ұ\u00ADтыс ойыны'],
  ])('stores a %s comment with a disguised banned word as spam: %j', async (language, body) => {
    expect(await outcome(language, body)).toMatchObject({ status: 'spam' })
  })

  it('keeps a genuine Kazakh, Russian and Mongolian sentence pending and unflagged', async () => {
    expect(await outcome('kk', 'Алтай өңіріндегі сауда мен туризм туралы жақсы мақала, рақмет!')).toEqual({
      status: 'pending',
      flagged: false,
    })
    expect(await outcome('ru', 'Спасибо за статью о сотрудничестве в Большом Алтае.')).toEqual({
      status: 'pending',
      flagged: false,
    })
    expect(await outcome('mn', 'Их Алтайн бүс нутгийн хамтын ажиллагааны тухай сайхан нийтлэл байна.')).toEqual({
      status: 'pending',
      flagged: false,
    })
  })

  it('flags a word that mixes alphabets for a moderator even when no list names it', async () => {
    expect(await outcome('ru', 'Лучший бонус: pаypal')).toEqual({ status: 'pending', flagged: true })
  })
})

describe(onDatabase('the honeypot and replies to comments that were removed'), () => {
  const statusOf = async (result: SubmissionResult) => {
    if (result.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`)
    const doc = await payload.findByID({ collection: 'comments', id: result.comment.id, overrideAccess: true })
    return { status: doc.status, flagged: doc.flagged }
  }

  it('stores a comment with the honeypot empty as pending, and with it filled as spam', async () => {
    expect(await statusOf(await submit(payload, aReader(story, { fields: { [honeypotField]: '' } })))).toEqual({
      status: 'pending',
      flagged: false,
    })
    expect(
      await statusOf(await submit(payload, aReader(story, { fields: { [honeypotField]: 'Acme LLC' } }))),
    ).toMatchObject({ status: 'spam' })
  })

  it('keeps a comment from a page with the former honeypot name, filled in by autofill, for a moderator (flagged, not spam)', async () => {
    expect(
      await statusOf(await submit(payload, aReader(story, { fields: { [formerHoneypotField]: 'Altai Media LLC' } }))),
    ).toEqual({ status: 'pending', flagged: true })
  })

  it('shows an approved reply whose parent was trashed under a placeholder for that parent, not as a thread of its own', async () => {
    const accepted = async (parentId?: number, body = 'Ойлы пікір, рақмет.') => {
      const result = await submit(payload, aReader(story, { parentId, fields: { body } }))
      if (result.kind !== 'accepted') throw new Error(JSON.stringify(result))
      await payload.update({
        collection: 'comments',
        id: result.comment.id,
        overrideAccess: true,
        data: { status: 'approved' },
      })
      return result.comment.id
    }
    const root = await accepted(undefined, 'Бастапқы пікір')
    const middle = await accepted(root, 'Ортадағы жауап')
    const reply = await accepted(middle, 'Соңғы жауап')
    await payload.update({ collection: 'comments', id: root, overrideAccess: true, data: { status: 'trash' } })
    await payload.update({ collection: 'comments', id: middle, overrideAccess: true, data: { status: 'spam' } })

    const shown = await approvedComments(payload, story)
    const byId = new Map(shown.map((comment) => [comment.id, comment]))
    expect(byId.get(reply)).toMatchObject({ parent: middle, erased: false, body: 'Соңғы жауап' })
    expect(byId.get(reply)?.placeholder).toBeUndefined()
    expect(byId.get(middle)).toMatchObject({ parent: root, placeholder: true, erased: true, body: '', authorName: '' })
    expect(byId.get(root)).toMatchObject({ parent: null, placeholder: true, erased: true, body: '', authorName: '' })
    expect(JSON.stringify(shown)).not.toMatch(/Бастапқы пікір|Ортадағы жауап|@example/)
  })
})
