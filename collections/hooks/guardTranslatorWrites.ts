import { APIError, type CollectionBeforeChangeHook, type Field } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { isTranslatorOnly, translatorMayWrite } from '../access/translatorLocales'

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
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'url').map(([key, inner]) => [key, normalise(inner)]))
  }
  return value ?? null
}

function sharedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if (!fieldAffectsData(field)) return 'fields' in field && Array.isArray(field.fields) ? sharedFieldNames(field.fields as Field[]) : []
    const named = field as Field & { name: string; localized?: boolean }
    if (named.localized || named.type === 'join' || maintained.has(named.name)) return []
    return [named.name]
  })
}

/**
 * Translators' limits, enforced on the server whatever the path (REST, GraphQL, local API,
 * copy-to-locale, bulk edit): they write only in their languages, never a field every language
 * shares (dates, relations, images), and never publish. A refusal says which rule and loses nothing.
 */
export const guardTranslatorWrites: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation, collection }) => {
  if (!isTranslatorOnly(req.user)) return data
  if (operation === 'create') throw new APIError('Translators cannot create documents: ask an editor.', 403, undefined, true)
  if (!translatorMayWrite(req.user, req.locale)) {
    throw new APIError(`Translators may edit only their own languages; this change is in "${req.locale}".`, 403, undefined, true)
  }
  for (const name of sharedFieldNames(collection.fields)) {
    if (!(name in data)) continue
    if (JSON.stringify(normalise(data[name])) !== JSON.stringify(normalise(originalDoc?.[name]))) {
      throw new APIError(`Translators cannot change "${name}": it is shared by every language. Ask an editor.`, 403, undefined, true)
    }
  }
  if (data._status === 'published' && originalDoc?._status !== 'published') {
    throw new APIError('Translators cannot publish: save the translation and mark it ready for review.', 403, undefined, true)
  }
  if (data.translationStatus === 'published' && originalDoc?.translationStatus !== 'published') {
    throw new APIError('Translators cannot publish a translation: mark it ready for review.', 403, undefined, true)
  }
  return data
}
