import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { textareaWithoutControls, textWithoutControls } from './fields/validateText'
import { foldedCopies } from './fields/foldedCopies'
import { slugField } from './fields/slugField'
import { editorOrTranslatorSavingDrafts } from './access/editorOrTranslatorSavingDrafts'
import { isEditor } from './access/isEditor'
import { revalidateOrganization } from './hooks/revalidateRelated'
import { guardTranslatorOperations, guardTranslatorWrites } from './hooks/guardTranslatorWrites'
import { getTranslation } from '@payloadcms/translations'

import { groups, label, siteLabel } from './labels'
import { sharedFieldsReadOnlyForTranslators } from './translation/sharedFields'
import { localizedEditComponents } from './translation/editComponents'

export const organizationCountries = ['CN', 'RU', 'KZ', 'MN', 'other'] as const
export const organizationKinds = [
  'government',
  'university',
  'research-institute',
  'enterprise',
  'ngo',
  'media',
] as const

const websiteInvalid = siteLabel((s) => s.comments.errors.websiteInvalid)
/** Names and descriptions are searched case-insensitively in every script (admin list, REST, GraphQL). */
const search = foldedCopies(['name', 'description'])

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: {
    singular: label({ en: 'Organization', zh: '机构', ru: 'Организация', kk: 'Ұйым', mn: 'Байгууллага' }),
    plural: label({ en: 'Organizations', zh: '机构', ru: 'Организации', kk: 'Ұйымдар', mn: 'Байгууллагууд' }),
  },
  admin: {
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'kind'],
    group: groups.newsroom,
    components: { edit: localizedEditComponents },
  },
  access: {
    read: () => true,
    create: isEditor,
    update: editorOrTranslatorSavingDrafts,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [guardTranslatorOperations, search.foldTextQueries],
    beforeChange: [guardTranslatorWrites, search.keepFoldedCopies],
    afterChange: [revalidateOrganization],
  },
  fields: sharedFieldsReadOnlyForTranslators([
    {
      name: 'name',
      type: 'text',
      validate: textWithoutControls,
      localized: true,
      required: true,
      label: label({ en: 'Name', zh: '名称', ru: 'Название', kk: 'Атауы', mn: 'Нэр' }),
    },
    {
      name: 'description',
      type: 'textarea',
      validate: textareaWithoutControls,
      localized: true,
      label: label({ en: 'Description', zh: '简介', ru: 'Описание', kk: 'Сипаттамасы', mn: 'Тайлбар' }),
    },
    // One address for every language, made from the English name, so links never break on translation.
    slugField({
      localized: false,
      source: ({ data }, req) => {
        const name = data.name
        return typeof name === 'string' && (!req.locale || req.locale === 'en') ? name : undefined
      },
      fallback: 'organization',
      label: label({
        en: 'Web address',
        zh: '网址别名',
        ru: 'Адрес страницы',
        kk: 'Бет мекенжайы',
        mn: 'Хуудасны хаяг',
      }),
    }),
    {
      name: 'country',
      type: 'select',
      required: true,
      options: organizationCountries.map((code) => ({
        label: siteLabel((s) => s.organization.country[code]),
        value: code,
      })),
      label: label({ en: 'Country', zh: '国家', ru: 'Страна', kk: 'Елі', mn: 'Улс' }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: organizationKinds.map((kind) => ({ label: siteLabel((s) => s.organization.kind[kind]), value: kind })),
      label: label({ en: 'Kind', zh: '类型', ru: 'Тип', kk: 'Түрі', mn: 'Төрөл' }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'website',
      type: 'text',
      label: label({ en: 'Website', zh: '网站', ru: 'Сайт', kk: 'Сайты', mn: 'Вэб сайт' }),
      // The readers' comment form says the same of a commenter's website.
      validate: ((value, { req }) =>
        !value ||
        /^https?:\/\/[^\s]+$/i.test(String(value)) ||
        getTranslation(websiteInvalid, req.i18n)) satisfies TextFieldSingleValidation,
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label({ en: 'Logo', zh: '标志', ru: 'Логотип', kk: 'Логотип', mn: 'Лого' }),
    },
    search.field,
  ]),
}
