import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { storySlug } from '../../scripts/seed/index'
import { commentCounts, commentFilterOf, commentListHref } from '@/admin/commentCounts'
import { translationWorklist } from '@/admin/translationWorklist'
import type { Locale } from '@/i18n/locales'
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

describe(onDatabase('what the moderation screen counts, and what a moderator may change'), () => {
  let articleId: number
  let admin: Staff
  let moderator: Staff
  let kazakhModerator: Staff
  let editor: Staff

  const addComment = (
    language: Locale,
    status: 'pending' | 'approved' | 'spam' | 'trash',
    body = `A reader’s words in ${language}, ${status}`,
  ) =>
    payload.create({
      collection: 'comments',
      data: { article: articleId, language, status, authorName: 'Reader', authorEmail: 'reader@example.org', body },
    })

  beforeAll(async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: storySlug } },
      locale: 'en',
    })
    articleId = docs[0]?.id as number
    admin = await makeUser(payload, 'admin')
    moderator = await makeUser(payload, 'moderator')
    kazakhModerator = await makeUser(payload, 'moderator', { moderatorLocales: ['kk'] })
    editor = await makeUser(payload, 'editor')
  })

  it('counts each status and language with the viewer’s access: a Kazakh-only moderator counts Kazakh only, an editor approved comments only', async () => {
    const before = {
      admin: await commentCounts(payload, admin, {}),
      kazakh: await commentCounts(payload, kazakhModerator, {}),
      editor: await commentCounts(payload, editor, {}),
    }
    await addComment('kk', 'pending')
    await addComment('kk', 'pending')
    await addComment('kk', 'approved')
    await addComment('mn', 'pending')
    await addComment('en', 'spam')

    const all = await commentCounts(payload, admin, {})
    expect(all.byStatus.pending - before.admin.byStatus.pending).toBe(3)
    expect(all.byStatus.approved - before.admin.byStatus.approved).toBe(1)
    expect(all.byStatus.spam - before.admin.byStatus.spam).toBe(1)
    expect(all.byLanguage.kk - before.admin.byLanguage.kk).toBe(3)
    expect(all.all - before.admin.all).toBe(5)

    const kazakh = await commentCounts(payload, kazakhModerator, {})
    expect(kazakh.byStatus.pending - before.kazakh.byStatus.pending).toBe(2)
    expect(kazakh.byLanguage.mn).toBe(0)
    expect(kazakh.byLanguage.en).toBe(0)

    const editors = await commentCounts(payload, editor, {})
    expect(editors.byStatus.pending).toBe(0)
    expect(editors.byStatus.spam).toBe(0)
    expect(editors.byStatus.approved - before.editor.byStatus.approved).toBe(1)
  })

  it('counts the languages within the chosen status tab and the statuses within the chosen language', async () => {
    const pendingTab = await commentCounts(payload, moderator, { status: 'pending' })
    const pendingKazakh = await payload.count({
      collection: 'comments',
      where: { status: { equals: 'pending' }, language: { equals: 'kk' } },
      overrideAccess: true,
    })
    expect(pendingTab.byLanguage.kk).toBe(pendingKazakh.totalDocs)
    const kazakhChosen = await commentCounts(payload, moderator, { language: 'kk' })
    expect(kazakhChosen.byStatus.pending).toBe(pendingKazakh.totalDocs)
    expect(kazakhChosen.all).toBe(Object.values(kazakhChosen.byStatus).reduce((a, b) => a + b, 0))
  })

  it('reads a tab’s address back as the same filter, and ignores unknown statuses and languages', () => {
    const href = commentListHref({ status: 'pending', language: 'kk' })
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    expect(commentFilterOf(params)).toEqual({ status: 'pending', language: 'kk' })
    expect(commentFilterOf({ where: { status: { equals: 'spam' } } })).toEqual({ status: 'spam', language: undefined })
    expect(commentFilterOf({ 'where[status][equals]': 'deleted', 'where[language][equals]': 'de' })).toEqual({
      status: undefined,
      language: undefined,
    })
  })

  it('keeps the commenter’s words when a moderator tries to change them, and records the status with the reason', async () => {
    const comment = await addComment('ru', 'pending', 'Слова читателя остаются как есть')
    await payload.update({
      collection: 'comments',
      id: comment.id,
      overrideAccess: false,
      user: moderator,
      data: { status: 'spam', moderationReason: 'commercial link', body: 'Rewritten by a moderator' },
    })
    const stored = await payload.findByID({ collection: 'comments', id: comment.id, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'spam', body: 'Слова читателя остаются как есть' })
    expect(stored.moderation?.at(-1)).toMatchObject({ action: 'spam', reason: 'commercial link' })
  })

  it('shows the reason where it was typed: the reason field keeps the latest decision’s, a correction reaches the history', async () => {
    const comment = await addComment('ru', 'pending', 'Причина остаётся на месте')
    const save = (data: Record<string, unknown>) =>
      payload.update({ collection: 'comments', id: comment.id, overrideAccess: false, user: moderator, data })
    await save({ status: 'spam', moderationReason: '  link to a shop  ' })
    let stored = await payload.findByID({ collection: 'comments', id: comment.id, overrideAccess: true })
    expect(stored.moderationReason).toBe('link to a shop')
    // The moderator corrects the reason without changing the status: the same decision, reworded.
    await save({ moderationReason: 'link to a pump shop' })
    stored = await payload.findByID({ collection: 'comments', id: comment.id, overrideAccess: true })
    expect(stored.moderationReason).toBe('link to a pump shop')
    expect(stored.moderation?.map((entry) => [entry.action, entry.reason])).toEqual([['spam', 'link to a pump shop']])
    // A new decision without a reason: the field is empty again, the history keeps both.
    await save({ status: 'approved', moderationReason: '' })
    stored = await payload.findByID({ collection: 'comments', id: comment.id, overrideAccess: true })
    expect(stored.moderationReason ?? null).toBeNull()
    expect(stored.moderation?.map((entry) => [entry.action, entry.reason])).toEqual([
      ['spam', 'link to a pump shop'],
      ['approved', null],
    ])
  })
})

