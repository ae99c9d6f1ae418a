import type { CollectionConfig } from 'payload'

import { commentLimits } from '@/comments/rules'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isModeratorField } from '../access/isModerator'
import { commentsVisibleTo, moderatorOfLanguage } from '../access/moderatorOfLanguage'
import { adminDatePicker } from '@/i18n/adminDates'
import { groups, label } from '../labels'
import { languageSelect } from '../fields/languageSelect'
import { notifyAboutComment } from './hooks/notifyAboutComment'
import { recordModeration } from './hooks/recordModeration'
import { revalidateCommentedArticle, revalidateDeletedComment } from './hooks/revalidateComment'

export const commentStatuses = ['pending', 'approved', 'spam', 'trash'] as const

/** Each comment status's name in the five admin languages (the list's tabs, the status field, the history). */
export const commentStatusLabels = {
  pending: label({ en: 'Pending', zh: '待审核', ru: 'На модерации', kk: 'Қаралуда', mn: 'Хүлээгдэж буй' }),
  approved: label({ en: 'Approved', zh: '已批准', ru: 'Одобрен', kk: 'Мақұлданған', mn: 'Зөвшөөрөгдсөн' }),
  spam: label({ en: 'Spam', zh: '垃圾评论', ru: 'Спам', kk: 'Спам', mn: 'Спам' }),
  trash: label({ en: 'Trash', zh: '回收站', ru: 'Корзина', kk: 'Қоқыс', mn: 'Хогийн сав' }),
}

/**
 * The commenter's words: moderators approve or refuse them and never change them (an admin may,
 * e.g. to remove a phone number). The name stays correctable (the access matrix's moderator edit).
 */
const readersWords = { update: isAdminField }

const privateField = { read: isModeratorField, update: () => false, create: () => false }

/** Bookkeeping of the submission service, never a moderator's business: kept out of bulk edit, list columns and filters. */
const internal = { disableBulkEdit: true, disableListColumn: true, disableListFilter: true } as const
/** Written by the service or the moderation hook only: shown, filterable, never bulk-edited. */
const recorded = { readOnly: true, disableBulkEdit: true } as const

