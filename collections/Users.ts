import type { CollectionConfig } from 'payload'

import { env } from '@/env'
import { isAdmin, isAdminField } from './access/isAdmin'
import { isStaffUser, roles } from './access/roles'
import { selfOrAdmin, selfOrAdminField, staffSeeColleagues } from './access/selfOrAdmin'
import { label, roleLabels } from './labels'
import { languageSelect } from './fields/languageSelect'
import { startWhereTheUserWorks } from './hooks/startWhereTheUserWorks'
import { adminLanguageCodes, adminLanguages } from '@/i18n/adminLanguages'

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
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    // A person is named by their name: in document locks ("… is editing") and wherever an account is shown.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: label({ en: 'Administration', zh: '管理', ru: 'Администрирование', kk: 'Басқару', mn: 'Удирдлага' }),
  },
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    // Colleagues' names only (the lock message names who is editing); the email is `selfOrAdminField`.
    read: staffSeeColleagues,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { afterLogin: [startWhereTheUserWorks] },
  fields: [
    // Payload's own email field, with its read limited to the account's holder and admins.
    {
      name: 'email',
      type: 'email',
      access: { read: selfOrAdminField },
      label: label({ en: 'Email', zh: '电子邮箱', ru: 'Эл. почта', kk: 'Электрондық пошта', mn: 'Имэйл' }),
    },
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
    languageSelect({
      name: 'writesIn',
      access: { read: selfOrAdminField },
      label: label({ en: 'Writes in', zh: '写作语言', ru: 'Пишет на', kk: 'Жазатын тілі', mn: 'Бичдэг хэл' }),
      admin: {
        condition: (data) => Boolean(data?.roles?.some((role: string) => role === 'editor' || role === 'admin')),
        description: label({
          en: 'The admin opens in this language at sign-in. Empty: English.',
          zh: '登录后后台以此语言打开。留空：英文。',
          ru: 'После входа админка открывается на этом языке. Пусто — английский.',
          kk: 'Кіргеннен кейін әкімшілік бөлім осы тілде ашылады. Бос болса — ағылшын тілі.',
          mn: 'Нэвтэрсний дараа удирдлагын хэсэг энэ хэлээр нээгдэнэ. Хоосон бол англи хэл.',
        }),
      },
    }),
    {
      // The interface language, saved on the account (README): Payload's own switch on the account
      // page sets it (src/admin/AccountLanguage.tsx saves it here); sign-in applies it.
      name: 'adminLanguage',
      type: 'select',
      access: { read: selfOrAdminField },
      options: adminLanguageCodes.map((code) => ({
        label: adminLanguages[code].translations.general?.thisLanguage ?? code,
        value: code,
      })),
      label: label({
        en: 'Interface language',
        zh: '界面语言',
        ru: 'Язык интерфейса',
        kk: 'Интерфейс тілі',
        mn: 'Интерфейсийн хэл',
      }),
      admin: { hidden: true },
    },
  ],
}
