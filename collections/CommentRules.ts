import type { GlobalConfig } from 'payload'

import { locales } from '../src/i18n/locales'
import { isAdmin } from './access/isAdmin'
import { isModerator } from './access/isModerator'
import { groups, label } from './labels'

/** Spam and abuse rules admins keep up to date in the admin panel, per language. */
export const CommentRules: GlobalConfig = {
  slug: 'comment-rules',
  label: label({
    en: 'Comment rules',
    zh: '评论规则',
    ru: 'Правила комментариев',
    kk: 'Пікір ережелері',
    mn: 'Сэтгэгдлийн дүрэм',
  }),
  admin: { group: groups.readers },
  access: { read: isModerator, update: isAdmin },
  fields: [
    {
      name: 'wordLists',
      type: 'array',
      label: label({
        en: 'Word lists by language',
        zh: '各语言词表',
        ru: 'Списки слов по языкам',
        kk: 'Тілдер бойынша сөз тізімдері',
        mn: 'Хэл тус бүрийн үгийн жагсаалт',
      }),
      fields: [
        {
          name: 'language',
          type: 'select',
          required: true,
          options: locales.map((l) => ({ label: l.name, value: l.code })),
        },
        {
          name: 'banned',
          type: 'textarea',
          admin: { description: 'One word or phrase per line. A comment containing one is stored as spam.' },
        },
        {
          name: 'suspect',
          type: 'textarea',
          admin: { description: 'One per line. A comment containing one waits for a moderator and is flagged.' },
        },
      ],
    },
    { name: 'reportsToRequeue', type: 'number', defaultValue: 3, min: 1, admin: { description: 'Reader reports that send an approved comment back to the queue.' } },
    { name: 'perIpPer10Minutes', type: 'number', defaultValue: 5, min: 1 },
    { name: 'perEmailPerHour', type: 'number', defaultValue: 10, min: 1 },
  ],
}
