import type { Field, FieldAccess } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { isTranslatorOnly } from '../access/translatorLocales'

/**
 * The fields every language of a document shares (publication date, relations, images, the
 * original's language…): the one home of which fields a translator may not change. A field is
 * shared when it stores data, is not localized, and neither is any group it sits in; a localized
 * field inside a shared group (the SEO `meta` group's title) is the translator's. Payload's own
 * bookkeeping (`maintained`) and joins are not counted.
 */

/**
 * Fields Payload itself maintains; a translator's save may carry them unchanged or not at all.
 * An image's URLs are derived from its file (relative when saved, absolute when read), so they
 * differ on every save; the file itself stays guarded through its name, size and type.
 */
const maintained = new Set(['id', 'createdAt', 'updatedAt', '_status', 'searchText', 'url', 'thumbnailURL'])

type NamedField = Field & { name: string; label?: unknown; localized?: boolean; fields?: Field[] }

/** A shared field and where it sits in a document (`['meta', 'image']` for a field in a group). */
export type SharedField = { path: string[]; field: NamedField }

const isGroup = (field: NamedField) => field.type === 'group' && Array.isArray(field.fields)

/** The shared fields among `fields`, depth first, with their paths. */
export function sharedFields(fields: Field[], path: string[] = []): SharedField[] {
  return fields.flatMap((field): SharedField[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? tab.localized
            ? []
            : sharedFields(tab.fields, [...path, tab.name])
          : sharedFields(tab.fields, path),
      )
    if (!fieldAffectsData(field))
      return 'fields' in field && Array.isArray(field.fields) ? sharedFields(field.fields as Field[], path) : []
    const named = field as NamedField
    if (named.localized || named.type === 'join' || maintained.has(named.name)) return []
    if (isGroup(named)) return sharedFields(named.fields as Field[], [...path, named.name])
    return [{ path: [...path, named.name], field: named }]
  })
}

/** A value as compared: related documents by id, resized copies of an image without their derived URL. */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'url')
        .map(([key, inner]) => [key, normalise(inner)]),
    )
  }
  return value ?? null
}

const at = (data: unknown, path: string[]): { present: boolean; value?: unknown } => {
  let value = data
  for (const key of path) {
    if (!value || typeof value !== 'object' || !(key in value)) return { present: false }
    value = (value as Record<string, unknown>)[key]
  }
  return { present: true, value }
}

/**
 * The first shared field whose value in `data` (a save's data, which may leave fields out)
 * differs from `stored` (the document as saved, in the same language), or undefined when the
 * save changes none of them.
 */
export function changedSharedField(fields: Field[], data: unknown, stored: unknown): SharedField | undefined {
  return sharedFields(fields).find(({ path }) => {
    const sent = at(data, path)
    return sent.present && JSON.stringify(normalise(sent.value)) !== JSON.stringify(normalise(at(stored, path).value))
  })
}

/**
 * `fields` with every shared field read-only for translators, through field-level update access,
 * so the admin draws them greyed, as WPML locks the fields a translation copies from the original.
 * Any other access rule a field has is kept, and both must allow the change. Images (upload
 * fields) are the exception, drawn editable so that their drawer opens.
 * The refusal with its reason, for a save that tries anyway, is the translator guard's
 * (collections/hooks/guardTranslatorWrites.ts), which runs before field access drops the value.
 */
export function sharedFieldsReadOnlyForTranslators(fields: Field[]): Field[] {
  // Images stay drawn as editable: Payload offers no way into a read-only image's drawer, where a
  // translator writes the image's alt text and caption. Changing the image itself is still refused.
  const shared = new Set<Field>(
    sharedFields(fields)
      .map(({ field }) => field)
      .filter((field) => field.type !== 'upload'),
  )
  const mark = (list: Field[]): Field[] =>
    list.map((field) => {
      if (shared.has(field)) {
        const own = (field as { access?: { update?: FieldAccess } }).access
        const update: FieldAccess = (args) =>
          !isTranslatorOnly(args.req.user) && (own?.update ? own.update(args) : true)
        return { ...field, access: { ...own, update } } as Field
      }
      if (field.type === 'tabs')
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mark(tab.fields) })) }
      if ('fields' in field && Array.isArray(field.fields))
        return { ...field, fields: mark(field.fields as Field[]) } as Field
      return field
    })
  return mark(fields)
}
