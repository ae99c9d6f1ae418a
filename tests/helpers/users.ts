import type { Payload } from 'payload'

import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/** A newsroom account for a test, with the access the real role has (overrideAccess: false). */
export async function makeUser(
  payload: Payload,
  role: Role,
  extra: { translatorLocales?: Locale[]; moderatorLocales?: Locale[]; name?: string } = {},
): Promise<User & { collection: 'users' }> {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Math.random().toString(36).slice(2, 10)}@test.example`,
      password: 'correct horse battery staple',
      roles: [role],
      ...extra,
    },
  })
  return { ...user, collection: 'users' }
}
