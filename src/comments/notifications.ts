import type { Payload } from 'payload'

import { env } from '@/env'
import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Comment } from '@/payload-types'
import { sharedRedis } from '@/server/redis.mjs'

type Queued = Pick<Comment, 'id' | 'authorName' | 'body' | 'language'>

// One queue per process, shared by every bundle that imports this module (API routes, actions).
const state = ((
  globalThis as { __altaiModeratorDigest?: { queue: Queued[]; timer: NodeJS.Timeout | null } }
).__altaiModeratorDigest ??= {
  queue: [],
  timer: null,
})

/** With REDIS_URL: the comments waiting for the next digest, across replicas (a list of JSON). */
const SHARED_QUEUE = 'altai:digest:queue'
/** With REDIS_URL: the open window; the replica whose `SET NX` created it sends that window's digest. */
const SHARED_WINDOW = 'altai:digest:window'
/**
 * How long past its end a window's claim outlives a replica that died before sending: then the
 * next comment opens a new window and its digest carries the waiting ones too.
 */
const CLAIM_GRACE_MS = 60_000

export const mailIsOn = () => Boolean(env.SMTP_URL)

function startTimer(payload: Payload): void {
  if (state.timer) return
  state.timer = setTimeout(() => {
    void sendModeratorDigest(payload)
  }, env.MAIL_BATCH_SECONDS * 1000)
  state.timer.unref?.()
}

/**
 * New pending comments wait here for MAIL_BATCH_SECONDS; then each moderator gets one email
 * listing the ones in their languages, so a burst of fifty comments is one message, not fifty.
 * With REDIS_URL the wait is shared by every replica: the comments go into one Redis list, the
 * first replica to see a comment in a quiet period claims the window (`SET NX` with expiry) and
 * sends its one digest; the others only add to the list. Without REDIS_URL (or while Redis cannot
 * be reached) the queue is this process's.
 */
export function queueForModerators(payload: Payload, comment: Queued): void {
  if (!mailIsOn()) return
  const { id, authorName, body, language } = comment
  const queued: Queued = { id, authorName, body, language }
  void (async () => {
    const redis = await sharedRedis()
    if (!redis) return false
    await redis.rPush(SHARED_QUEUE, JSON.stringify(queued))
    const claimed = await redis.set(SHARED_WINDOW, String(process.pid), {
      NX: true,
      PX: env.MAIL_BATCH_SECONDS * 1000 + CLAIM_GRACE_MS,
    })
    if (claimed === 'OK') startTimer(payload)
    return true
  })()
    .catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'the shared digest queue is unreachable; queued in this process' })
      return false
    })
    .then((shared) => {
      if (shared) return
      state.queue.push(queued)
      startTimer(payload)
    })
}

/** Takes every waiting comment: this process's, and the shared list's (closing the window) when REDIS_URL is set. */
async function takeBatch(payload: Payload): Promise<Queued[]> {
  const batch = state.queue.splice(0)
  try {
    const redis = await sharedRedis()
    if (!redis) return batch
    const [items] = (await redis
      .multi()
      .lRange(SHARED_QUEUE, 0, -1)
      .del(SHARED_QUEUE)
      .del(SHARED_WINDOW)
      .exec()) as unknown as [string[], number, number]
    for (const item of items ?? []) batch.push(JSON.parse(item) as Queued)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'the shared digest queue is unreachable; sending what this process holds' })
  }
  return batch
}

/**
 * Sends the waiting comments now: each moderator gets one email listing those in their languages
 * (all of them when they chose none). Called by the window's timer; tests call it to flush.
 * @returns how many moderators were written to
 */
export async function sendModeratorDigest(payload: Payload): Promise<number> {
  if (state.timer) clearTimeout(state.timer)
  state.timer = null
  if (!mailIsOn()) return 0
  const batch = await takeBatch(payload)
  if (batch.length === 0) return 0
  const { docs: moderators } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'moderator' } },
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  let sent = 0
  for (const moderator of moderators) {
    const languages = (moderator.moderatorLocales ?? []) as Locale[]
    const theirs = languages.length ? batch.filter((c) => languages.includes(c.language as Locale)) : batch
    if (theirs.length === 0) continue
    const locale: Locale = languages[0] ?? 'en'
    const t = translator(locale)
    const lines = theirs.map(
      (c) => `• [${c.language}] ${c.authorName}: ${(c.body ?? '').slice(0, 200).replace(/\s+/g, ' ')}`,
    )
    await payload.sendEmail({
      to: moderator.email,
      subject: t('comments:email.moderatorSubject', { count: theirs.length }),
      text: [
        t('comments:email.moderatorIntro'),
        '',
        ...lines,
        '',
        t('comments:email.moderatorLink', { url: `${env.SITE_URL}/admin/collections/comments` }),
      ].join('\n'),
    })
    sent += 1
  }
  return sent
}

/**
 * One notice to a commenter who asked for it, in the language they wrote in, linking to the
 * comment the notice is about.
 */
async function tellCommenter(
  payload: Payload,
  recipient: Comment,
  about: Comment,
  compose: (
    t: ReturnType<typeof translator>,
    link: { title: string; url: string },
  ) => { subject: string; body: string },
): Promise<void> {
  if (!recipient.notify || !recipient.authorEmail) return
  const locale = isLocale(recipient.language) ? recipient.language : 'en'
  const t = translator(locale)
  const articleId = typeof about.article === 'object' ? about.article.id : about.article
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId,
    locale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const link = {
    title: article?.title ?? '',
    url: `${env.SITE_URL}/${locale}/articles/${article?.slug ?? ''}#comment-${about.id}`,
  }
  const { subject, body } = compose(t, link)
  await payload.sendEmail({ to: recipient.authorEmail, subject, text: `${body}\n\n${t('comments:email.whyNote')}` })
}

export async function tellCommenterApproved(payload: Payload, comment: Comment): Promise<void> {
  if (!mailIsOn()) return
  await tellCommenter(payload, comment, comment, (t, { title, url }) => ({
    subject: t('comments:email.approvedSubject'),
    body: t('comments:email.approvedBody', { name: comment.authorName, title, url }),
  }))
}

export async function tellParentAuthorOfReply(payload: Payload, reply: Comment): Promise<void> {
  if (!mailIsOn() || !reply.parent) return
  const parentId = typeof reply.parent === 'object' ? reply.parent.id : reply.parent
  const parent = await payload.findByID({
    collection: 'comments',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!parent || parent.authorEmail === reply.authorEmail) return
  await tellCommenter(payload, parent, reply, (t, { title, url }) => ({
    subject: t('comments:email.replySubject'),
    body: t('comments:email.replyBody', { name: parent.authorName, replier: reply.authorName, title, url }),
  }))
}
