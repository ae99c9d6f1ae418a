import { getTranslation } from '@payloadcms/translations'
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Field,
  type PayloadRequest,
} from 'payload'
import { fieldAffectsData, hasDraftsEnabled } from 'payload/shared'

import { type NewsroomMessageKey, newsroomMessage } from '@/i18n/admin/newsroom'
import { locales } from '@/i18n/locales'
import { asStaff } from '../access/roles'
import {
  isTranslatorOnly,
  type PublicationArgs,
  publicationChange,
  translatorMayWrite,
} from '../access/translatorLocales'

/**
 * Fields Payload itself maintains; a translator's save may carry them unchanged or not at all.
 * An image's URLs are derived from its file (relative when saved, absolute when read), so they
 * differ on every save; the file itself stays guarded through its name, size and type.
 */
const maintained = new Set(['id', 'createdAt', 'updatedAt', '_status', 'searchText', 'url', 'thumbnailURL'])

const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  if (value && typeof value === 'object') {
    // Resized copies of an image: compared by everything but their derived URL.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'url')
        .map(([key, inner]) => [key, normalise(inner)]),
    )
  }
  return value ?? null
}

type NamedField = Field & { name: string; label?: unknown }

function sharedFields(fields: Field[]): NamedField[] {
  return fields.flatMap((field) => {
    if (!fieldAffectsData(field))
      return 'fields' in field && Array.isArray(field.fields) ? sharedFields(field.fields as Field[]) : []
    const named = field as NamedField & { localized?: boolean }
    if (named.localized || named.type === 'join' || maintained.has(named.name)) return []
    return [named]
  })
}

/**
 * A refusal for a translator: HTTP 403 with the newsroom's message in the request's admin language.
 * The data object is what keeps the message: without it a production build answers every refusal
 * with "An unknown error occurred." (Payload's formatErrors falls through to its generic text).
 */
function refuse(req: PayloadRequest, key: NewsroomMessageKey, vars?: Record<string, string>): APIError {
  return new APIError(newsroomMessage(req, key, vars), 403, { rule: key }, true)
}

const languageName = (code: string | undefined | null) =>
  locales.find((locale) => locale.code === code)?.name ?? String(code ?? '—')

function refuseOtherLanguage(req: PayloadRequest): APIError {
  const mine = (asStaff(req.user)?.translatorLocales ?? []).map(languageName).join(', ')
  return refuse(req, 'translatorOtherLanguage', { languages: mine || '—', language: languageName(req.locale) })
}

/**
 * Translators' limits on whole operations, before Payload checks access, so each refusal carries
 * its own message (REST, GraphQL, local API with a translator user, bulk, scheduled jobs run as the
 * translator). A translator never creates, deletes, edits another language, edits many documents
 * at once, or changes publication state: on a collection with drafts the only update allowed is a
 * draft save (`publicationChange`), and a version is restored only as a draft.
 * Throws APIError 403 with a `newsroom` message; returns the arguments unchanged otherwise.
 */
export const guardTranslatorOperations: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!isTranslatorOnly(req.user)) return args
  if (operation === 'create') throw refuse(req, 'translatorMayNotCreate')
  if (operation === 'delete') throw refuse(req, 'translatorMayNotDelete')
  const drafts = hasDraftsEnabled(collection)
  if (operation === 'restoreVersion' && drafts && !(args as PublicationArgs).draft)
    throw refuse(req, 'translatorMayNotChangePublication')
  if (operation !== 'update') return args
  const change = drafts ? publicationChange(args as PublicationArgs) : null
  if (change === 'publish') throw refuse(req, 'translatorMayNotPublish')
  if (change === 'live') throw refuse(req, 'translatorMayNotChangePublication')
  if ((args as { id?: unknown }).id === undefined) throw refuse(req, 'translatorOneDocumentAtATime')
  if (!translatorMayWrite(req.user, req.locale)) throw refuseOtherLanguage(req)
  return args
}

/**
 * Translators' limits on the data, enforced again where the data is known, whatever the path
 * (copy-to-locale, a version restored as a draft, a caller that forgot `overrideAccess: false`):
 * they write only in their languages, never a field every language shares (dates, relations,
 * images), never `_status: 'published'` and never a translation state of "published".
 * A refusal names the rule in the translator's language and loses nothing.
 */
export const guardTranslatorWrites: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  operation,
  collection,
}) => {
  if (!isTranslatorOnly(req.user)) return data
  if (operation === 'create') throw refuse(req, 'translatorMayNotCreate')
  if (!translatorMayWrite(req.user, req.locale)) throw refuseOtherLanguage(req)
  for (const field of sharedFields(collection.fields)) {
    if (!(field.name in data)) continue
    if (JSON.stringify(normalise(data[field.name])) !== JSON.stringify(normalise(originalDoc?.[field.name]))) {
      const label = field.label ? getTranslation(field.label as Record<string, string>, req.i18n) : field.name
      throw refuse(req, 'translatorSharedField', { field: label || field.name })
    }
  }
  if (data._status === 'published' && hasDraftsEnabled(collection)) throw refuse(req, 'translatorMayNotPublish')
  if (data.translationStatus === 'published' && originalDoc?.translationStatus !== 'published')
    throw refuse(req, 'translatorMayNotPublish')
  return data
}
