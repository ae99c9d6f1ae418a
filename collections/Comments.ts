import type { CollectionConfig } from 'payload'

import { locales } from '../src/i18n/locales'
import { isAdmin } from './access/isAdmin'
import { isModerator, isModeratorField } from './access/isModerator'
import { hasRole } from './access/roles'
import { label } from './labels'

export const commentStatuses = ['pending', 'approved', 'spam', 'trash'] as const

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
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'body', 'language', 'status', 'article', 'createdAt'],
    group: label({ en: 'Readers', zh: '读者', ru: 'Читатели', kk: 'Оқырмандар', mn: 'Уншигчид' }),
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => (hasRole(req.user, 'admin', 'moderator') ? true : { status: { equals: 'approved' } }),
    create: isAdmin,
    update: isModerator,
    delete: isAdmin,
  },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'parent', type: 'relationship', relationTo: 'comments', index: true },
    {
      name: 'language',
      type: 'select',
      required: true,
      index: true,
      options: locales.map((l) => ({ label: l.name, value: l.code })),
    },
    { name: 'authorName', type: 'text', required: true, maxLength: 80 },
    {
      name: 'authorEmail',
      type: 'email',
      required: true,
      access: { read: isModeratorField, update: isModeratorField },
    },
    { name: 'website', type: 'text', maxLength: 200 },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: commentStatuses.map((status) => ({ label: status, value: status })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderation',
      type: 'array',
      access: { read: isModeratorField },
      admin: { readOnly: true },
      fields: [
        { name: 'action', type: 'select', options: commentStatuses.map((s) => ({ label: s, value: s })) },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date' },
        { name: 'reason', type: 'text' },
      ],
    },
    { name: 'spamSignals', type: 'json', access: { read: isModeratorField }, admin: { readOnly: true } },
    {
      name: 'ipHash',
      type: 'text',
      index: true,
      access: { read: isModeratorField, update: () => false },
      admin: { readOnly: true },
    },
  ],
}
