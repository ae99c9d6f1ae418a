/**
 * Where Payload's own Chinese and Russian admin strings disagree with our glossary
 * (src/i18n/glossary.ts), the glossary's wording, deep-merged over Payload's by
 * src/i18n/adminLanguages.ts. Keys and placeholders are Payload's (checked by
 * tests/unit/admin-i18n.test.ts); tests/unit/glossary.test.ts reads the merged result.
 *
 * - zh: Payload says 语言环境 / 区域设置 ("locale settings") for a content language; the glossary's
 *   term is 语言. «在英语中取消发布» reads "unpublish inside English", so the language goes in brackets.
 * - ru: Payload says «локаль» (developer jargon, banned like kk/mn «локаль», review §4) and mixes
 *   «снять с публикации» into messages whose button reads «Отменить публикацию»; the glossary follows
 *   the button. «на {{locale}}» gave «на Английский»: the language goes after a colon.
 * - both: the account page's heading named the framework («Настройки Payload», «Payload 设置»), and
 *   Russian wrote "Email" in Latin letters.
 */
export const zhAdminOverrides = {
  error: {
    localesNotSaved_one: '以下语言版本未能保存：',
    localesNotSaved_other: '以下语言版本未能保存：',
  },
  general: {
    allLocales: '所有语言',
    fallbackToDefaultLocale: '回退到默认语言',
    locale: '语言',
    locales: '语言',
    payloadSettings: '后台设置',
  },
  localization: {
    cannotCopySameLocale: '不能复制到同一种语言',
    copyToLocale: '复制到其他语言',
    localeToPublish: '要发布的语言',
    selectedLocales: '已选语言',
    selectLocaleToCopy: '选择要复制到的语言',
    selectLocaleToDuplicate: '选择要复制的语言',
  },
  version: {
    aboutToUnpublishIn: '您即将取消发布此文档的{{locale}}版本。确定吗？',
    publishAllLocales: '发布所有语言版本',
    publishIn: '发布（{{locale}}）',
    selectLocales: '选择要显示的语言',
    showLocales: '显示语言：',
    unpublishIn: '取消发布（{{locale}}）',
  },
}

export const ruAdminOverrides = {
  authentication: {
    emailSent: 'Письмо отправлено',
    verifyYourEmail: 'Подтвердите адрес электронной почты',
  },
  error: {
    localesNotSaved_one: 'Не удалось сохранить следующий язык:',
    localesNotSaved_other: 'Не удалось сохранить следующие языки:',
    missingEmail: 'Не указан адрес электронной почты.',
  },
  general: {
    allLocales: 'Все языки',
    email: 'Электронная почта',
    emailAddress: 'Адрес электронной почты',
    payloadSettings: 'Настройки панели администрирования',
    fallbackToDefaultLocale: 'Подставлять язык по умолчанию, если перевода нет',
    locale: 'Язык',
    locales: 'Языки',
  },
  localization: {
    cannotCopySameLocale: 'Нельзя копировать в ту же языковую версию',
    copyToLocale: 'Копировать в другую языковую версию',
    localeToPublish: 'Язык для публикации',
    selectedLocales: 'Выбранные языки',
    selectLocaleToCopy: 'Выберите языковую версию, в которую копировать',
    selectLocaleToDuplicate: 'Выберите языки для дублирования',
  },
  version: {
    aboutToUnpublishIn: 'Вы собираетесь отменить публикацию этого документа (язык: {{locale}}). Вы уверены?',
    publishAllLocales: 'Опубликовать на всех языках',
    publishIn: 'Опубликовать: {{locale}}',
    selectLocales: 'Выберите языки для отображения',
    showLocales: 'Показать языки:',
    unpublishIn: 'Отменить публикацию: {{locale}}',
    unpublishedSuccessfully: 'Публикация отменена.',
  },
}
