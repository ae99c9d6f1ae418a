import type { CollectionConfig } from 'payload'

import { editorOrTranslatorSavingDrafts } from './access/editorOrTranslatorSavingDrafts'
import { foldedCopies } from './fields/foldedCopies'
import { languageSelect } from './fields/languageSelect'
import { translatableText } from './fields/translatableText'
import { isEditor } from './access/isEditor'
import { quoteOfPublishedArticle } from './access/quoteOfPublishedArticle'
import { revalidateQuote } from './hooks/revalidateRelated'
import { guardTranslatorOperations, guardTranslatorWrites } from './hooks/guardTranslatorWrites'
import { hideUnpublishedTranslations, markReaderReads } from './hooks/hideUnpublishedTranslations'
import { groups, label } from './labels'
import {
  flagOutdatedTranslations,
  recordTranslationState,
  translationStateFields,
} from './translation/translationState'

/** Quote, speaker and position are searched case-insensitively in every script (admin list, REST, GraphQL). */
const search = foldedCopies(['text', 'speakerName', 'speakerRole'])

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: {
    singular: label({ en: 'Quote', zh: '引语', ru: 'Цитата', kk: 'Дәйексөз', mn: 'Ишлэл' }),
    plural: label({ en: 'Quotes', zh: '引语', ru: 'Цитаты', kk: 'Дәйексөздер', mn: 'Ишлэлүүд' }),
  },
  admin: {
    useAsTitle: 'speakerName',
    defaultColumns: ['speakerName', 'speakerRole', 'article', 'originalLanguage'],
    group: groups.newsroom,
  },
  access: {
    read: quoteOfPublishedArticle,
    create: isEditor,
    update: editorOrTranslatorSavingDrafts,
    delete: isEditor,
  },
  hooks: {
    // A quote has no drafts: a translator's save is live at once, and shown to readers once published.
    beforeOperation: [guardTranslatorOperations, markReaderReads, search.foldTextQueries],
    afterRead: [hideUnpublishedTranslations(['text', 'speakerName', 'speakerRole', 'folded'])],
    beforeChange: [
      guardTranslatorWrites,
      recordTranslationState(['text', 'speakerName', 'speakerRole']),
      search.keepFoldedCopies,
    ],
    afterChange: [flagOutdatedTranslations, revalidateQuote],
  },
  fields: [
    translatableText('text', {
      type: 'textarea',
      required: true,
      label: label({ en: 'Quote', zh: '引语', ru: 'Цитата', kk: 'Дәйексөз', mn: 'Ишлэл' }),
    }),
    translatableText('speakerName', {
      required: true,
      label: label({ en: 'Speaker', zh: '讲话人', ru: 'Автор цитаты', kk: 'Сөйлеуші', mn: 'Хэлсэн хүн' }),
    }),
    translatableText('speakerRole', {
      label: label({
        en: 'Speaker’s position',
        zh: '职务',
        ru: 'Должность',
        kk: 'Лауазымы',
        mn: 'Албан тушаал',
      }),
    }),
    {
      name: 'speakerOrganization',
      type: 'relationship',
      relationTo: 'organizations',
      label: label({ en: 'Organization', zh: '所属机构', ru: 'Организация', kk: 'Ұйым', mn: 'Байгууллага' }),
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      label: label({ en: 'Article', zh: '文章', ru: 'Статья', kk: 'Мақала', mn: 'Нийтлэл' }),
    },
    ...translationStateFields(),
    languageSelect({
      name: 'originalLanguage',
      label: label({
        en: 'Said in',
        zh: '原话语言',
        ru: 'Язык высказывания',
        kk: 'Айтылған тілі',
        mn: 'Хэлсэн хэл',
      }),
    }),
    search.field,
  ],
}
