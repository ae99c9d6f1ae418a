import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { storySlug } from '../../scripts/seed/index'
import { sendModeratorDigest } from '@/comments/notifications'
import { emailFromPrivacyToken, eraseCommenterData, exportCommenterData, sendPrivacyLinks } from '@/comments/privacy'
import { approvedComments } from '@/content/comments'
import { translator } from '@/i18n/translate'
import { aReader, submit } from '../helpers/comments'
import { startMailbox } from '../helpers/mailbox'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const waitFor = async (condition: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
}

describe(onDatabase('comment email (real SMTP server on loopback)'), () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let articleId: number

  beforeAll(async () => {
    mailbox = await startMailbox()
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`
    process.env.MAIL_BATCH_SECONDS = '1'
    payload = await testPayload({ base: 'seeded' })
    articleId = (await payload.find({ collection: 'articles', where: { slug: { equals: storySlug } }, locale: 'en' }))
      .docs[0]?.id as number
    await makeUser(payload, 'moderator', { moderatorLocales: ['kk'] })
    await makeUser(payload, 'moderator')
  })
  afterAll(async () => {
    await payload?.destroy()
    await mailbox?.close()
    delete process.env.SMTP_URL
  })

  it('sends each moderator one email for a burst of new comments, listing those in their languages', async () => {
    await Promise.all([
      ...Array.from({ length: 6 }, () => submit(payload, aReader(articleId, { fields: { language: 'kk' } }))),
      ...Array.from({ length: 4 }, () =>
        submit(payload, aReader(articleId, { fields: { language: 'ru', body: `Интересно ${Math.random()}` } })),
      ),
    ])
    // Moderators: the seeded one and the one made above see every language; one sees Kazakh only.
    await waitFor(() => mailbox.received.length >= 3, 4000)
    await new Promise((r) => setTimeout(r, 500))
    const byRecipient = Object.fromEntries(mailbox.received.map((mail) => [JSON.stringify(mail.to), mail.subject]))
    expect(Object.values(byRecipient).sort()).toEqual(
      [
        translator('en')('comments:email.moderatorSubject', { count: 10 }),
        translator('en')('comments:email.moderatorSubject', { count: 10 }),
        translator('kk')('comments:email.moderatorSubject', { count: 6 }),
      ].sort(),
    )
    expect(mailbox.received).toHaveLength(3)
    expect(await sendModeratorDigest(payload)).toBe(0)
    mailbox.received.length = 0
  })

  it('tells a commenter who opted in, in their language, when their comment is approved, and the parent’s author about a reply', async () => {
    const first = await submit(
      payload,
      aReader(articleId, {
        fields: { language: 'mn', email: 'bat@example.mn', notify: 'on', body: 'Сайхан нийтлэл байна' },
      }),
    )
    const firstId = first.kind === 'accepted' ? first.comment.id : 0
    await payload.update({ collection: 'comments', id: firstId, data: { status: 'approved' } })
    const reply = await submit(
      payload,
      aReader(articleId, { parentId: firstId, fields: { language: 'ru', body: 'Полностью согласен' } }),
    )
    await payload.update({
      collection: 'comments',
      id: reply.kind === 'accepted' ? reply.comment.id : 0,
      data: { status: 'approved' },
    })
    await waitFor(
      () => mailbox.received.filter((m) => m.to && JSON.stringify(m.to).includes('bat@example.mn')).length >= 2,
    )
    const toBat = mailbox.received.filter((m) => JSON.stringify(m.to).includes('bat@example.mn')).map((m) => m.subject)
    expect(toBat.sort()).toEqual(
      [translator('mn')('comments:email.approvedSubject'), translator('mn')('comments:email.replySubject')].sort(),
    )
    // The replier did not opt in: nothing to them.
    expect(
      mailbox.received.some(
        (m) =>
          JSON.stringify(m.to).includes('reader') && m.subject === translator('ru')('comments:email.approvedSubject'),
      ),
    ).toBe(false)
  })

  it('exports and erases a commenter’s data by a signed link, keeping the thread readable', async () => {
    // Deliver the moderators' digest of the comments above now, so only privacy mail follows.
    await sendModeratorDigest(payload)
    await new Promise((r) => setTimeout(r, 300))
    mailbox.received.length = 0
    await sendPrivacyLinks(payload, 'BAT@example.mn', 'mn')
    await waitFor(() => mailbox.received.length > 0)
    const mail = mailbox.received[0]
    expect(mail?.subject).toBe(translator('mn')('comments:email.privacySubject'))
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail?.text ?? '')?.[1] ?? '')
    expect(emailFromPrivacyToken(token)).toBe('bat@example.mn')
    expect(emailFromPrivacyToken(`${token}x`)).toBeNull()
    expect(emailFromPrivacyToken(token, Date.now() + 25 * 3600_000)).toBeNull()

    const exported = await exportCommenterData(payload, 'bat@example.mn')
    expect(exported.comments.map((c) => c.text)).toEqual(['Сайхан нийтлэл байна'])

    // No mail for an address with nothing stored: the page cannot reveal who has commented.
    mailbox.received.length = 0
    await sendPrivacyLinks(payload, 'nobody@example.mn', 'mn')
    await new Promise((r) => setTimeout(r, 300))
    expect(mailbox.received).toHaveLength(0)

    expect(await eraseCommenterData(payload, 'bat@example.mn')).toBe(1)
    const remaining = await payload.find({
      collection: 'comments',
      where: { authorEmail: { equals: 'bat@example.mn' } },
      overrideAccess: true,
    })
    expect(remaining.totalDocs).toBe(0)
    const shown = await approvedComments(payload, articleId)
    const erased = shown.find((c) => c.erased)
    expect(erased).toMatchObject({ authorName: '', body: '', erased: true })
    expect(shown.find((c) => c.parent === erased?.id)?.body).toBe('Полностью согласен')
  })
})
