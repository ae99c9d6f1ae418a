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
  slugUnusable: 'This address has no Latin letters or digits left to use in a web address. Type one, or leave it empty to make it from the headline.',
  invisibleCharacter: 'Contains an invisible control character ({{character}}), often pasted from a word processor. Delete it and save again.',
} as const

export type NewsroomMessageKey = keyof typeof en
type NewsroomStrings = Record<NewsroomMessageKey, string>

export const newsroomAdminStrings: Record<AdminLanguage, NewsroomStrings> = {
  en,
  zh: {
    translatorMayNotPublish: '译者不能发布：请保存译文并标记为待审校。',
    slugUnusable: '该网址别名中没有可用于网址的拉丁字母或数字。请重新输入，或留空以根据标题自动生成。',
    invisibleCharacter: '含有不可见的控制字符（{{character}}），常见于从文字处理软件粘贴的文本。请删除后重新保存。',
  },
  ru: {
    translatorMayNotPublish: 'Переводчик не может публиковать: сохраните перевод и отметьте его как готовый к проверке.',
    slugUnusable: 'В этом адресе не осталось латинских букв или цифр для веб-адреса. Введите другой или оставьте поле пустым, чтобы создать его из заголовка.',
    invisibleCharacter: 'Содержит невидимый управляющий символ ({{character}}), обычно он попадает при вставке из текстового редактора. Удалите его и сохраните снова.',
  },
  kk: {
    translatorMayNotPublish: 'Аудармашы жариялай алмайды: аударманы сақтап, тексеруге дайын деп белгілеңіз.',
    slugUnusable: 'Бұл мекенжайда веб-мекенжайға жарайтын латын әрпі не цифр қалмады. Басқасын жазыңыз немесе тақырыптан жасалуы үшін бос қалдырыңыз.',
    invisibleCharacter: 'Көзге көрінбейтін басқару таңбасы бар ({{character}}), әдетте мәтін өңдегіштен көшіргенде түседі. Оны өшіріп, қайта сақтаңыз.',
  },
  mn: {
    translatorMayNotPublish: 'Орчуулагч нийтлэх эрхгүй: орчуулгаа хадгалаад хянуулахад бэлэн гэж тэмдэглэнэ үү.',
    slugUnusable: 'Энэ хаягт вэб хаягт ашиглах латин үсэг, тоо үлдсэнгүй. Өөр хаяг бичих эсвэл гарчгаас үүсгэхийн тулд хоосон үлдээнэ үү.',
    invisibleCharacter: 'Харагдахгүй удирдах тэмдэгт ({{character}}) агуулж байна, ихэвчлэн текст засварлагчаас хуулахад орж ирдэг. Үүнийг устгаад дахин хадгална уу.',
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
