import type { Role } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'

/**
 * Who may do what, as data. Every cell becomes a test case over the local API, REST and GraphQL
 * (tests/integration/access-matrix.test.ts, tests/e2e/access-matrix.test.ts).
 *
 * allow    — every document, and the operation succeeds
 * deny     — refused (403/404), and the database is unchanged
 * public   — what a reader may see: published articles, quotes of published articles, approved comments
 * own      — their own account only
 * colleagues — every newsroom account's name (a lock or a version names who), the email and the
 *            other personal settings of their own account only
 * locale   — writes only in the translator's languages; any other language is refused and unchanged
 * language — comments in the moderator's languages only
 */
export type Verdict = 'allow' | 'deny' | 'public' | 'own' | 'locale' | 'language' | 'colleagues'
export type Operation = 'create' | 'read' | 'update' | 'delete'
export type Subject = 'articles' | 'quotes' | 'organizations' | 'media' | 'comments' | 'users' | 'comment-rules'
export type RoleKey = 'anonymous' | 'translatorKk' | 'translatorMn' | 'moderator' | 'moderatorRu' | 'editor' | 'admin'
type Row = { create?: Verdict; read: Verdict; update: Verdict; delete?: Verdict }

const newsroomReadOnly: Row = { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' }
const translates: Row = { create: 'deny', read: 'allow', update: 'locale', delete: 'deny' }
const everything: Row = { create: 'allow', read: 'allow', update: 'allow', delete: 'allow' }
const readsPublicOnly: Row = { create: 'deny', read: 'public', update: 'deny', delete: 'deny' }
const ownAccount: Row = { create: 'deny', read: 'colleagues', update: 'own', delete: 'deny' }
const noRules: Row = { read: 'deny', update: 'deny' }

export const accessMatrix: Record<RoleKey, Record<Subject, Row>> = {
  anonymous: {
    articles: readsPublicOnly,
    quotes: readsPublicOnly,
    organizations: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
    media: { create: 'deny', read: 'allow', update: 'deny', delete: 'deny' },
    comments: readsPublicOnly,
    users: { create: 'deny', read: 'deny', update: 'deny', delete: 'deny' },
    'comment-rules': noRules,
  },
  translatorKk: {
    articles: translates,
    quotes: translates,
    organizations: translates,
    media: translates,
    comments: readsPublicOnly,
    users: ownAccount,
    'comment-rules': noRules,
  },
  translatorMn: {
    articles: translates,
    quotes: translates,
    organizations: translates,
    media: translates,
    comments: readsPublicOnly,
    users: ownAccount,
    'comment-rules': noRules,
  },
  moderator: {
    articles: newsroomReadOnly,
    quotes: newsroomReadOnly,
    organizations: newsroomReadOnly,
    media: newsroomReadOnly,
    comments: { create: 'deny', read: 'allow', update: 'allow', delete: 'deny' },
    users: ownAccount,
    'comment-rules': { read: 'allow', update: 'deny' },
  },
  moderatorRu: {
    articles: newsroomReadOnly,
    quotes: newsroomReadOnly,
    organizations: newsroomReadOnly,
    media: newsroomReadOnly,
    comments: { create: 'deny', read: 'language', update: 'language', delete: 'deny' },
    users: ownAccount,
    'comment-rules': { read: 'allow', update: 'deny' },
  },
  editor: {
    articles: everything,
    quotes: everything,
    organizations: everything,
    media: everything,
    comments: readsPublicOnly,
    users: ownAccount,
    'comment-rules': noRules,
  },
  admin: {
    articles: everything,
    quotes: everything,
    organizations: everything,
    media: everything,
    comments: everything,
    users: everything,
    'comment-rules': { read: 'allow', update: 'allow' },
  },
}

/** The newsroom account behind each role key (the e2e test makes one of each on the running site). */
export const roleProfiles: Record<
  Exclude<RoleKey, 'anonymous'>,
  { role: Role; translatorLocales?: Locale[]; moderatorLocales?: Locale[] }
> = {
  translatorKk: { role: 'translator', translatorLocales: ['kk'] },
  translatorMn: { role: 'translator', translatorLocales: ['mn'] },
  moderator: { role: 'moderator' },
  moderatorRu: { role: 'moderator', moderatorLocales: ['ru'] },
  editor: { role: 'editor' },
  admin: { role: 'admin' },
}

export type Cell = { role: RoleKey; subject: Subject; operation: Operation; verdict: Verdict }

/** Every cell of the table, in a stable order, for test.each. */
export function matrixCells(): Cell[] {
  return (Object.keys(accessMatrix) as RoleKey[]).flatMap((role) =>
    (Object.keys(accessMatrix[role]) as Subject[]).flatMap((subject) =>
      (['create', 'read', 'update', 'delete'] as Operation[]).flatMap((operation) => {
        const verdict = accessMatrix[role][subject][operation]
        return verdict ? [{ role, subject, operation, verdict }] : []
      }),
    ),
  )
}