describe(onDatabase('a translator’s worklist and the articles list search'), () => {
  let translator: Staff
  let editor: Staff
  let storyId: number
  let freshId: number

  beforeAll(async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: storySlug } },
      locale: 'en',
    })
    storyId = docs[0]?.id as number
    translator = await makeUser(payload, 'translator', { translatorLocales: ['kk', 'mn'] })
    editor = await makeUser(payload, 'editor')
    const fresh = await payload.create({
      collection: 'articles',
      locale: 'en',
      overrideAccess: false,
      user: editor,
      data: { title: 'Herders test solar water pumps before winter', sourceLocale: 'en', _status: 'published' },
    })
    freshId = fresh.id
  })

  it('lists a new English article as “to translate” in Kazakh and Mongolian under its English headline, marked as the original, newest first', async () => {
    const rows = await translationWorklist(payload, translator)
    const fresh = rows.filter((row) => row.id === freshId)
    expect(fresh.map((row) => [row.locale, row.section, row.headline, row.headlineIsSource])).toEqual([
      ['kk', 'to-translate', 'Herders test solar water pumps before winter', true],
      ['mn', 'to-translate', 'Herders test solar water pumps before winter', true],
    ])
    expect(fresh[0]?.href).toBe(`/admin/collections/articles/${freshId}?locale=kk`)
    expect(rows[0]?.id).toBe(freshId)
    const story = rows.filter((row) => row.id === storyId)
    expect(story.map((row) => [row.locale, row.section, row.headlineIsSource])).toEqual([
      ['kk', 'published', false],
      ['mn', 'published', false],
    ])
    expect(rows.some((row) => row.locale !== 'kk' && row.locale !== 'mn')).toBe(false)
  })

  it('moves the article to “in progress” in Kazakh once the translator saves a Kazakh draft, with the Kazakh headline', async () => {
    await payload.update({
      collection: 'articles',
      id: freshId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { title: 'Малшылар күн сорғыларын сынап жатыр', translationStatus: 'in-progress' },
    })
    const rows = (await translationWorklist(payload, translator)).filter((row) => row.id === freshId)
    expect(rows.map((row) => [row.locale, row.section, row.headline, row.headlineIsSource])).toEqual([
      ['kk', 'in-progress', 'Малшылар күн сорғыларын сынап жатыр', false],
      ['mn', 'to-translate', 'Herders test solar water pumps before winter', true],
    ])
  })

  it('gives editors no worklist: they have the article list', async () => {
    expect(await translationWorklist(payload, editor)).toEqual([])
  })

  it('finds an article by its English headline in the Mongolian list, where it has no Mongolian headline yet', async () => {
    const collectionConfig = payload.collections.articles.config
    const where = mergeListSearchAndWhere({ collectionConfig, search: 'solar water', where: {} })
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'mn',
      draft: true,
      where,
      overrideAccess: false,
      user: translator,
      depth: 0,
    })
    expect(docs.map((doc) => doc.id)).toContain(freshId)
  })
})
