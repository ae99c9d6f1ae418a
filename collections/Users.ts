import type { CollectionConfig } from 'payload'

import { env } from '@/env'
import { isAdmin, isAdminField } from './access/isAdmin'
import { isStaffUser, roles } from './access/roles'
import { selfOrAdmin } from './access/selfOrAdmin'
import { label, roleLabels } from './labels'
import { languageSelect } from './fields/languageSelect'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label({ en: 'User', zh: '用户', ru: 'Пользователь', kk: 'Пайдаланушы', mn: 'Хэрэглэгч' }),
    plural: label({ en: 'Users', zh: '用户', ru: 'Пользователи', kk: 'Пайдаланушылар', mn: 'Хэрэглэгчид' }),
  },
  auth: {
    // Payload's own lockout: five wrong passwords lock the account for ten minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: env.secureCookies },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: label({ en: 'Administration', zh: '管理', ru: 'Администрирование', kk: 'Басқару', mn: 'Удирдлага' }),
  },
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    read: selfOrAdmin,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label({ en: 'Name', zh: '姓名', ru: 'Имя', kk: 'Аты-жөні', mn: 'Нэр' }),
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      access: { create: isAdminField, update: isAdminField },
      label: label({ en: 'Roles', zh: '角色', ru: 'Роли', kk: 'Рөлдері', mn: 'Үүрэг' }),
    },
    languageSelect({
      name: 'translatorLocales',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      label: label({
        en: 'Translates into',
        zh: '可翻译的语言',
        ru: 'Переводит на',
        kk: 'Аударатын тілдері',
        mn: 'Орчуулах хэлүүд',
      }),
      admin: { condition: (data) => Boolean(data?.roles?.includes('translator')) },
    }),
    languageSelect({
      name: 'moderatorLocales',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      label: label({
        en: 'Moderates comments in',
        zh: '负责审核的语言',
        ru: 'Модерирует комментарии на',
        kk: 'Пікірлерді модерациялайтын тілдері',
        mn: 'Сэтгэгдэл хянах хэлүүд',
      }),
      admin: {
        condition: (data) => Boolean(data?.roles?.includes('moderator')),
        description: label({
          en: 'Empty means every language.',
          zh: '留空表示所有语言。',
          ru: 'Пусто — все языки.',
          kk: 'Бос болса — барлық тілдер.',
          mn: 'Хоосон бол бүх хэл.',
        }),
      },
    }),
  ],
}
