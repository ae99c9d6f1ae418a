import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

describe(onDatabase('who may read and change what'), () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof makeUser>>
  let moderator: Awaited<ReturnType<typeof makeUser>>
  let translator: Awaited<ReturnType<typeof makeUser>>
  let articleId: number
  let draftId: number
  let commentId: number

  beforeAll(async () => {
    payload = await testPayload()
    editor = await makeUser(payload, 'editor')
    moderator = await makeUser(payload, 'moderator')
    translator = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const published = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Published story', sourceLocale: 'en', _status: 'published' },
    })
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      data: { title: 'Embargoed story', sourceLocale: 'en', _status: 'draft' },
    })
    articleId = published.id
    draftId = draft.id
    const comment = await payload.create({
      collection: 'comments',
      data: {
        article: articleId,
        language: 'kk',
        authorName: 'Айгүл',
        authorEmail: 'aigul@example.kz',
        body: 'Керемет мақала!',
        status: 'approved',
        ipHash: 'hash-of-ip',
      },
    })
    commentId = comment.id
    await payload.create({
      collection: 'comments',
      data: {
        article: articleId,
        language: 'ru',
        authorName: 'Spammer',
        authorEmail: 's@spam.example',
        body: 'Buy now',
        status: 'pending',
      },
    })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('shows anonymous readers published articles only, never drafts', async () => {
    const list = await payload.find({ collection: 'articles', overrideAccess: false, locale: 'en' })
    expect(list.docs.map((doc) => doc.title)).toEqual(['Published story'])
    await expect(payload.findByID({ collection: 'articles', id: draftId, overrideAccess: false })).rejects.toThrow()
  })

  it('lets an editor read the draft', async () => {
    const draft = await payload.findByID({
      collection: 'articles',
      id: draftId,
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(draft.title).toBe('Embargoed story')
  })

  it('hides a commenter’s email and IP hash from anonymous readers and from editors', async () => {
    for (const user of [undefined, editor, translator]) {
      const { docs } = await payload.find({ collection: 'comments', overrideAccess: false, user })
      expect(docs).toHaveLength(1)
      expect(docs[0]?.authorName).toBe('Айгүл')
      expect(docs[0]).not.toHaveProperty('authorEmail')
      expect(docs[0]).not.toHaveProperty('ipHash')
      expect(JSON.stringify(docs)).not.toContain('aigul@example.kz')
    }
  })

  it('shows moderators every comment with the commenter’s email', async () => {
    const { docs } = await payload.find({
      collection: 'comments',
      overrideAccess: false,
      user: moderator,
      sort: 'createdAt',
    })
    expect(docs.map((doc) => doc.status)).toEqual(['approved', 'pending'])
    expect(docs[0]?.authorEmail).toBe('aigul@example.kz')
  })

  it('does not let anyone but the submission service create comments through the API', async () => {
    for (const user of [undefined, editor, moderator]) {
      await expect(
        payload.create({
          collection: 'comments',
          overrideAccess: false,
          user,
          data: {
            article: articleId,
            language: 'en',
            authorName: 'X',
            authorEmail: 'x@example.com',
            body: 'Hello there',
            status: 'approved',
          },
        }),
      ).rejects.toThrow()
    }
  })

  it('does not let a moderator edit or delete articles', async () => {
    await expect(
      payload.update({
        collection: 'articles',
        id: articleId,
        overrideAccess: false,
        user: moderator,
        data: { title: 'Hacked' },
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'articles', id: articleId, overrideAccess: false, user: moderator }),
    ).rejects.toThrow()
    const article = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en' })
    expect(article.title).toBe('Published story')
  })

  it('lets a moderator change a comment’s status', async () => {
    const updated = await payload.update({
      collection: 'comments',
      id: commentId,
      overrideAccess: false,
      user: moderator,
      data: { status: 'spam' },
    })
    expect(updated.status).toBe('spam')
    await payload.update({ collection: 'comments', id: commentId, data: { status: 'approved' } })
  })

  it('lets a Kazakh translator edit Kazakh but not Russian', async () => {
    const kk = await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { title: 'Жарияланған мақала' },
    })
    expect(kk.title).toBe('Жарияланған мақала')
    await expect(
      payload.update({
        collection: 'articles',
        id: articleId,
        locale: 'ru',
        draft: true,
        overrideAccess: false,
        user: translator,
        data: { title: 'Взлом' },
      }),
    ).rejects.toThrow()
  })

  it('lets nobody but an admin manage accounts or hand out roles', async () => {
    const admin = await makeUser(payload, 'admin')
    for (const user of [editor, moderator, translator]) {
      await expect(
        payload.create({
          collection: 'users',
          overrideAccess: false,
          user,
          data: { email: `new-${user.id}@test.example`, password: 'long enough password', roles: ['admin'] },
        }),
      ).rejects.toThrow()
      // Colleagues' accounts are listed (a lock names who is editing), their addresses only to themselves.
      const others = await payload.find({ collection: 'users', overrideAccess: false, user })
      expect(others.docs.filter((doc) => doc.email).map((doc) => doc.id)).toEqual([user.id])
    }
    // An editor may change their own name, but a role they try to give themselves is ignored.
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { name: 'Renamed', roles: ['admin'] },
    })
    expect(self.name).toBe('Renamed')
    expect(self.roles).toEqual(['editor'])

    const made = await payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: { email: 'fresh@test.example', password: 'long enough password', roles: ['moderator'] },
    })
    expect(made.roles).toEqual(['moderator'])
  })
})
