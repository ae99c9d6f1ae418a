import type { CollectionConfig } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { textareaWithoutControls, textWithoutControls } from '../fields/validateText'
import { translatableText } from '../fields/translatableText'
import { foldedCopies } from '../fields/foldedCopies'
import { slugField } from '../fields/slugField'
import { editorOrTranslatorOfLocale } from '../access/editorOrTranslatorOfLocale'
import { editorOrTranslatorSavingDrafts } from '../access/editorOrTranslatorSavingDrafts'
import { isEditor } from '../access/isEditor'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { asStaff, isStaffUser } from '../access/roles'
import { forgetSubmissionReadsAfterChange, forgetSubmissionReadsAfterDelete } from '../hooks/forgetSubmissionReads'
import { guardTranslatorOperations, guardTranslatorWrites } from '../hooks/guardTranslatorWrites'
import { hideUnpublishedTranslations, markReaderReads } from '../hooks/hideUnpublishedTranslations'
import { adminDatePicker } from '@/i18n/adminDates'
import { groups, label } from '../labels'
import { languageStatesEndpoint } from '../translation/languageStates'
import { localeCodes } from '@/i18n/locales'
import {
  flagOutdatedTranslations,
  recordTranslationState,
  refuseSkeletonAsFinished,
  translationStateFields,
} from '../translation/translationState'
import {
  dropEmptyDraftSnapshot,
  publishEmbeddedQuotes,
  stampPublicationDate,
  syncTranslationStateWithPublication,
} from './hooks/publication'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { updateSearchText } from './hooks/searchText'
import { collectEmbeddedQuotes } from './hooks/embeddedQuotes'
import { PullQuoteBlock } from './PullQuoteBlock'
import { sharedFieldsReadOnlyForTranslators } from '../translation/sharedFields'
import { localizedEditComponents } from '../translation/editComponents'

/** The text a translation is made from: when any of it changes, finished translations become outdated. */
export const articleSourceFields = [
  'title',
  'kicker',
  'dek',
  'dateline',
  'body',
  'meta.title',
  'meta.description',
] as const

