import type { AdminLanguage } from '../adminLanguages'

/**
 * The newsroom's own admin strings (refusals, notices, labels our components draw), one table per
 * admin language, merged into Payload's translations under the `newsroom` namespace
 * (`i18n.translations` in payload.config.ts). On the server read them with
 * `newsroomMessage(req, key, vars)`; in a client component with `useTranslation().t('newsroom:key')`.
 * Placeholders are written `{{name}}`, as in Payload's own strings.
 */
const en = {
  translatorMayNotPublish: 'Translators cannot publish: save the translation and mark it ready for review.',
  languagesReadersSee: 'What readers see in each language',
  languageStatesStaffOnly: 'Only newsroom staff can see the state of each language: sign in to the admin.',
  stateSource: 'original, published',
  stateMissing: 'missing',
  stateInProgress: 'in progress',
  stateReady: 'ready for review',
  statePublished: 'published',
  stateOutdated: 'published, outdated: the original changed since',
  stateUnpublished: 'not published: readers do not see it',
} as const

export type NewsroomMessageKey = keyof typeof en
type NewsroomStrings = Record<NewsroomMessageKey, string>

export const newsroomAdminStrings: Record<AdminLanguage, NewsroomStrings> = {
  en,
  zh: {
    translatorMayNotPublish: '译者不能发布：请保存译文并标记为待审校。',
    languagesReadersSee: '读者在各语言中看到的内容',
    languageStatesStaffOnly: '只有编辑部成员才能查看各语言的状态：请登录后台。',
    stateSource: '原文，已发布',
    stateMissing: '未翻译',
    stateInProgress: '翻译中',
    stateReady: '待审校',
    statePublished: '已发布',
    stateOutdated: '已发布，已过时：原文此后有改动',
    stateUnpublished: '未发布：读者看不到',
  },
  ru: {
    translatorMayNotPublish: 'Переводчик не может публиковать: сохраните перевод и отметьте его как готовый к проверке.',
    languagesReadersSee: 'Что видят читатели на каждом языке',
    languageStatesStaffOnly: 'Состояние языков видят только сотрудники редакции: войдите в админку.',
    stateSource: 'оригинал, опубликован',
    stateMissing: 'нет перевода',
    stateInProgress: 'в работе',
    stateReady: 'готов к проверке',
    statePublished: 'опубликован',
    stateOutdated: 'опубликован, устарел: оригинал с тех пор изменился',
    stateUnpublished: 'не опубликован: читатели его не видят',
  },
  kk: {
    translatorMayNotPublish: 'Аудармашы жариялай алмайды: аударманы сақтап, тексеруге дайын деп белгілеңіз.',
    languagesReadersSee: 'Оқырмандар әр тілде не көреді',
    languageStatesStaffOnly: 'Әр тілдің күйін тек редакция қызметкерлері көреді: әкімші панеліне кіріңіз.',
    stateSource: 'түпнұсқа, жарияланды',
    stateMissing: 'аударма жоқ',
    stateInProgress: 'аударылуда',
    stateReady: 'тексеруге дайын',
    statePublished: 'жарияланды',
    stateOutdated: 'жарияланды, ескірген: содан бері түпнұсқа өзгерді',
    stateUnpublished: 'жарияланбаған: оқырмандар көрмейді',
  },
  mn: {
    translatorMayNotPublish: 'Орчуулагч нийтлэх эрхгүй: орчуулгаа хадгалаад хянуулахад бэлэн гэж тэмдэглэнэ үү.',
    languagesReadersSee: 'Уншигчид хэл тус бүрээр юу хардаг',
    languageStatesStaffOnly: 'Хэл бүрийн төлөвийг зөвхөн редакцийн ажилтнууд харна: админд нэвтэрнэ үү.',
    stateSource: 'эх, нийтлэгдсэн',
    stateMissing: 'орчуулга байхгүй',
    stateInProgress: 'орчуулж байна',
    stateReady: 'хянахад бэлэн',
    statePublished: 'нийтлэгдсэн',
    stateOutdated: 'нийтлэгдсэн, хуучирсан: түүнээс хойш эх бичвэр өөрчлөгдсөн',
    stateUnpublished: 'нийтлэгдээгүй: уншигчид харахгүй',
  },
}

/** Payload's `i18n.translations`: our strings under the `newsroom` namespace for every admin language. */
export const newsroomTranslations = Object.fromEntries(
  Object.entries(newsroomAdminStrings).map(([language, strings]) => [language, { newsroom: strings }]),
) as Record<AdminLanguage, { newsroom: NewsroomStrings }>

type RequestWithI18n = { i18n?: { language?: string } } | undefined | null

/**
 * One newsroom admin string in the language of the request's admin user (`req.i18n.language`,
 * which Payload sets from the user's saved language or the browser), English when the request has
 * none. `vars` fill `{{name}}` placeholders. Returns plain text, never a key.
 */
export function newsroomMessage(req: RequestWithI18n, key: NewsroomMessageKey, vars: Record<string, string | number> = {}): string {
  const language = (req?.i18n?.language ?? 'en') as AdminLanguage
  const template = (newsroomAdminStrings[language] ?? en)[key] ?? en[key]
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}
