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
  replyToHiddenComment: 'This is a reply to a comment readers cannot see (it is waiting for moderation, marked as spam or in the trash). If you approve the reply, readers see it under “{{removed}}”, without the comment it answers.',
} as const

export type NewsroomMessageKey = keyof typeof en
type NewsroomStrings = Record<NewsroomMessageKey, string>

export const newsroomAdminStrings: Record<AdminLanguage, NewsroomStrings> = {
  en,
  zh: {
    translatorMayNotPublish: '译者不能发布：请保存译文并标记为待审校。',
    replyToHiddenComment: '这是对一条读者看不到的评论的回复（该评论待审核、被标记为垃圾评论或已移入回收站）。通过这条回复后，读者会在“{{removed}}”下方看到它，但看不到它所回复的评论。',
  },
  ru: {
    translatorMayNotPublish: 'Переводчик не может публиковать: сохраните перевод и отметьте его как готовый к проверке.',
    replyToHiddenComment: 'Это ответ на комментарий, который читатели не видят (он ждёт модерации, отмечен как спам или в корзине). Если одобрить ответ, читатели увидят его под пометкой «{{removed}}», без комментария, на который он отвечает.',
  },
  kk: {
    translatorMayNotPublish: 'Аудармашы жариялай алмайды: аударманы сақтап, тексеруге дайын деп белгілеңіз.',
    replyToHiddenComment: 'Бұл — оқырмандар көрмейтін пікірге жазылған жауап (ол пікір тексеруді күтуде, спам деп белгіленген немесе себетте). Жауапты мақұлдасаңыз, оқырмандар оны «{{removed}}» деген жолдың астында, жауап берілген пікірсіз көреді.',
  },
  mn: {
    translatorMayNotPublish: 'Орчуулагч нийтлэх эрхгүй: орчуулгаа хадгалаад хянуулахад бэлэн гэж тэмдэглэнэ үү.',
    replyToHiddenComment: 'Энэ бол уншигчдад харагдахгүй сэтгэгдэлд бичсэн хариулт (тэр сэтгэгдэл хянагдахыг хүлээж буй, спам гэж тэмдэглэгдсэн эсвэл хогийн саванд байна). Хариултыг зөвшөөрвөл уншигчид үүнийг хариулсан сэтгэгдэлгүйгээр «{{removed}}» гэсэн мөрийн доор харна.',
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
