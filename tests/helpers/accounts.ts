import type { Role } from '../../collections/access/roles'
import type { Locale } from '../../src/i18n/locales'

export type Account = { email: string; password: string; roles: Role[]; name: string; translatorLocales?: Locale[]; moderatorLocales?: Locale[] }

/** Accounts in the seeded test database only (tests/.tmp), never in data/. */
export const testAccounts: Account[] = [
  { email: 'admin@e2e.test', password: 'e2e-admin-password', roles: ['admin'], name: 'Test admin' },
  { email: 'editor@e2e.test', password: 'e2e-editor-password', roles: ['editor'], name: 'Test editor' },
  { email: 'moderator@e2e.test', password: 'e2e-moderator-password', roles: ['moderator'], name: 'Test moderator' },
  {
    email: 'translator-kk@e2e.test',
    password: 'e2e-translator-password',
    roles: ['translator'],
    name: 'Test translator',
    translatorLocales: ['kk'],
  },
]

export const account = (role: Role) => testAccounts.find((a) => a.roles.includes(role)) as Account

/**
 * Two more for the access matrix: a second translator and a moderator limited to one language.
 * Not in the seeded base (other tests count its moderators); the e2e tests add them to the
 * running site through the admin API (tests/helpers/sessions.ts).
 */
export const matrixAccounts: Account[] = [
  {
    email: 'translator-mn@e2e.test',
    password: 'e2e-translator-mn-password',
    roles: ['translator'],
    name: 'Test Mongolian translator',
    translatorLocales: ['mn'],
  },
  {
    email: 'moderator-ru@e2e.test',
    password: 'e2e-moderator-ru-password',
    roles: ['moderator'],
    name: 'Test Russian moderator',
    moderatorLocales: ['ru'],
  },
]

export const accountByEmail = (email: string) => {
  const found = [...testAccounts, ...matrixAccounts].find((a) => a.email === email)
  if (!found) throw new Error(`no test account ${email} in tests/helpers/accounts.ts`)
  return found
}
