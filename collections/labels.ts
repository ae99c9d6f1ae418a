import { resources } from '../locales'
import { languageLabel as languageNames } from '@/i18n/languageNames'
import { type Locale, locales } from '@/i18n/locales'

/** Admin-panel labels in every language the admin speaks; English is the fallback Payload shows. */
export type AdminLabel = { en: string; zh: string; ru: string; kk: string; mn: string }

export const label = (text: AdminLabel): AdminLabel => text

/** Admin sidebar groups, named once. */
export const groups = {
  newsroom: label({ en: 'Newsroom', zh: '编辑部', ru: 'Редакция', kk: 'Редакция', mn: 'Редакц' }),
  readers: label({ en: 'Readers', zh: '读者', ru: 'Читатели', kk: 'Оқырмандар', mn: 'Уншигчид' }),
}

type SiteStrings = (typeof resources)['en']

/**
 * A label in the public site's own wording (locales/<lng>/*.json), so the admin and the site name
 * a thing the same way: `siteLabel((s) => s.organization.kind.university)`.
 */
export const siteLabel = (pick: (strings: SiteStrings) => string): AdminLabel => ({
  en: pick(resources.en),
  zh: pick(resources.zh as SiteStrings),
  ru: pick(resources.ru as SiteStrings),
  kk: pick(resources.kk as SiteStrings),
  mn: pick(resources.mn as SiteStrings),
})

/** The staff roles, as people see them in the admin (the codes are in access/roles.ts). */
export const roleLabels = {
  admin: label({ en: 'Administrator', zh: '管理员', ru: 'Администратор', kk: 'Әкімші', mn: 'Админ' }),
  editor: label({ en: 'Editor', zh: '编辑', ru: 'Редактор', kk: 'Редактор', mn: 'Редактор' }),
  translator: label({ en: 'Translator', zh: '译者', ru: 'Переводчик', kk: 'Аудармашы', mn: 'Орчуулагч' }),
  moderator: label({ en: 'Moderator', zh: '审核员', ru: 'Модератор', kk: 'Модератор', mn: 'Модератор' }),
}

/** A content language's name in each admin language (CLDR): kk «Ағылшын тілі», mn «Англи хэл». */
export const languageLabel = (code: Locale): AdminLabel => languageNames(code)

/** The options of every "which language" select: one per content language, named in the admin's language. */
export const languageOptions = locales.map((l) => ({ label: languageLabel(l.code), value: l.code }))
