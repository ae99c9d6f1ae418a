import type { RichTextField, TextareaField, TextField } from 'payload'

import { textareaWithoutControls, textWithoutControls } from './validateText'

/** The admin component that shows the source language's text above a translator's input. */
export const SOURCE_TEXT_COMPONENT = '/src/admin/SourceText#SourceText'

type Overrides<F> = Partial<Omit<F, 'name' | 'type' | 'localized'>>

/**
 * A translatable text field: localized, with the source language's text shown beside the input
 * (`SOURCE_TEXT_COMPONENT`) so a translator sees what they translate, and for `text`/`textarea`
 * refusing control characters (`validateText.ts`) unless `overrides.validate` says otherwise.
 * `type` defaults to `text`; `overrides` is merged over the field, `admin` one level deep
 * (its `components.beforeInput` gets the source text first, then any of its own).
 */
export function translatableText(name: string, overrides?: Overrides<TextField> & { type?: 'text' }): TextField
export function translatableText(
  name: string,
  overrides: Overrides<TextareaField> & { type: 'textarea' },
): TextareaField
export function translatableText(
  name: string,
  overrides: Overrides<RichTextField> & { type: 'richText' },
): RichTextField
export function translatableText(
  name: string,
  overrides: (Overrides<TextField> | Overrides<TextareaField> | Overrides<RichTextField>) & {
    type?: 'text' | 'textarea' | 'richText'
  } = {},
): TextField | TextareaField | RichTextField {
  const type = overrides.type ?? 'text'
  const validate = type === 'text' ? textWithoutControls : type === 'textarea' ? textareaWithoutControls : undefined
  const admin = (overrides.admin ?? {}) as { components?: { beforeInput?: unknown[] } }
  return {
    ...(validate ? { validate } : {}),
    ...overrides,
    name,
    type,
    localized: true,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        beforeInput: [SOURCE_TEXT_COMPONENT, ...(admin.components?.beforeInput ?? [])],
      },
    },
  } as TextField | TextareaField | RichTextField
}
