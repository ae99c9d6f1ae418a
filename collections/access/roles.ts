import type { Locale } from '@/i18n/locales'

export const roles = ['admin', 'editor', 'translator', 'moderator'] as const
export type Role = (typeof roles)[number]

/** The shape of a signed-in user that access rules look at; anything else is an anonymous reader. */
export type StaffUser = {
  id: number | string
  collection?: string
  roles?: Role[] | null
  translatorLocales?: Locale[] | null
  moderatorLocales?: Locale[] | null
  /** The language an editor writes in (the admin opens in it at sign-in). */
  writesIn?: Locale | null
}

/** `user` as a newsroom account (a `users` document), or `null` for anyone else (anonymous, or another auth collection). */
export function asStaff(user: unknown): StaffUser | null {
  if (!user || typeof user !== 'object') return null
  const candidate = user as StaffUser
  if (candidate.collection && candidate.collection !== 'users') return null
  return candidate
}

/** Whether `user` is a newsroom account holding any of `wanted`. For “any newsroom role” use `isStaffUser`. */
export function hasRole(user: unknown, ...wanted: Role[]): boolean {
  const staff = asStaff(user)
  return Boolean(staff?.roles?.some((role) => wanted.includes(role)))
}

/**
 * "Is newsroom staff": a signed-in user of `users` with any newsroom role (admin, editor,
 * translator, moderator). Staff may open the admin panel, read drafts and see every language's
 * text; anyone else — including a `users` account with no role — is a reader. The one home of
 * this rule: access rules, hooks, endpoints and the preview route all ask it here.
 * @param user `req.user` or any value; `null`/anonymous gives `false`
 */
export function isStaffUser(user: unknown): boolean {
  return hasRole(user, ...roles)
}
