'use client'

import type { CheckboxFieldClientComponent, SelectFieldClientComponent } from 'payload'

import { CheckboxField, SelectField, useFormFields, useLocale } from '@payloadcms/ui'

/**
 * Whether the language being edited is the document's original (its `sourceLocale` as the form
 * holds it now). The original is not a translation, so it has no translation state to show.
 */
function useEditingTheOriginal(): boolean {
  const { code } = useLocale()
  const source = useFormFields(([fields]) => fields.sourceLocale?.value)
  return code === (source ?? 'en')
}

/** The translation-state select, drawn only for a translation: never "Missing" on the original. */
export const TranslationStateSelect: SelectFieldClientComponent = (props) =>
  useEditingTheOriginal() ? null : <SelectField {...props} />

/** The read-only "outdated" box, drawn only for a translation. */
export const TranslationOutdatedCheckbox: CheckboxFieldClientComponent = (props) =>
  useEditingTheOriginal() ? null : <CheckboxField {...props} />
