import type { CollectionAfterLoginHook, Where } from 'payload'

import { ADMIN_LANGUAGE_COOKIE } from '@/cookies.mjs'
import { adminLanguageCodes } from '@/i18n/adminLanguages'
import { workingLanguage } from '../access/translatorLocales'

/** How long the admin-language cookie lives: a year, as Payload's own language switch sets it. */
const YEAR_IN_SECONDS = 60 * 60 * 24 * 365

/**
 * At sign-in, the admin session starts where the user works (issue 15):
 * - the content language (Payload's `locale` preference, which its locale switch reads and saves)
 *   is set to the user's working language (`workingLanguage`: a translator's first language, an
 *   editor's source language), not whatever the last session left there;
 * - the interface language saved on the account (`adminLanguage`) is sent as Payload's own
 *   language cookie, so every browser the user signs in from speaks it. The admin's
 *   `AccountLanguage` provider does the same in a page already open and saves a change made with
 *   Payload's language switch back to the account.
 */
export const startWhereTheUserWorks: CollectionAfterLoginHook = async ({ req, user }) => {
  const where: Where = {
    and: [
      { key: { equals: 'locale' } },
      { 'user.relationTo': { equals: user.collection ?? 'users' } },
      { 'user.value': { equals: user.id } },
    ],
  }
  const value = workingLanguage(user)
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    if (docs[0].value !== value) {
      await req.payload.update({
        collection: 'payload-preferences',
        id: docs[0].id,
        data: { value },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  } else {
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', user: { relationTo: user.collection ?? 'users', value: user.id }, value },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  const language = (user as { adminLanguage?: string | null }).adminLanguage
  if (language && (adminLanguageCodes as string[]).includes(language)) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.append(
      'Set-Cookie',
      `${ADMIN_LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${YEAR_IN_SECONDS}; SameSite=Lax`,
    )
  }
  return user
}
