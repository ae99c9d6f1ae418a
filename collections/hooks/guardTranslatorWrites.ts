import { getTranslation } from '@payloadcms/translations'
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { type NewsroomMessageKey, newsroomMessage } from '@/i18n/admin/newsroom'
import { locales } from '@/i18n/locales'
import { asStaff } from '../access/roles'
import {
  isTranslatorOnly,
  type PublicationArgs,
  publicationChange,
  translatorMayWrite,
} from '../access/translatorLocales'
import { changedSharedField, type SharedField } from '../translation/sharedFields'
import { keepingLocale } from '@/db/keepingLocale'

/**
 * A refusal for a translator: HTTP 403 with the newsroom's message in the request's admin language.
 * The data object is what keeps the message: without it a production build answers every refusal
 * with "An unknown error occurred." (Payload's formatErrors falls through to its generic text).
 */
function refuse(req: PayloadRequest, key: NewsroomMessageKey, vars?: Record<string, string>): APIError {
  return new APIError(newsroomMessage(req, key, vars), 403, { rule: key }, true)
}

function refuseSharedField(req: PayloadRequest, { field, path }: SharedField): APIError {
  const label = field.label ? getTranslation(field.label as Record<string, string>, req.i18n) : ''
  return refuse(req, 'translatorSharedField', { field: label || path.join('.') })
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
export const guardTranslatorOperations: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
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
  const { id, data } = args as { id?: number | string; data?: unknown }
  if (id === undefined) throw refuse(req, 'translatorOneDocumentAtATime')
  if (!translatorMayWrite(req.user, req.locale)) throw refuseOtherLanguage(req)
  // Field access drops a translator's value for a shared field before the write hooks see it
  // (sharedFieldsReadOnlyForTranslators): the refusal with its reason is given here, on what was sent.
  if (data && typeof data === 'object') {
    // Read through `req` (its user and transaction) with no fallback: shared fields are compared as
    // stored, and the update's own answer keeps the locale and fallback it was asked for.
    const stored = await keepingLocale(req, () =>
      req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        id,
        locale: req.locale ?? undefined,
        fallbackLocale: false,
        depth: 0,
        draft: drafts,
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    )
    const changed = stored ? changedSharedField(collection.fields, data, stored) : undefined
    if (changed) throw refuseSharedField(req, changed)
  }
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
  const changed = changedSharedField(collection.fields, data, originalDoc)
  if (changed) throw refuseSharedField(req, changed)
  if (data._status === 'published' && hasDraftsEnabled(collection)) throw refuse(req, 'translatorMayNotPublish')
  if (data.translationStatus === 'published' && originalDoc?.translationStatus !== 'published')
    throw refuse(req, 'translatorMayNotPublish')
  return data
}
