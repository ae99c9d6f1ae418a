import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

import { localeCodes } from '../../../src/i18n/locales'
import { hasRole } from '../../access/roles'

const READER_READ = 'hideUnpublishedTranslations'

/** The text of one language. The translation's own state stays visible: the site decides with it. */
const textFields = ['kicker', 'title', 'dek', 'dateline', 'body', 'slug', 'searchText'] as const
const metaFields = ['title', 'description'] as const

/**
 * Readers (anyone without a newsroom role) read with access rules applied: mark the request so
 * the text of a translation that is not published is taken out of what they get. Publishing the
 * source can carry a translator's unfinished draft into the live document; REST, GraphQL and the
 * site then still show only the languages decision 003 calls readable.
 */
export const markReaderReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const overrideAccess = (args as { overrideAccess?: boolean }).overrideAccess
  if (operation === 'read' && overrideAccess === false && !hasRole(req.user, 'admin', 'editor', 'translator', 'moderator')) {
    req.context[READER_READ] = true
  }
  return args
}

type TranslationState = { sourceLocale?: string | null; translationStatus?: Record<string, string | null> | null }

export const hideUnpublishedTranslations: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!req.context[READER_READ] || !doc?.id) return doc
  // The stored state of every language, whatever the request selected or fell back to.
  const state = (await req.payload.db.findOne({
    collection: 'articles',
    where: { id: { equals: doc.id } },
    locale: 'all',
    select: { sourceLocale: true, translationStatus: true },
    req,
  })) as TranslationState | null
  const readable = (locale: string) => locale === state?.sourceLocale || state?.translationStatus?.[locale] === 'published'
  const hidden = localeCodes.filter((locale) => !readable(locale))
  if (hidden.length === 0) return doc

  const meta = doc.meta as Record<string, unknown> | undefined
  if (req.locale === 'all') {
    const drop = (holder: Record<string, unknown> | undefined, field: string) => {
      const value = holder?.[field]
      if (value && typeof value === 'object') for (const locale of hidden) delete (value as Record<string, unknown>)[locale]
    }
    for (const field of textFields) drop(doc, field)
    for (const field of metaFields) drop(meta, field)
  } else if (hidden.includes(req.locale as (typeof hidden)[number])) {
    for (const field of textFields) if (field in doc) doc[field] = null
    for (const field of metaFields) if (meta && field in meta) meta[field] = null
  }
  return doc
}
