import type { Payload, Where } from 'payload'

import { commentStatuses } from '../../collections/Comments'
import { type Locale, localeCodes } from '@/i18n/locales'

export type CommentStatus = (typeof commentStatuses)[number]

/** The filter a moderator has chosen on the comments list: a status tab and a language, each optional. */
export type CommentFilter = { status?: CommentStatus; language?: Locale }

/**
 * What the comment list's tabs and language filters count, each asked of the database with the
 * viewer's own access (`commentsVisibleTo`: a moderator limited to some languages counts only
 * those; anyone else counts approved comments only):
 * - `byStatus`: comments per status, within the chosen language (all languages when none);
 * - `byLanguage`: comments per language, within the chosen status (every status when none);
 * - `all`: comments in the chosen language, any status.
 * Whole numbers of comments; never throws for a signed-in user.
 */
export async function commentCounts(
  payload: Payload,
  user: unknown,
  filter: CommentFilter,
): Promise<{ all: number; byStatus: Record<CommentStatus, number>; byLanguage: Record<Locale, number> }> {
  const count = async (conditions: Where[]) =>
    (
      await payload.count({
        collection: 'comments',
        where: conditions.length ? { and: conditions } : {},
        overrideAccess: false,
        user: user as never,
      })
    ).totalDocs
  const inLanguage: Where[] = filter.language ? [{ language: { equals: filter.language } }] : []
  const inStatus: Where[] = filter.status ? [{ status: { equals: filter.status } }] : []
  const [all, statuses, languages] = await Promise.all([
    count(inLanguage),
    Promise.all(commentStatuses.map((status) => count([...inLanguage, { status: { equals: status } }]))),
    Promise.all(localeCodes.map((language) => count([...inStatus, { language: { equals: language } }]))),
  ])
  return {
    all,
    byStatus: Object.fromEntries(commentStatuses.map((status, i) => [status, statuses[i]])) as Record<
      CommentStatus,
      number
    >,
    byLanguage: Object.fromEntries(localeCodes.map((language, i) => [language, languages[i]])) as Record<
      Locale,
      number
    >,
  }
}

/**
 * The status and language a comments-list URL filters on, read from Next's search parameters
 * (`where[status][equals]=pending&where[language][equals]=kk`, raw or already nested); anything
 * else (another operator, an unknown value) counts as no filter.
 */
export function commentFilterOf(searchParams: Record<string, unknown> | undefined): CommentFilter {
  const nested = (searchParams?.where ?? {}) as Record<string, { equals?: unknown } | undefined>
  const pick = (field: string) => {
    const raw = searchParams?.[`where[${field}][equals]`] ?? nested[field]?.equals
    return Array.isArray(raw) ? raw[0] : raw
  }
  const status = pick('status')
  const language = pick('language')
  return {
    status: (commentStatuses as readonly unknown[]).includes(status) ? (status as CommentStatus) : undefined,
    language: (localeCodes as readonly unknown[]).includes(language) ? (language as Locale) : undefined,
  }
}

/** The comments-list address for a filter, in the form `commentFilterOf` reads back. */
export function commentListHref(filter: CommentFilter): string {
  const params: string[] = []
  if (filter.status) params.push(`where[status][equals]=${filter.status}`)
  if (filter.language) params.push(`where[language][equals]=${filter.language}`)
  return `/admin/collections/comments${params.length ? `?${params.join('&')}` : ''}`
}
