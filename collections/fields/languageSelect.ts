import type { SelectField } from 'payload'

import { languageOptions } from '../labels'

type LanguageSelectOverrides = { name: string } & Partial<Omit<SelectField, 'type' | 'options' | 'name'>>

/**
 * A "which language" select: one option per content language (src/i18n/locales.ts), each named
 * in the admin's own language (`languageOptions`, collections/labels.ts). `overrides` is merged
 * over it (name, label, required, hasMany, access, admin…); the options themselves are not
 * overridable, so every language select offers the same languages in the same words.
 */
export function languageSelect(overrides: LanguageSelectOverrides): SelectField {
  return { ...overrides, type: 'select', options: languageOptions } as SelectField
}
