import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { storySlug } from '../../scripts/seed/index'
import { reportComment } from '@/comments/reportComment'
import { honeypotField } from '@/comments/rules'
import { formClockToken, hashIp } from '@/comments/signing'
import { approvedComments } from '@/content/comments'
import { aReader, submit } from '../helpers/comments'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

describe(onDatabase('the comment submission service'), () => {
  let payload: Payload
  let articleId: number

  beforeAll(async () => {
    payload = await testPayload({ base: 'seeded' })
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: storySlug } },
      locale: 'en',
    })
    articleId = docs[0]?.id as number
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  const stored = async (id: number) => payload.findByID({ collection: 'comments', id, overrideAccess: true })

  it('stores a valid comment as pending with every rule’s verdict, the language, and only a hash of the IP', async () => {
    const request = aReader(articleId, {
      ip: '203.0.113.7',
      fields: { language: 'ru', body: 'Хорошая статья!\nСпасибо.' },
    })
    const result = await submit(payload, request)
    expect(result.kind).toBe('accepted')
    if (result.kind !== 'accepted') return
    const doc = await stored(result.comment.id)
    expect(doc).toMatchObject({ status: 'pending', language: 'ru', body: 'Хорошая статья!\nСпасибо.', flagged: false })
    expect(doc.ipHash).toBe(hashIp('203.0.113.7'))
    expect(JSON.stringify(doc)).not.toContain('203.0.113.7')
    expect(doc.spamSignals).toMatchObject({
      honeypot: 'empty',
      rateLimit: 'within limits',
      duplicate: 'none',
      akismet: 'off',
      verdict: 'pending',
    })
  })

  it('stores each named check’s verdict on the comment in decision 004’s order, and a banned word’s spam verdict under wordLists', async () => {
    await payload.updateGlobal({
      slug: 'comment-rules',
      data: { wordLists: [{ language: 'kk', banned: 'казино', suspect: '' }] },
      overrideAccess: true,
    })
    try {
      const clean = await submit(
        payload,
        aReader(articleId, { fields: { body: 'Мақала үшін рақмет, өте қызық. http://example.kz' } }),
      )
      const spam = await submit(payload, aReader(articleId, { fields: { body: 'Ең жақсы казино осында!' } }))
      if (clean.kind !== 'accepted' || spam.kind !== 'accepted') throw new Error('both comments should be accepted')
      const cleanSignals = (await stored(clean.comment.id)).spamSignals as { verdicts: Record<string, string> }
      expect(Object.entries(cleanSignals.verdicts)).toEqual([
        ['honeypot', 'pass'],
        ['formClock', 'pass'],
        ['rateLimit', 'pass'],
        ['repeatOrDuplicate', 'pass'],
        ['links', 'pass'],
        ['wordLists', 'pass'],
        ['akismet', 'pass'],
      ])
      const spamDoc = await stored(spam.comment.id)
      expect(spamDoc.status).toBe('spam')
      expect(spamDoc.spamSignals).toMatchObject({
        verdicts: { wordLists: 'spam', akismet: 'pass' },
        akismet: 'not asked: already spam',
        verdict: 'spam',
      })
    } finally {
      await payload.updateGlobal({ slug: 'comment-rules', data: { wordLists: [] }, overrideAccess: true })
    }
  })

  it.each([
    ['name', { name: '   ' }, 'nameRequired'],
    ['name', { name: 'Ә'.repeat(81) }, 'nameTooLong'],
    ['email', { email: '' }, 'emailRequired'],
    ['email', { email: 'not-an-email' }, 'emailInvalid'],
    ['website', { website: 'javascript:alert(1)' }, 'websiteInvalid'],
    ['website', { website: 'ftp://example.com' }, 'websiteInvalid'],
    ['body', { body: '' }, 'bodyRequired'],
    ['body', { body: 'hi' }, 'bodyTooShort'],
    ['body', { body: 'ж'.repeat(5001) }, 'bodyTooLong'],
    ['body', { body: 'http://a.example http://b.example http://c.example http://d.example' }, 'tooManyLinks'],
    ['language', { language: 'de' }, 'languageInvalid'],
  ])('refuses a bad %s (%j) with “%s” and stores nothing', async (field, fields, code) => {
    const before = (await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs
    const result = await submit(payload, aReader(articleId, { fields }))
    expect(result).toEqual({ kind: 'invalid', errors: { [field]: code } })
    expect((await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('stores a honeypot or a too-fast submission as spam, silently', async () => {
    const bot = await submit(payload, aReader(articleId, { fields: { [honeypotField]: 'Best Deals LLC' } }))
    const hasty = await submit(payload, aReader(articleId, { openedToken: formClockToken(Date.now() - 500) }))
    const forged = await submit(payload, aReader(articleId, { openedToken: `${Date.now() - 60_000}.forged` }))
    for (const result of [bot, hasty, forged]) {
      expect(result.kind).toBe('accepted')
      if (result.kind === 'accepted') expect((await stored(result.comment.id)).status).toBe('spam')
    }
  })

  it('lets exactly the configured number through from one IP in a burst of 50 concurrent submissions', async () => {
    await payload.updateGlobal({ slug: 'comment-rules', data: { perIpPer10Minutes: 5, perEmailPerHour: 100 } })
    const results = await Promise.all(
      Array.from({ length: 50 }, () => submit(payload, aReader(articleId, { ip: '198.51.100.9' }))),
    )
    const accepted = results.filter((r) => r.kind === 'accepted')
    const limited = results.filter((r) => r.kind === 'refused' && r.reason === 'rateLimited')
    expect(accepted).toHaveLength(5)
    expect(limited).toHaveLength(45)
    const inDb = await payload.count({
      collection: 'comments',
      where: { ipHash: { equals: hashIp('198.51.100.9') } },
      overrideAccess: true,
    })
    expect(inDb.totalDocs).toBe(5)
  })

  it('limits one email address across different IPs too', async () => {
    await payload.updateGlobal({ slug: 'comment-rules', data: { perIpPer10Minutes: 100, perEmailPerHour: 2 } })
    const results = []
    for (let i = 0; i < 4; i += 1)
      results.push(
        await submit(
          payload,
          aReader(articleId, { fields: { email: 'same@example.mn', body: `Сайхан нийтлэл ${i}` } }),
        ),
      )
    expect(results.map((r) => r.kind)).toEqual(['accepted', 'accepted', 'refused', 'refused'])
    await payload.updateGlobal({ slug: 'comment-rules', data: { perIpPer10Minutes: 100, perEmailPerHour: 100 } })
  })

  it('answers a retried submission with the comment already stored, and never stores it twice', async () => {
    const request = aReader(articleId, { fields: { body: 'Бір рет қана сақталуы керек пікір' } })
    const [first, again, concurrent] = await Promise.all([
      submit(payload, request),
      submit(payload, request),
      submit(payload, request),
    ])
    const ids = [first, again, concurrent].map((r) => (r.kind === 'accepted' ? r.comment.id : null))
    expect(new Set(ids).size).toBe(1)
    const copies = await payload.count({
      collection: 'comments',
      where: { body: { equals: 'Бір рет қана сақталуы керек пікір' } },
      overrideAccess: true,
    })
    expect(copies.totalDocs).toBe(1)
  })

  it('marks the same text from another reader on the same article as spam (duplicate)', async () => {
    await submit(payload, aReader(articleId, { fields: { body: 'Copy-paste campaign text' } }))
    const second = await submit(payload, aReader(articleId, { fields: { body: 'Copy-paste campaign text' } }))
    expect(second.kind).toBe('accepted')
    if (second.kind === 'accepted') expect((await stored(second.comment.id)).status).toBe('spam')
  })

  it('applies the admins’ word lists of the comment’s own language: banned is spam, suspect is flagged', async () => {
    await payload.updateGlobal({
      slug: 'comment-rules',
      data: {
        wordLists: [
          { language: 'mn', banned: 'казино', suspect: 'хямдрал' },
          { language: 'kk', banned: 'ұтыс' },
        ],
      },
    })
    const banned = await submit(
      payload,
      aReader(articleId, { fields: { language: 'mn', body: 'Онлайн КАЗИНО энд байна' } }),
    )
    const suspect = await submit(
      payload,
      aReader(articleId, { fields: { language: 'mn', body: 'Их хямдрал зарлалаа' } }),
    )
    const otherLanguage = await submit(
      payload,
      aReader(articleId, { fields: { language: 'ru', body: 'Слово ұтыс в русском комментарии' } }),
    )
    const statusOf = async (r: typeof banned) => (r.kind === 'accepted' ? await stored(r.comment.id) : null)
    expect((await statusOf(banned))?.status).toBe('spam')
    expect(await statusOf(suspect)).toMatchObject({ status: 'pending', flagged: true })
    expect(await statusOf(otherLanguage)).toMatchObject({ status: 'pending', flagged: false })
  })

  it('refuses comments on an article with comments closed, and replies to comments that are not public', async () => {
    const closed = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Closed', sourceLocale: 'en', commentsEnabled: false, _status: 'published' },
    })
    expect(await submit(payload, aReader(closed.id, { pageLocale: 'en' }))).toEqual({
      kind: 'refused',
      reason: 'articleClosed',
    })
    expect(await submit(payload, aReader(999_999))).toEqual({ kind: 'refused', reason: 'articleUnavailable' })
    const pending = await submit(payload, aReader(articleId))
    const parentId = pending.kind === 'accepted' ? pending.comment.id : 0
    expect(await submit(payload, aReader(articleId, { parentId }))).toEqual({
      kind: 'refused',
      reason: 'parentInvalid',
    })
  })

  it('nests replies to three levels, then replies at the last level, in any language', async () => {
    const ids: number[] = []
    let parentId: number | undefined
    for (const language of ['kk', 'ru', 'mn', 'zh', 'en']) {
      const result = await submit(payload, aReader(articleId, { parentId, fields: { language } }))
      if (result.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`)
      await payload.update({ collection: 'comments', id: result.comment.id, data: { status: 'approved' } })
      ids.push(result.comment.id)
      parentId = result.comment.id
    }
    const docs = await Promise.all(ids.map(stored))
    expect(docs.map((d) => d.depth)).toEqual([0, 1, 2, 2, 2])
    const parentOf = (d: (typeof docs)[number]) => (typeof d.parent === 'object' ? d.parent?.id : d.parent) ?? null
    expect(docs.map(parentOf)).toEqual([null, ids[0], ids[1], ids[1], ids[1]])
    expect(docs.map((d) => d.language)).toEqual(['kk', 'ru', 'mn', 'zh', 'en'])
  })

  it('shows readers approved comments only, never an email or IP hash', async () => {
    const visible = await approvedComments(payload, articleId)
    expect(visible.length).toBeGreaterThan(0)
    const text = JSON.stringify(visible)
    expect(text).not.toMatch(/@example\.kz|ipHash|spamSignals/)
    const anonymous = await payload.find({ collection: 'comments', overrideAccess: false, limit: 500 })
    expect(anonymous.docs.every((doc) => doc.status === 'approved')).toBe(true)
    expect(JSON.stringify(anonymous.docs)).not.toMatch(/@example|"ipHash"|submissionKey/)
  })

  it('sends a comment back to the queue after the configured number of reports from different readers', async () => {
    await payload.updateGlobal({ slug: 'comment-rules', data: { reportsToRequeue: 2 } })
    const result = await submit(payload, aReader(articleId))
    const id = result.kind === 'accepted' ? result.comment.id : 0
    await payload.update({ collection: 'comments', id, data: { status: 'approved' } })
    expect(await reportComment(payload, { commentId: id, reason: 'abuse', ipHash: 'reader-a' })).toBe('recorded')
    expect(await reportComment(payload, { commentId: id, reason: 'abuse', ipHash: 'reader-a' })).toBe('recorded')
    expect((await stored(id)).status).toBe('approved')
    await reportComment(payload, { commentId: id, reason: 'spam', ipHash: 'reader-b' })
    expect(await stored(id)).toMatchObject({ status: 'pending', reportCount: 2 })
  })

  it('records who moderated, when and why; a moderator limited to Kazakh cannot see or approve a Russian comment', async () => {
    const kkModerator = await makeUser(payload, 'moderator', { moderatorLocales: ['kk'] })
    const ru = await submit(
      payload,
      aReader(articleId, { fields: { language: 'ru', body: 'Русский комментарий для модерации' } }),
    )
    const kk = await submit(
      payload,
      aReader(articleId, { fields: { language: 'kk', body: 'Модерацияға арналған қазақша пікір' } }),
    )
    const ruId = ru.kind === 'accepted' ? ru.comment.id : 0
    const kkId = kk.kind === 'accepted' ? kk.comment.id : 0

    await expect(
      payload.update({
        collection: 'comments',
        id: ruId,
        overrideAccess: false,
        user: kkModerator,
        data: { status: 'approved' },
      }),
    ).rejects.toThrow()
    expect((await stored(ruId)).spamSignals).toMatchObject({ verdict: 'pending' })
    expect((await stored(ruId)).status).toBe('pending')
    const seen = await payload.find({
      collection: 'comments',
      overrideAccess: false,
      user: kkModerator,
      where: { status: { equals: 'pending' } },
      limit: 500,
    })
    expect(seen.docs.every((doc) => doc.language === 'kk')).toBe(true)

    const approved = await payload.update({
      collection: 'comments',
      id: kkId,
      overrideAccess: false,
      user: kkModerator,
      data: { status: 'approved', moderationReason: 'Жақсы пікір' },
    })
    expect(approved.moderation).toHaveLength(1)
    expect(approved.moderation?.[0]).toMatchObject({ action: 'approved', reason: 'Жақсы пікір' })
    const by = approved.moderation?.[0]?.by
    expect(typeof by === 'object' ? by?.id : by).toBe(kkModerator.id)
    // The reason stays in the field it was typed in, for the comment's page to show.
    expect(approved.moderationReason).toBe('Жақсы пікір')
  })
  it('applies an editor closing comments, a translation unpublished and reopening to the very next submission', async () => {
    // The service keeps what it read of an article for up to a second (src/comments/submissionReads.ts).
    expect((await submit(payload, aReader(articleId))).kind).toBe('accepted')
    await payload.update({ collection: 'articles', id: articleId, data: { commentsEnabled: false } })
    try {
      expect(await submit(payload, aReader(articleId))).toEqual({ kind: 'refused', reason: 'articleClosed' })
    } finally {
      await payload.update({ collection: 'articles', id: articleId, data: { commentsEnabled: true } })
    }
    expect((await submit(payload, aReader(articleId))).kind).toBe('accepted')
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      data: { translationStatus: 'in-progress' },
    })
    try {
      expect(await submit(payload, aReader(articleId))).toEqual({ kind: 'refused', reason: 'articleUnavailable' })
    } finally {
      await payload.update({
        collection: 'articles',
        id: articleId,
        locale: 'kk',
        data: { translationStatus: 'published' },
      })
    }
    expect((await submit(payload, aReader(articleId))).kind).toBe('accepted')
  })

  it('stores each comment of a concurrent burst once when the database gives no transactions (MongoDB without a replica set)', async () => {
    const begin = payload.db.beginTransaction
    payload.db.beginTransaction = async () => null
    try {
      const requests = Array.from({ length: 12 }, (_, n) =>
        aReader(articleId, { fields: { body: `Транзакциясыз сақталған пікір №${n}` } }),
      )
      // Each reader's retry arrives with the first attempt: one stored comment answers both.
      const results = await Promise.all([...requests, ...requests].map((request) => submit(payload, request)))
      const ids = results.map((result) => (result.kind === 'accepted' ? result.comment.id : null))
      expect(ids.every(Boolean)).toBe(true)
      expect(ids.slice(12)).toEqual(ids.slice(0, 12))
      for (let n = 0; n < 12; n++) {
        const copies = await payload.count({
          collection: 'comments',
          where: { body: { equals: `Транзакциясыз сақталған пікір №${n}` } },
          overrideAccess: true,
        })
        expect(copies.totalDocs).toBe(1)
      }
    } finally {
      payload.db.beginTransaction = begin
    }
  })
})
