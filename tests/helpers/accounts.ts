import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'

type Account = {
  email: string
  password: string
  roles: Role[]
  name: string
  translatorLocales?: Locale[]
  moderatorLocales?: Locale[]
}

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
