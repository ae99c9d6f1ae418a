import type { CollectionAfterReadHook, CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { isLanguagePublished } from '@/content/readable.mjs'
import { localeCodes } from '@/i18n/locales'
import { isStaffUser } from '../access/roles'

/**
 * Readers (anyone without a newsroom role) read with access rules applied: mark the request so
 * the text of a translation that is not published is taken out of what they get, also from
 * documents populated into it (an article's quotes). Publishing an article's source can carry a
 * translator's unfinished draft into the live document, and a quote has no drafts at all; REST,
 * GraphQL and the site still show only the languages decision 003 calls readable.
 */
export const markReaderReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // REST and GraphQL leave it unset (access applies); the local API sets it either way.
  const overrideAccess = (args as { overrideAccess?: boolean }).overrideAccess
  if (operation === 'read' && overrideAccess !== true && !isStaffUser(req.user)) {
    req.context.hideUnpublishedTranslations = true
  }
  return args
}

type TranslationState = { sourceLocale?: string | null; translationStatus?: Record<string, string | null> | null }

/**
 * `textFields` are the collection's localized text; `groupFields` the same inside a group. The
 * translation's own state (sourceLocale, translationStatus) stays visible: the site decides with it.
 */
export function hideUnpublishedTranslations(
  textFields: string[],
  groupFields: Record<string, string[]> = {},
): CollectionAfterReadHook {
  return async ({ collection, doc, req }) => {
    if (!req.context.hideUnpublishedTranslations || !doc?.id) return doc
    // The stored state of every language, whatever the request selected or fell back to.
    const state = (await req.payload.db.findOne({
      collection: collection.slug as CollectionSlug,
      where: { id: { equals: doc.id } },
      locale: 'all',
      select: { sourceLocale: true, translationStatus: true },
      req,
    })) as TranslationState | null
    const hidden: string[] = localeCodes.filter((locale) => !isLanguagePublished(state ?? {}, locale))
    if (hidden.length === 0) return doc

    const holders: [Record<string, unknown> | undefined, string[]][] = [
      [doc, textFields],
      ...Object.entries(groupFields).map(
        ([group, fields]) =>
          [doc[group] as Record<string, unknown> | undefined, fields] as [
            Record<string, unknown> | undefined,
            string[],
          ],
      ),
    ]
    for (const [holder, fields] of holders) {
      if (!holder) continue
      for (const field of fields) {
        if (!(field in holder)) continue
        const value = holder[field]
        if (req.locale !== 'all') {
          if (hidden.includes(String(req.locale))) holder[field] = null
        } else if (value && typeof value === 'object') {
          for (const locale of hidden) delete (value as Record<string, unknown>)[locale]
        }
      }
    }
    return doc
  }
}