/** Headline, kicker and standfirst are searched case-insensitively in every script (admin list, REST, GraphQL). */
const search = foldedCopies(['title', 'kicker', 'dek'], ['searchText'])

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: label({ en: 'Article', zh: '文章', ru: 'Статья', kk: 'Мақала', mn: 'Нийтлэл' }),
    plural: label({ en: 'Articles', zh: '文章', ru: 'Статьи', kk: 'Мақалалар', mn: 'Нийтлэлүүд' }),
  },
  admin: {
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    useAsTitle: 'title',
    // The list search also looks at every language's headline, so a translator working in kk finds an
    // article by its original headline while the Kazakh one is still empty ('title.en' asks that locale).
    listSearchableFields: ['title', ...localeCodes.map((code) => `title.${code}`)],
    // No document-wide status column: it read "Draft (has published version)" right after "Publish in …";
    // the Languages column says, per language, what readers see (decision 011).
    defaultColumns: ['title', 'translations', 'publishedAt'],
    // Opens the latest draft in the language being edited, on the public site, for signed-in staff only.
    preview: (doc, { locale }) =>
      doc?.slug
        ? `/next/preview?locale=${encodeURIComponent(locale)}&slug=${encodeURIComponent(String(doc.slug))}`
        : null,
    group: groups.newsroom,
    // The status line speaks of the language being edited, as readers see it (decision 011), and offers
    // "Revert to published" only to those who may publish.
    // Translators get one "Submit for review" where editors have Publish.
    components: {
      edit: {
        ...localizedEditComponents,
        Status: '/src/admin/LanguageStateBadges#LanguageStatus',
        PublishButton: '/src/admin/PublishOrSubmitForReview#PublishOrSubmitForReview',
        // "Preview · Kazakh": a labelled button naming the language, not Payload's bare icon.
        PreviewButton: '/src/admin/PreviewInLanguage#PreviewInLanguage',
      },
      // The Versions tab says who saved each version and what it did, in which language
      // (Payload's own list has fixed columns and no author).
      views: { edit: { versions: { Component: '/src/admin/VersionHistory#VersionHistory' } } },
    },
  },
  access: {
    read: publishedOrStaff,
    create: isEditor,
    update: editorOrTranslatorSavingDrafts,
    delete: isEditor,
    readVersions: editorOrTranslatorOfLocale,
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  endpoints: [languageStatesEndpoint],
  hooks: {
    beforeOperation: [guardTranslatorOperations, markReaderReads, search.foldTextQueries],
    afterRead: [
      hideUnpublishedTranslations(['kicker', 'title', 'dek', 'dateline', 'body', 'slug', 'searchText', 'folded'], {
        meta: ['title', 'description'],
      }),
    ],
    beforeChange: [
      guardTranslatorWrites,
      collectEmbeddedQuotes,
      stampPublicationDate,
      syncTranslationStateWithPublication,
      refuseSkeletonAsFinished,
      recordTranslationState(articleSourceFields),
      updateSearchText,
      search.keepFoldedCopies,
    ],
    afterChange: [
      dropEmptyDraftSnapshot,
      publishEmbeddedQuotes,
      flagOutdatedTranslations,
      revalidateArticle,
      forgetSubmissionReadsAfterChange,
    ],
    afterDelete: [revalidateDeletedArticle, forgetSubmissionReadsAfterDelete],
  },
  fields: sharedFieldsReadOnlyForTranslators([
    {
      // Above the form: "You are editing: Қазақша" and what readers see in each language (issue 15).
      name: 'editingLanguage',
      type: 'ui',
      label: label({
        en: 'Language being edited',
        zh: '正在编辑的语言',
        ru: 'Редактируемый язык',
        kk: 'Өңделіп жатқан тіл',
        mn: 'Засварлаж буй хэл',
      }),
      admin: {
        components: { Field: '/src/admin/LanguageStatusLine#EditingLanguageAndStatus' },
        disableListColumn: true,
      },
    },
    translatableText('kicker', {
      label: label({ en: 'Kicker', zh: '引题', ru: 'Надзаголовок', kk: 'Үстіңгі тақырып', mn: 'Дээд гарчиг' }),
    }),
    translatableText('title', {
      // In the list, a language without a headline shows the original's, marked as such.
      admin: { components: { Cell: '/src/admin/TitleOrOriginalCell#TitleOrOriginalCell' } },
      required: true,
      label: label({ en: 'Headline', zh: '标题', ru: 'Заголовок', kk: 'Тақырып', mn: 'Гарчиг' }),
    }),
    translatableText('dek', {
      type: 'textarea',
      label: label({ en: 'Standfirst', zh: '导语', ru: 'Лид', kk: 'Лид', mn: 'Хураангуй' }),
    }),
    translatableText('dateline', {
      label: label({ en: 'Dateline', zh: '电头', ru: 'Место события', kk: 'Оқиға орны', mn: 'Мэдээний газар' }),
    }),
    translatableText('body', {
      type: 'richText',
      label: label({ en: 'Body', zh: '正文', ru: 'Текст', kk: 'Мәтін', mn: 'Үндсэн бичвэр' }),
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [PullQuoteBlock] })],
      }),
    }),
    slugField({
      localized: true,
      source: ({ data, originalDoc }) => {
        const title = data.title ?? originalDoc.title
        return typeof title === 'string' ? title : ''
      },
      fallback: 'article',
      label: label({
        en: 'Web address',
        zh: '网址别名',
        ru: 'Адрес страницы',
        kk: 'Бет мекенжайы',
        mn: 'Хуудасны хаяг',
      }),
      admin: {
        description: label({
          en: 'The last part of the story’s web address. Leave empty to make it from the headline.',
          zh: '文章网址的最后一部分。留空则根据标题自动生成。',
          ru: 'Последняя часть веб-адреса статьи. Оставьте пустым, чтобы создать его из заголовка.',
          kk: 'Мақаланың веб-мекенжайының соңғы бөлігі. Бос қалдырсаңыз, тақырыптан жасалады.',
          mn: 'Нийтлэлийн вэб хаягийн сүүлийн хэсэг. Хоосон үлдээвэл гарчгаас үүсгэнэ.',
        }),
      },
    }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label({
        en: 'Published on',
        zh: '发布时间',
        ru: 'Дата публикации',
        kk: 'Жарияланған күні',
        mn: 'Нийтэлсэн огноо',
      }),
      admin: { position: 'sidebar', date: adminDatePicker },
    },
    ...translationStateFields(),
    {
      // Who saved this version: the version view names the person (the users' title is their name).
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req }) => isStaffUser(req.user) },
      hooks: { beforeChange: [({ req, value }) => asStaff(req.user)?.id ?? value] },
      label: label({
        en: 'Last edited by',
        zh: '最后编辑者',
        ru: 'Последним редактировал(а)',
        kk: 'Соңғы өңдеген',
        mn: 'Сүүлд засварласан',
      }),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'translations',
      type: 'ui',
      label: label({ en: 'Languages', zh: '语言', ru: 'Языки', kk: 'Тілдер', mn: 'Хэлүүд' }),
      admin: {
        components: {
          Cell: '/src/admin/TranslationStateCell#TranslationStateCell',
          Field: '/src/admin/TranslationStateCell#TranslationStateField',
        },
        position: 'sidebar',
      },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label({ en: 'Hero image', zh: '题图', ru: 'Главное фото', kk: 'Басты сурет', mn: 'Гол зураг' }),
    },
    {
      name: 'organizations',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      label: label({
        en: 'Organizations',
        zh: '相关机构',
        ru: 'Организации',
        kk: 'Ұйымдар',
        mn: 'Байгууллагууд',
      }),
    },
    {
      // The quotes this language's body embeds (pull-quote blocks), kept by `collectEmbeddedQuotes`:
      // one quote may be embedded in several stories, and each quote lists them ("Embedded in").
      name: 'quotes',
      type: 'relationship',
      relationTo: 'quotes',
      hasMany: true,
      localized: true,
      label: label({ en: 'Quotes', zh: '引语', ru: 'Цитаты', kk: 'Дәйексөздер', mn: 'Ишлэлүүд' }),
      admin: {
        readOnly: true,
        disableBulkEdit: true,
        description: label({
          en: 'The quotes embedded in the body in this language. To add one, insert a pull quote in the body.',
          zh: '本语言正文中嵌入的引语。如需添加，请在正文中插入引语块。',
          ru: 'Цитаты, вставленные в текст на этом языке. Чтобы добавить цитату, вставьте её в текст блоком «Цитата».',
          kk: 'Осы тілдегі мәтінге енгізілген дәйексөздер. Дәйексөз қосу үшін мәтінге «Дәйексөз» блогын қойыңыз.',
          mn: 'Энэ хэл дээрх үндсэн бичвэрт оруулсан ишлэлүүд. Ишлэл нэмэхийн тулд үндсэн бичвэрт «Ишлэл» блок оруулна уу.',
        }),
      },
    },
    {
      name: 'commentsEnabled',
      type: 'checkbox',
      defaultValue: true,
      label: label({
        en: 'Reader comments open',
        zh: '开放读者评论',
        ru: 'Комментарии открыты',
        kk: 'Пікірлер ашық',
        mn: 'Сэтгэгдэл нээлттэй',
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      label: label({
        en: 'Search text',
        zh: '搜索文本',
        ru: 'Текст для поиска',
        kk: 'Іздеу мәтіні',
        mn: 'Хайлтын текст',
      }),
      admin: { hidden: true },
    },
    search.field,
    {
      name: 'meta',
      type: 'group',
      label: label({
        en: 'Search & sharing',
        zh: '搜索与分享',
        ru: 'Поиск и соцсети',
        kk: 'Іздеу және бөлісу',
        mn: 'Хайлт ба хуваалцах',
      }),
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          maxLength: 120,
          validate: textWithoutControls,
          label: label({
            en: 'Title in search results',
            zh: '搜索结果中的标题',
            ru: 'Заголовок в поиске',
            kk: 'Іздеу нәтижесіндегі тақырып',
            mn: 'Хайлтын үр дүнд харагдах гарчиг',
          }),
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          maxLength: 320,
          validate: textareaWithoutControls,
          label: label({ en: 'Description', zh: '摘要', ru: 'Описание', kk: 'Сипаттамасы', mn: 'Тайлбар' }),
        },
      ],
    },
  ]),
}