/**
 * Readers never write here directly: the comment submission service validates, checks for
 * spam and creates the document with the local API. Everyone but moderators sees approved
 * comments only, and never the commenter's email or IP hash.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: label({ en: 'Comment', zh: '评论', ru: 'Комментарий', kk: 'Пікір', mn: 'Сэтгэгдэл' }),
    plural: label({ en: 'Comments', zh: '评论', ru: 'Комментарии', kk: 'Пікірлер', mn: 'Сэтгэгдлүүд' }),
  },
  admin: {
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    useAsTitle: 'authorName',
    defaultColumns: ['status', 'authorName', 'body', 'language', 'article', 'flagged', 'lastReason', 'createdAt'],
    listSearchableFields: ['body', 'authorName'],
    group: groups.readers,
    description: label({
      en: 'The moderation queue: pending comments first. Select several to approve, mark as spam or trash them at once.',
      zh: '审核队列：待审核的评论排在最前。可多选后批量批准、标记为垃圾评论或移入回收站。',
      ru: 'Очередь модерации: сначала комментарии на модерации. Выберите несколько, чтобы сразу одобрить их, отметить как спам или отправить в корзину.',
      kk: 'Модерация кезегі: алдымен қаралудағы пікірлер. Бірнешеуін таңдап, бірден мақұлдауға, спам деп белгілеуге немесе қоқысқа жіберуге болады.',
      mn: 'Хянах дараалал: хүлээгдэж буй сэтгэгдэл эхэндээ. Хэд хэдийг сонгож нэг дор зөвшөөрөх, спам гэж тэмдэглэх, хогийн сав руу хийх боломжтой.',
    }),
    components: {
      beforeListTable: ['/src/admin/ModerationTabs#ModerationTabs', '/src/admin/ModerationActions#ModerationActions'],
    },
  },
  defaultSort: ['queueOrder', '-createdAt'],
  // The duplicate rule asks, for every submission, whether this article already has this text:
  // without the index that read every comment of the article (10,000 for a busy story).
  indexes: [{ fields: ['article', 'body'] }],
  access: {
    read: commentsVisibleTo,
    create: isAdmin,
    update: moderatorOfLanguage,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [recordModeration],
    afterChange: [revalidateCommentedArticle, notifyAboutComment],
    afterDelete: [revalidateDeletedComment],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: commentStatuses.map((status) => ({ label: commentStatusLabels[status], value: status })),
      label: label({ en: 'Status', zh: '状态', ru: 'Статус', kk: 'Күйі', mn: 'Төлөв' }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderationReason',
      type: 'text',
      label: label({
        en: 'Reason for this decision (optional)',
        zh: '处理理由（可选）',
        ru: 'Причина решения (необязательно)',
        kk: 'Шешімнің себебі (міндетті емес)',
        mn: 'Шийдвэрийн шалтгаан (заавал биш)',
      }),
      access: { read: isModeratorField },
      admin: {
        position: 'sidebar',
        description: label({
          en: 'Saved with your decision in the moderation history below and shown in the list’s “Reason given” column.',
          zh: '随处理结果保存在下方的审核记录中，并显示在列表的“处理理由”一栏。',
          ru: 'Сохраняется вместе с решением в истории модерации ниже и показывается в столбце списка «Причина решения».',
          kk: 'Шешіммен бірге төмендегі модерация тарихында сақталады және тізімдегі «Шешімнің себебі» бағанында көрсетіледі.',
          mn: 'Шийдвэртэй хамт доорх хяналтын түүхэнд хадгалагдаж, жагсаалтын «Шийдвэрийн шалтгаан» баганад харагдана.',
        }),
      },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: label({ en: 'Article', zh: '文章', ru: 'Статья', kk: 'Мақала', mn: 'Нийтлэл' }),
      admin: {
        ...recorded,
        components: {
          Cell: '/src/admin/CommentArticleCell#CommentArticleCell',
          Field: '/src/admin/CommentArticleCell#CommentArticleField',
        },
      },
    },
    {
      // A warning before approving a reply whose parent readers cannot see (no column: a ui field stores nothing).
      name: 'replyToHiddenComment',
      type: 'ui',
      label: label({
        en: 'Reply to a comment readers cannot see',
        zh: '回复读者看不到的评论',
        ru: 'Ответ на комментарий, скрытый от читателей',
        kk: 'Оқырмандар көрмейтін пікірге жауап',
        mn: 'Уншигчдад харагдахгүй сэтгэгдэлд өгсөн хариу',
      }),
      admin: { components: { Field: '/src/admin/ReplyToHiddenComment#ReplyToHiddenComment' }, disableListColumn: true },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      label: label({
        en: 'In reply to',
        zh: '回复对象',
        ru: 'В ответ на комментарий',
        kk: 'Жауап берілген пікір',
        mn: 'Хариу бичигдсэн сэтгэгдэл',
      }),
      admin: { ...recorded },
    },
    {
      name: 'depth',
      type: 'number',
      defaultValue: 0,
      label: label({
        en: 'Reply depth',
        zh: '回复层级',
        ru: 'Уровень ответа',
        kk: 'Жауап деңгейі',
        mn: 'Хариуны түвшин',
      }),
      admin: { hidden: true, ...internal },
    },
    languageSelect({
      name: 'language',
      required: true,
      index: true,
      label: label({ en: 'Language', zh: '语言', ru: 'Язык', kk: 'Тілі', mn: 'Хэл' }),
    }),
    {
      // Set when the commenter asked for erasure: name, email, website and text are gone, the thread stays.
      name: 'erased',
      type: 'checkbox',
      defaultValue: false,
      label: label({
        en: 'Erased at the commenter’s request',
        zh: '应评论者要求已删除',
        ru: 'Удалён по просьбе автора',
        kk: 'Автордың өтінішімен жойылды',
        mn: 'Зохиогчийн хүсэлтээр устгасан',
      }),
      admin: { position: 'sidebar', ...recorded },
    },
    {
      name: 'authorName',
      type: 'text',
      // The service counts characters; Payload counts UTF-16 units, two for an emoji or a rare Han character.
      maxLength: commentLimits.nameMax * 2,
      label: label({ en: 'Name', zh: '姓名', ru: 'Имя', kk: 'Аты', mn: 'Нэр' }),
    },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      access: { read: isModeratorField, update: isModeratorField },
      label: label({
        en: 'Email (private)',
        zh: '电子邮箱（不公开）',
        ru: 'Эл. почта (скрыта)',
        kk: 'Эл. пошта (жасырын)',
        mn: 'И-мэйл (нууц)',
      }),
    },
    {
      name: 'website',
      type: 'text',
      maxLength: 200,
      label: label({ en: 'Website', zh: '网站', ru: 'Сайт', kk: 'Сайт', mn: 'Вэб сайт' }),
    },
    {
      name: 'body',
      access: readersWords,
      type: 'textarea',
      maxLength: commentLimits.bodyMax * 2,
      label: label({ en: 'Comment', zh: '评论', ru: 'Комментарий', kk: 'Пікір', mn: 'Сэтгэгдэл' }),
    },
    {
      name: 'notify',
      type: 'checkbox',
      defaultValue: false,
      access: { read: isModeratorField },
      label: label({
        en: 'Wants email on approval and replies',
        zh: '希望收到审核与回复通知',
        ru: 'Просит уведомлять по почте',
        kk: 'Пошта арқылы хабарлауды сұрайды',
        mn: 'И-мэйлээр мэдэгдэл авах',
      }),
    },
    {
      name: 'flagged',
      type: 'checkbox',
      defaultValue: false,
      access: { read: isModeratorField },
      label: label({
        en: 'Flagged by the filters',
        zh: '被过滤器标记',
        ru: 'Отмечен фильтрами',
        kk: 'Сүзгілер белгіледі',
        mn: 'Шүүлтүүр тэмдэглэсэн',
      }),
      admin: {
        position: 'sidebar',
        ...recorded,
        // In the list: which checks raised it, in words, rather than a raw true/false.
        components: { Cell: '/src/admin/FilterVerdicts#FilterVerdicts' },
      },
    },
    {
      name: 'reportCount',
      type: 'number',
      defaultValue: 0,
      access: { read: isModeratorField },
      label: label({
        en: 'Reader reports',
        zh: '读者举报',
        ru: 'Жалобы читателей',
        kk: 'Оқырман шағымдары',
        mn: 'Уншигчийн гомдол',
      }),
      admin: { position: 'sidebar', ...recorded },
    },
    {
      name: 'reports',
      type: 'array',
      access: { read: isModeratorField },
      label: label({
        en: 'Report details',
        zh: '举报详情',
        ru: 'Подробности жалоб',
        kk: 'Шағымдар туралы мәлімет',
        mn: 'Гомдлын дэлгэрэнгүй',
      }),
      labels: {
        singular: label({ en: 'Report', zh: '举报', ru: 'Жалоба', kk: 'Шағым', mn: 'Гомдол' }),
        plural: label({ en: 'Reports', zh: '举报', ru: 'Жалобы', kk: 'Шағымдар', mn: 'Гомдлууд' }),
      },
      admin: { ...recorded },
      fields: [
        {
          name: 'reason',
          type: 'text',
          label: label({ en: 'Reason', zh: '理由', ru: 'Причина', kk: 'Себебі', mn: 'Шалтгаан' }),
        },
        {
          name: 'reporter',
          type: 'text',
          label: label({
            en: 'Reported by',
            zh: '举报人',
            ru: 'Кто пожаловался',
            kk: 'Шағымданған',
            mn: 'Гомдол гаргасан',
          }),
        },
        {
          name: 'at',
          type: 'date',
          label: label({ en: 'When', zh: '时间', ru: 'Когда', kk: 'Уақыты', mn: 'Хугацаа' }),
          admin: { date: adminDatePicker },
        },
      ],
    },
    {
      name: 'moderation',
      type: 'array',
      access: { read: isModeratorField },
      label: label({
        en: 'Moderation history',
        zh: '审核记录',
        ru: 'История модерации',
        kk: 'Модерация тарихы',
        mn: 'Хяналтын түүх',
      }),
      labels: {
        singular: label({ en: 'Decision', zh: '处理', ru: 'Решение', kk: 'Шешім', mn: 'Шийдвэр' }),
        plural: label({ en: 'Decisions', zh: '处理', ru: 'Решения', kk: 'Шешімдер', mn: 'Шийдвэрүүд' }),
      },
      admin: { ...recorded },
      fields: [
        {
          name: 'action',
          type: 'select',
          options: commentStatuses.map((s) => ({ label: commentStatusLabels[s], value: s })),
          label: label({ en: 'Status given', zh: '处理结果', ru: 'Решение', kk: 'Шешімі', mn: 'Шийдвэр' }),
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: label({ en: 'Moderator', zh: '审核员', ru: 'Модератор', kk: 'Модератор', mn: 'Модератор' }),
        },
        {
          name: 'at',
          type: 'date',
          label: label({ en: 'When', zh: '时间', ru: 'Когда', kk: 'Уақыты', mn: 'Хугацаа' }),
          admin: { date: adminDatePicker },
        },
        {
          name: 'reason',
          type: 'text',
          label: label({ en: 'Reason', zh: '理由', ru: 'Причина', kk: 'Себебі', mn: 'Шалтгаан' }),
        },
      ],
    },
    {
      // The list column with the reason given for the latest decision (a ui field stores nothing).
      name: 'lastReason',
      type: 'ui',
      label: label({
        en: 'Reason given',
        zh: '处理理由',
        ru: 'Причина решения',
        kk: 'Шешімнің себебі',
        mn: 'Шийдвэрийн шалтгаан',
      }),
      admin: { components: { Cell: '/src/admin/LastModerationReason#LastModerationReason' } },
    },
    {
      name: 'spamSignals',
      type: 'json',
      access: { read: isModeratorField },
      label: label({
        en: 'Spam checks',
        zh: '垃圾评论检查',
        ru: 'Проверки на спам',
        kk: 'Спам тексерулері',
        mn: 'Спам шалгалт',
      }),
      // Shown as text: Payload's JSON editor (Monaco) would load from a public CDN. The checks' raw
      // record is the submission service's bookkeeping: on the comment's page, never a column or filter.
      admin: {
        ...recorded,
        disableListColumn: true,
        disableListFilter: true,
        components: { Field: '/src/admin/JsonText#JsonText' },
      },
    },
    {
      name: 'ipHash',
      type: 'text',
      index: true,
      access: privateField,
      label: label({
        en: 'Reader’s address (hashed)',
        zh: '读者 IP 地址（哈希）',
        ru: 'IP-адрес читателя (хеш)',
        kk: 'Оқырманның IP мекенжайы (хэш)',
        mn: 'Уншигчийн IP хаяг (хэш)',
      }),
      admin: { readOnly: true, ...internal },
    },
    {
      name: 'submissionKey',
      type: 'text',
      unique: true,
      access: privateField,
      label: label({
        en: 'Submission key',
        zh: '提交标识',
        ru: 'Ключ отправки',
        kk: 'Жіберу кілті',
        mn: 'Илгээлтийн түлхүүр',
      }),
      admin: { hidden: true, ...internal },
    },
    {
      name: 'queueOrder',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: label({
        en: 'Place in the queue',
        zh: '队列顺序',
        ru: 'Место в очереди',
        kk: 'Кезектегі орны',
        mn: 'Дараалал дахь байр',
      }),
      admin: { hidden: true, ...internal },
    },
  ],
}
