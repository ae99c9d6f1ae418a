import type { Payload } from 'payload'

import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { sign, verify } from './signing'

const LINK_HOURS = 24

/** A link that proves the reader controls the address: the email and an expiry, signed. */
export function privacyToken(email: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ e: email.trim().toLowerCase(), x: now + LINK_HOURS * 3600_000 }),
  ).toString('base64url')
  return sign('privacy', payload)
}

export function emailFromPrivacyToken(token: string | null | undefined, now = Date.now()): string | null {
  const value = verify('privacy', token ?? '')
  if (!value) return null
  try {
    const { e, x } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { e: string; x: number }
    return typeof e === 'string' && typeof x === 'number' && x > now ? e : null
  } catch {
    return null
  }
}

/**
 * Sends the export and erasure links to the address, if anything is stored under it. The page
 * answers the same either way, so it cannot be used to find out who has commented.
 */
export async function sendPrivacyLinks(payload: Payload, email: string, locale: Locale): Promise<void> {
  const address = email.trim().toLowerCase()
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { authorEmail: { equals: address } },
    overrideAccess: true,
  })
  if (totalDocs === 0 || !env.SMTP_URL) return
  const t = translator(locale)
  const token = encodeURIComponent(privacyToken(address))
  await payload.sendEmail({
    to: address,
    subject: t('comments:email.privacySubject'),
    text: [
      t('comments:email.privacyBody'),
      '',
      t('comments:email.privacyExport', { url: `${env.SITE_URL}/${locale}/privacy/export?token=${token}` }),
      t('comments:email.privacyErase', { url: `${env.SITE_URL}/${locale}/privacy/erase?token=${token}` }),
      '',
      t('comments:email.privacyIgnore'),
    ].join('\n'),
  })
}

async function commentsByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'comments',
    where: { authorEmail: { equals: email } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** Everything stored with this reader's comments, as they would want to download it. */
export async function exportCommenterData(payload: Payload, email: string) {
  const docs = await commentsByEmail(payload, email)
  return {
    email,
    exportedAt: new Date().toISOString(),
    comments: docs.map((doc) => ({
      id: doc.id,
      article: doc.article,
      inReplyTo: doc.parent ?? null,
      language: doc.language,
      name: doc.authorName,
      website: doc.website,
      text: doc.body,
      status: doc.status,
      notifyByEmail: doc.notify,
      postedAt: doc.createdAt,
      ipAddressHash: doc.ipHash,
      spamChecks: doc.spamSignals,
    })),
  }
}

/** Removes the person from every comment; replies keep their place under "Comment removed." */
export async function eraseCommenterData(payload: Payload, email: string): Promise<number> {
  const docs = await commentsByEmail(payload, email)
  for (const doc of docs) {
    await payload.update({
      collection: 'comments',
      id: doc.id,
      overrideAccess: true,
      data: {
        erased: true,
        authorName: '',
        authorEmail: `erased-${doc.id}@erased.invalid`,
        website: null,
        body: '',
        notify: false,
        ipHash: null,
        submissionKey: null,
        spamSignals: null,
        reports: [],
      },
    })
  }
  return docs.length
}
