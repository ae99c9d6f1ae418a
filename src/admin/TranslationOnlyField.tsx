'use client'

import type { CheckboxFieldClientComponent, SelectFieldClientComponent } from 'payload'

import { CheckboxField, SelectField, useAuth, useFormFields, useLocale } from '@payloadcms/ui'

import { isTranslatorOnly } from '../../collections/access/translatorLocales'

/**
 * Whether the language being edited is the document's original (its `sourceLocale` as the form
 * holds it now). The original is not a translation, so it has no translation state to show.
 */
function useEditingTheOriginal(): boolean {
  const { code } = useLocale()
  const source = useFormFields(([fields]) => fields.sourceLocale?.value)
  return code === (source ?? 'en')
}

/**
 * The translation-state select, drawn only for a translation: never "Missing" on the original.
 * A translator (`isTranslatorOnly`, the access rules' own test) is not offered "Published" (the
 * value `published` of `translationStates`): only an editor publishes, and `guardTranslatorWrites`
 * refuses it anyway (issue 15). A translation stored as published keeps the option, so its state
 * reads as it is.
 */
export const TranslationStateSelect: SelectFieldClientComponent = (props) => {
  const editingTheOriginal = useEditingTheOriginal()
  const { user } = useAuth()
  const path = props.path ?? props.field.name
  const stored = useFormFields(([fields]) => fields[path]?.initialValue)
  if (editingTheOriginal) return null
  if (!isTranslatorOnly(user) || stored === 'published') return <SelectField {...props} />
  const options = props.field.options.filter(
    (option) => (typeof option === 'string' ? option : option.value) !== 'published',
  )
  return <SelectField {...props} field={{ ...props.field, options }} />
}

/** The read-only "outdated" box, drawn only for a translation. */
export const TranslationOutdatedCheckbox: CheckboxFieldClientComponent = (props) =>
  useEditingTheOriginal() ? null : <CheckboxField {...props} />
