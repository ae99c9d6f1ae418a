import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig, Where } from 'payload'

import { quoteTitle } from '@/content/quotes'
import { isLocale } from '@/i18n/locales'

import { editorOrTranslatorSavingDrafts } from './access/editorOrTranslatorSavingDrafts'
import { foldedCopies } from './fields/foldedCopies'
import { languageSelect } from './fields/languageSelect'
import { translatableText } from './fields/translatableText'
import { isEditor } from './access/isEditor'
import { quoteOfPublishedStory } from './access/quoteOfPublishedStory'
import { revalidateQuote } from './hooks/revalidateRelated'
import { guardTranslatorOperations, guardTranslatorWrites } from './hooks/guardTranslatorWrites'
import { hideUnpublishedTranslations, markReaderReads } from './hooks/hideUnpublishedTranslations'
import { groups, label } from './labels'
import {
  flagOutdatedTranslations,
  recordTranslationState,
  translationStateFields,
} from './translation/translationState'
import { sharedFieldsReadOnlyForTranslators } from './translation/sharedFields'
import { localizedEditComponents } from './translation/editComponents'

/** Quote, speaker and position are searched case-insensitively in every script (admin list, REST, GraphQL). */
const search = foldedCopies(['text', 'speakerName', 'speakerRole'])

/** Keeps the title of the language being saved (`quoteTitle`: the words and the speaker) for pickers and lists. */
const keepTitle: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const locale = isLocale(req.locale) ? req.locale : 'en'
  const text = 'text' in data ? data.text : originalDoc?.text
  const speakerName = 'speakerName' in data ? data.speakerName : originalDoc?.speakerName
  data.title = quoteTitle(locale, text, speakerName) || null
  return data
}

/**
 * A search of the title (the quote picker types into it) asks the words and the speaker instead,
 * so it finds a quote in any letter case through their folded copies (`search.foldTextQueries`,
 * next) and finds quotes saved before titles existed.
 */
const searchTitleAsWords: CollectionBeforeOperationHook = ({ args }) => {
  const withWhere = args as { where?: Where }
  const rewrite = (where: Where): Where =>
    Object.fromEntries(
      Object.entries(where).flatMap(([key, condition]) => {
        if ((key === 'and' || key === 'or') && Array.isArray(condition))
          return [[key, condition.map((part) => (part && typeof part === 'object' ? rewrite(part as Where) : part))]]
        const [name, ...rest] = key.split('.')
        if (name !== 'title' || !condition || typeof condition !== 'object' || Array.isArray(condition))
          return [[key, condition]]
        const path = (field: string) => [field, ...rest].join('.')
        return [['or', [{ [path('text')]: condition }, { [path('speakerName')]: condition }]]]
      }),
    ) as Where
  if (withWhere.where && typeof withWhere.where === 'object') withWhere.where = rewrite(withWhere.where)
  return args
}

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: {
    singular: label({ en: 'Quote', zh: '引语', ru: 'Цитата', kk: 'Дәйексөз', mn: 'Ишлэл' }),
    plural: label({ en: 'Quotes', zh: '引语', ru: 'Цитаты', kk: 'Дәйексөздер', mn: 'Ишлэлүүд' }),
  },
  admin: {
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    // Pickers (the pull-quote block) and lists show the words and the speaker, not the speaker alone.
    useAsTitle: 'title',
    defaultColumns: ['title', 'speakerRole', 'originalLanguage'],
    group: groups.newsroom,
    // A translator's one action on a translation is "Submit for review", as on articles.
    components: {
      edit: { ...localizedEditComponents, SaveButton: '/src/admin/PublishOrSubmitForReview#SaveOrSubmitForReview' },
    },
  },
  access: {
    read: quoteOfPublishedStory,
    create: isEditor,
    update: editorOrTranslatorSavingDrafts,
    delete: isEditor,
  },
  hooks: {
    // A quote has no drafts: a translator's save is live at once, and shown to readers once published.
    beforeOperation: [guardTranslatorOperations, markReaderReads, searchTitleAsWords, search.foldTextQueries],
    afterRead: [hideUnpublishedTranslations(['title', 'text', 'speakerName', 'speakerRole', 'folded'])],
    beforeChange: [
      guardTranslatorWrites,
      recordTranslationState(['text', 'speakerName', 'speakerRole']),
      keepTitle,
      search.keepFoldedCopies,
    ],
    afterChange: [flagOutdatedTranslations, revalidateQuote],
  },
  fields: sharedFieldsReadOnlyForTranslators([
    {
      name: 'title',
      type: 'text',
      localized: true,
      label: label({
        en: 'Quote and speaker',
        zh: '引语与讲话人',
        ru: 'Цитата и автор',
        kk: 'Дәйексөз және сөйлеуші',
        mn: 'Ишлэл ба хэлсэн хүн',
      }),
      // Kept by `keepTitle`: a list column and the pickers' label, never typed (not in the form). In the
      // list, a language without a translation shows the original's, marked as such (as articles do).
      admin: {
        readOnly: true,
        condition: () => false,
        disableBulkEdit: true,
        disableListFilter: true,
        components: { Cell: '/src/admin/TitleOrOriginalCell#TitleOrOriginalCell' },
      },
    },
    {
      // Titles the page with the original's words where this language has none yet (not the number).
      name: 'pageTitle',
      type: 'ui',
      label: label({
        en: 'Page title',
        zh: '页面标题',
        ru: 'Заголовок страницы',
        kk: 'Бет тақырыбы',
        mn: 'Хуудасны гарчиг',
      }),
      admin: {
        components: { Field: '/src/admin/LanguageStatusLine#OriginalTitleAsPageTitle' },
        disableListColumn: true,
      },
    },
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
      // The stories whose body embeds this quote (a quote is shared). A ui field, not a join: a join on
      // the articles' localized `quotes` is read per language with every document and makes Payload
      // write empty rows for the other languages on the next save (NOT NULL text: the save fails).
      name: 'articles',
      type: 'ui',
      label: label({
        en: 'Embedded in',
        zh: '引用此引语的文章',
        ru: 'Статьи с этой цитатой',
        kk: 'Осы дәйексөз бар мақалалар',
        mn: 'Энэ ишлэлтэй нийтлэлүүд',
      }),
      admin: {
        components: { Field: '/src/admin/QuoteStories#QuoteStories' },
        disableListColumn: true,
      },
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
  ]),
}
