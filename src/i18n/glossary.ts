import type { Locale } from './locales'

/*
 * The newsroom's glossary: the one word per concept in each language, and the agreed spelling of
 * every proper name in the Altai story. This module is the one home; `locales/glossary.md` is
 * generated from it (`npx tsx scripts/glossary.ts`), and tests/unit/glossary.test.ts checks that
 * the Markdown is current, that the public interface strings (`locales/`), the admin labels of our
 * collections, `src/i18n/admin/newsroom.ts`, the admin strings Payload shows (our kk and mn,
 * Payload's zh and ru with `src/i18n/admin/payloadOverrides.ts`) and the rich-text editor's kk and mn
 * use these terms, and that the seeded story spells the names as agreed.
 *
 * Sources: the agreed term list of issue 13 and the translation review of 2026-11-30
 * (`/work/shared/reviews/translation-2026-11-30.md`, cited below as "review §n").
 */

/** A concept's one term in a language, and the wrong alternatives that must not appear. */
export type GlossaryTerm = {
  /** The term as a dictionary form (verb infinitive, noun nominative). */
  term: string
  /**
   * A piece every interface string naming the concept is built on, when inflection means the
   * dictionary form itself does not occur (e.g. the Kazakh verb stem). Defaults to `term`.
   */
  stem?: string
  /** Known wrong alternatives, matched case-insensitively as substrings. Must be absent. */
  avoid?: readonly string[]
  /**
   * Phrases that contain an avoided word in another, correct sense (e.g. 垃圾邮件夹, a mailbox's
   * spam folder, is not a spam comment); they are taken out of a string before `avoid` is checked.
   */
  otherSense?: readonly string[]
  /** Why, in a few words (shown in the Markdown). */
  note?: string
}

/** The concepts with one agreed term per language (issue 13, item 4), in the order the Markdown lists them. */
export const glossaryConcepts = [
  'article',
  'comment',
  'reply',
  'draft',
  'publish',
  'unpublish',
  'pending',
  'approve',
  'spam',
  'trash',
  'translation',
  'language',
  'moderator',
  'body',
  'web address',
] as const
export type GlossaryConcept = (typeof glossaryConcepts)[number]

/** One term per concept per language. Each `avoid` list names alternatives seen or proposed before. */
export const glossaryTerms: Record<GlossaryConcept, Record<Locale, GlossaryTerm>> = {
  article: {
    en: { term: 'article' },
    zh: { term: '文章', avoid: ['帖子'] },
    ru: { term: 'статья', stem: 'стать', avoid: ['материал'], note: '«материал» was a second word for the same thing' },
    kk: { term: 'мақала', avoid: ['статья'] },
    mn: { term: 'нийтлэл', avoid: ['өгүүлэл'] },
  },
  comment: {
    en: { term: 'comment' },
    zh: { term: '评论', avoid: ['留言'] },
    ru: { term: 'комментарий', stem: 'коммент', avoid: ['отзыв'] },
    kk: { term: 'пікір', avoid: ['түсініктеме', 'комментарий'] },
    mn: { term: 'сэтгэгдэл', stem: 'сэтгэгд', avoid: ['коммент'] },
  },
  reply: {
    en: { term: 'reply' },
    zh: { term: '回复', avoid: ['答复'] },
    ru: { term: 'ответ', stem: 'отве', avoid: ['реплика'] },
    kk: { term: 'жауап' },
    mn: {
      term: 'хариу',
      avoid: ['хариулт'],
      note: 'verb «хариулах»; «хариулт» is a second noun (review §5: "In reply to" = «Хариулт» reads "the reply")',
    },
  },
  draft: {
    en: { term: 'draft' },
    zh: { term: '草稿' },
    ru: { term: 'черновик' },
    kk: {
      term: 'жоба',
      avoid: ['қаралама', 'жарияланбаған нұсқа', 'жоба нұсқа'],
      note: 'house rule; the review (§4) proposed «қаралама» because «жоба» also means "project": not adopted, one term. «Жоба» stands alone («Ағымдағы жоба»): «жоба нұсқа» is two bare nouns (re-review K5)',
    },
    mn: { term: 'ноорог', avoid: ['драфт'] },
  },
  publish: {
    en: { term: 'publish' },
    zh: { term: '发布' },
    ru: { term: 'опубликовать', stem: 'опубликов' },
    kk: { term: 'жариялау', stem: 'жария' },
    mn: { term: 'нийтлэх', stem: 'нийтл' },
  },
  unpublish: {
    en: { term: 'unpublish' },
    zh: { term: '取消发布', avoid: ['撤回发布', '撤销发布'] },
    ru: {
      term: 'отменить публикацию',
      avoid: ['снять с публикации', 'снято с публикации', 'снят с публикации', 'снимать с публикации'],
      note: 'Payload’s own button reads «Отменить публикацию»; the glossary follows the button (re-review R2), and the two Payload messages that said «снять/снято» are overridden',
    },
    kk: { term: 'жариялаудан алу', avoid: ['жариялауды тоқтату'] },
    mn: {
      term: 'нийтлэхийг цуцлах',
      avoid: ['нийтлэлээс татах', 'нийтлэлээс буцаах'],
      note: 'review §5: «Нийтлэл» is the Articles collection, so «Нийтлэлээс татах» reads "pull out of the article"',
    },
  },
  pending: {
    en: { term: 'pending', note: 'readers see "Awaiting moderation"' },
    zh: { term: '待审核', avoid: ['等待审核', '待审批'] },
    ru: { term: 'на модерации', avoid: ['ожидает проверки', 'ждут модерации', 'ждёт модерации', 'ожидает модерации'] },
    kk: { term: 'қаралуда', avoid: ['тексеруді күт', 'тексеруін күт'] },
    mn: {
      term: 'хүлээгдэж буй',
      avoid: ['хянагдаж буй', 'хянагдахыг хүлээж', 'хяналт хүлээж'],
      note: 'review §5 found three words for one status',
    },
  },
  approve: {
    en: { term: 'approve' },
    zh: {
      term: '批准',
      avoid: ['已通过', '通过审核', '审核通过', '通过这条'],
      otherSense: ['已通过身份验证'],
      note: '已通过身份验证 (authenticated) in Payload’s own strings is not approval',
    },
    ru: { term: 'одобрить', stem: 'одобр', avoid: ['утверд'] },
    kk: { term: 'мақұлдау', stem: 'мақұлда', avoid: ['бекіт'] },
    mn: { term: 'зөвшөөрөх', stem: 'зөвшөөр', avoid: ['батлагда'], note: 'review §5: «батлагдах» was a second verb' },
  },
  spam: {
    en: { term: 'spam' },
    zh: {
      term: '垃圾评论',
      avoid: ['垃圾信息', '垃圾邮件'],
      otherSense: ['垃圾邮件夹'],
      note: '垃圾邮件夹 is the mailbox’s spam folder (password reset), not a comment status',
    },
    ru: { term: 'спам' },
    kk: { term: 'спам' },
    mn: { term: 'спам' },
  },
  trash: {
    en: { term: 'trash' },
    zh: { term: '回收站', note: 'review §2: a trashed comment is not deleted (not «已删除»)' },
    ru: { term: 'корзина' },
    kk: { term: 'қоқыс', avoid: ['себет'] },
    mn: { term: 'хогийн сав' },
  },
  translation: {
    en: { term: 'translation' },
    zh: {
      term: '译文',
      note: '译文 for a translation (one language version of a text); 翻译 only for the act of translating and in 翻译状态',
    },
    ru: { term: 'перевод' },
    kk: { term: 'аударма', avoid: ['тәржіма'] },
    mn: { term: 'орчуулга', stem: 'орчуул' },
  },
  language: {
    en: { term: 'language' },
    zh: {
      term: '语言',
      avoid: ['语言环境', '区域设置', '语言设置'],
      note: 'Payload’s own zh says 语言环境 / 区域设置; overridden in src/i18n/admin/payloadOverrides.ts',
    },
    ru: {
      term: 'язык',
      avoid: ['локал'],
      note: 'Payload’s own ru says «локаль», «локализации»; overridden in src/i18n/admin/payloadOverrides.ts',
    },
    kk: { term: 'тіл', avoid: ['локаль'], note: 'review §4: «локаль» is developer jargon' },
    mn: { term: 'хэл', avoid: ['локал'] },
  },
  moderator: {
    en: { term: 'moderator' },
    zh: { term: '审核员', avoid: ['审核人员', '版主'] },
    ru: { term: 'модератор' },
    kk: { term: 'модератор' },
    mn: { term: 'модератор' },
  },
  body: {
    en: { term: 'body', note: 'the words of a story (its body field), as against its headline or a quote' },
    zh: { term: '正文' },
    ru: { term: 'текст' },
    kk: { term: 'мәтін' },
    mn: {
      term: 'бичвэр',
      avoid: ['үндсэн текст'],
      note: 'as in «эх бичвэр» (the original); the body field is «Үндсэн бичвэр» (the label said «Үндсэн текст» while the messages said «үндсэн бичвэр»)',
    },
  },
  'web address': {
    en: { term: 'web address', note: 'a story’s or organization’s slug, the last part of its web address' },
    zh: { term: '网址', avoid: ['slug'] },
    ru: { term: 'адрес', avoid: ['slug'] },
    kk: {
      term: 'мекенжай',
      avoid: ['slug'],
      note: 'the label is «Бет мекенжайы», never with the developer word "slug"',
    },
    mn: { term: 'хаяг', avoid: ['slug'] },
  },
}

/** How sure we are of a spelling: confirmed against a named outside source, or not. */
export type Confirmation = { status: 'confirmed'; source: string } | { status: 'unconfirmed'; note: string }

/** A name's agreed form in one language, with the forms it replaced (matched case-sensitively). */
export type NameForm = {
  form: string
  /** The form used at first mention where the bare name is ambiguous for this language's readers. */
  firstMention?: string
  /**
   * A word that must stand next to the name wherever the dek, dateline or first paragraph names
   * it, because the bare name means something else to this language's readers.
   */
  placedBy?: string
  /** What the story check looks for when `form` is inflected in running text (a stem). Defaults to `form`. */
  match?: string
  avoid?: readonly string[]
  confirmation: Confirmation
}

export type ProperName = {
  id: string
  kind: 'person' | 'title' | 'organization' | 'place' | 'event' | 'publication'
  forms: Record<Locale, NameForm>
}

const unconfirmed = (note: string): Confirmation => ({ status: 'unconfirmed', note })
const confirmed = (source: string): Confirmation => ({ status: 'confirmed', source })

/** Every proper name in the Altai story, in the form each version must use. */
export const glossaryNames: readonly ProperName[] = [
  {
    id: 'vitaliy-snesar',
    kind: 'person',
    forms: {
      en: {
        form: 'Vitaliy Snesar',
        confirmation: unconfirmed('spelling of the English source (CGTN); Russian romanisation varies'),
      },
      zh: {
        form: '维塔利·斯涅萨尔',
        avoid: ['斯涅萨里'],
        confirmation: unconfirmed(
          'Xinhua transliteration (final -рь as 尔, cf. 伊戈尔); no Chinese press use found (review §0)',
        ),
      },
      ru: { form: 'Виталий Снесарь', confirmation: confirmed('altapress.ru, amic.ru, katun24.ru (review §0)') },
      kk: {
        form: 'Виталий Снесарь',
        confirmation: confirmed('Russian spelling, altapress.ru, amic.ru, katun24.ru (review §0)'),
      },
      mn: {
        form: 'Виталий Снесарь',
        match: 'Снесарь',
        confirmation: confirmed(
          'Russian spelling (review §0); in running text Montsame style, initial and surname: В.Снесарь',
        ),
      },
    },
  },
  {
    id: 'snesar-title',
    kind: 'title',
    forms: {
      en: {
        form: 'Deputy Chairman of the Government of Altai Krai',
        avoid: ['Vice Governor'],
        confirmation: unconfirmed(
          'his post in Russian sources of February 2023 (katun24.ru); his 2025 post is not confirmed',
        ),
      },
      zh: {
        form: '阿尔泰边疆区政府副主席',
        avoid: ['副州长'],
        confirmation: unconfirmed('review §2 (Low); 2025 post not confirmed'),
      },
      ru: {
        form: 'заместитель председателя правительства Алтайского края',
        avoid: ['вице-губернатор', 'Вице-губернатор'],
        confirmation: unconfirmed('katun24.ru, February 2023 (review §0); his 2025 post is not confirmed'),
      },
      kk: {
        form: 'Алтай өлкесі Үкіметі төрағасының орынбасары',
        avoid: ['губернаторының орынбасары'],
        confirmation: unconfirmed('rendering of the Russian title (review §0); 2025 post not confirmed'),
      },
      mn: {
        form: 'Алтайн хязгаарын Засгийн газрын дэд дарга',
        avoid: ['Засаг даргын орлогч'],
        confirmation: unconfirmed('review §5 (Low); 2025 post not confirmed'),
      },
    },
  },
  {
    id: 'jilel-helel',
    kind: 'person',
    forms: {
      en: {
        form: 'Jilel Helel',
        confirmation: unconfirmed(
          'not found in any report (review §0); take it from the Chinese-language report before publishing',
        ),
      },
      zh: { form: '吉力力·合力力', confirmation: unconfirmed('possibly a back-transliteration (review §0)') },
      ru: { form: 'Джилел Хелел', confirmation: unconfirmed('letter-by-letter from the English (review §0)') },
      kk: { form: 'Жилел Хелел', confirmation: unconfirmed('letter-by-letter from the English (review §0)') },
      mn: {
        form: 'Жилел Хелел',
        match: 'Хелел',
        avoid: ['дарга Жилел Хелел'],
        confirmation: unconfirmed(
          'letter-by-letter from the English (review §0); in running text Montsame style like В.Снесарь: Ж.Хелел',
        ),
      },
    },
  },
  {
    id: 'altai-krai-government',
    kind: 'organization',
    forms: {
      en: {
        form: 'Government of Altai Krai',
        confirmation: unconfirmed('English rendering of the official Russian name'),
      },
      zh: {
        form: '阿尔泰边疆区政府',
        confirmation: unconfirmed('阿尔泰边疆区 as Xinjiang Daily writes it (people.com.cn, 22.09.2022)'),
      },
      ru: {
        form: 'Правительство Алтайского края',
        confirmation: confirmed('the government’s own site, altairegion22.ru'),
      },
      kk: { form: 'Алтай өлкесінің Үкіметі', confirmation: unconfirmed('not checked by the review') },
      mn: { form: 'Алтайн хязгаарын Засгийн газар', confirmation: unconfirmed('not checked by the review') },
    },
  },
  {
    id: 'xinjiang-science-technology-department',
    kind: 'organization',
    forms: {
      en: {
        form: 'Department of Science and Technology of Xinjiang Uygur Autonomous Region',
        confirmation: unconfirmed('English rendering of the Chinese name'),
      },
      zh: {
        form: '新疆维吾尔自治区科学技术厅',
        confirmation: confirmed('the department’s site, kjt.xinjiang.gov.cn (review §0)'),
      },
      ru: {
        form: 'Департамент науки и технологий Синьцзян-Уйгурского автономного района',
        confirmation: unconfirmed('no official Russian name found'),
      },
      kk: {
        form: 'Шыңжаң Ұйғыр автономиялық ауданы Ғылым және технология департаменті',
        avoid: ['ғылым және технология департаменті'],
        confirmation: unconfirmed(
          'Xinjiang’s Kazakh outlets write «ғылым-техника» for 科技 (kazak.xjkunlun.gov.cn); official Kazakh name not found (review §0)',
        ),
      },
      mn: {
        form: 'Шинжаан-Уйгурын өөртөө засах орны Шинжлэх ухаан, технологийн газар',
        confirmation: unconfirmed('no official Mongolian name found'),
      },
    },
  },
  {
    id: 'altai-news',
    kind: 'publication',
    forms: {
      en: {
        form: 'Altai News',
        avoid: ['Altai newsroom'],
        confirmation: confirmed('the site’s own name, locales/en/common.json site.name'),
      },
      zh: {
        form: '阿尔泰新闻',
        avoid: ['本报'],
        confirmation: confirmed(
          'locales/zh/common.json site.name; 本报 ("this paper") claims our own correspondent, and the story is sourced',
        ),
      },
      ru: {
        form: '«Алтайские новости»',
        avoid: ['редакция «Алтай»'],
        confirmation: confirmed('locales/ru/common.json site.name'),
      },
      kk: {
        form: '«Алтай жаңалықтары»',
        avoid: ['«Алтай» жаңалықтар'],
        confirmation: confirmed('locales/kk/common.json site.name'),
      },
      mn: {
        form: '«Алтайн мэдээ»',
        avoid: ['«Алтай» мэдээллийн'],
        confirmation: confirmed('locales/mn/common.json site.name'),
      },
    },
  },
  {
    id: 'conference',
    kind: 'event',
    forms: {
      en: {
        form: 'Greater Altai International Conference for Subregional Cooperation',
        avoid: ['Intl Conference'],
        confirmation: unconfirmed(
          'wording of the English source; Kazinform (qazinform.com, 20.05.2025) writes "international conference on subregional cooperation the Greater Altai"',
        ),
      },
      zh: {
        form: '环阿尔泰山次区域合作国际会议',
        avoid: ['大阿尔泰'],
        confirmation: unconfirmed(
          'the event’s Chinese name is not confirmed; 环阿尔泰山次区域 is the established term (Xinhua 2016; Xinjiang Daily 2022, review §0), 大阿尔泰 a calque',
        ),
      },
      ru: {
        form: 'Международная конференция по субрегиональному сотрудничеству «Большой Алтай»',
        confirmation: confirmed('Kazinform, qazinform.com, 20.05.2025 (review §0)'),
      },
      kk: {
        form: '«Үлкен Алтай» субөңірлік ынтымақтастық жөніндегі халықаралық конференция',
        confirmation: confirmed('Kazinform, qazinform.com, 20.05.2025 (review §0)'),
      },
      mn: {
        form: '«Их Алтай» дэд бүсийн хамтын ажиллагааны олон улсын бага хурал',
        confirmation: confirmed('Kazinform’s wording, 20.05.2025 (review §0)'),
      },
    },
  },
  {
    id: 'altay-city',
    kind: 'place',
    forms: {
      en: {
        form: 'Altay City',
        firstMention: 'Altay City, Xinjiang, China',
        placedBy: 'China',
        avoid: ['ALTAY CITY, Xinjiang Uygur'],
        confirmation: confirmed('review §0: the spelling is right in every version'),
      },
      zh: {
        form: '阿勒泰市',
        match: '阿勒泰',
        firstMention:
          '新疆阿勒泰市; dateline 阿尔泰新闻新疆阿勒泰讯 (not 本报…电: the story is not our correspondent’s, and 电 wants a date; the date opens the first paragraph)',
        placedBy: '新疆',
        confirmation: confirmed('standard form (review §0); county-level city, seat of Altay Prefecture'),
      },
      ru: {
        form: 'Алтай',
        firstMention: 'Алтай (СУАР, КНР)',
        placedBy: 'КНР',
        avoid: ['ГОРОД АЛТАЙ'],
        confirmation: confirmed(
          'spelling right (review §0); ambiguous with the town of Алтай in East Kazakhstan (Kazinform, 27.12.2018), so always placed in Xinjiang at first mention',
        ),
      },
      kk: {
        form: 'Алтай қаласы',
        match: 'Алтай',
        firstMention: 'ҚХР-дағы Алтай қаласы; dateline «Алтай (ҚХР, Шыңжаң)»',
        placedBy: 'ҚХР',
        avoid: ['АЛТАЙ ҚАЛАСЫ'],
        confirmation: confirmed(
          'spelling right (review §0); for a Kazakh reader first of all the town in East Kazakhstan, so placed in China at first mention',
        ),
      },
      mn: {
        form: 'Алтай хот',
        firstMention: 'БНХАУ-ын Шинжаан-Уйгурын өөртөө засах орны Алтай хот; dateline «Алтай хот (БНХАУ)»',
        placedBy: 'БНХАУ',
        avoid: ['АЛТАЙ ХОТ'],
        confirmation: confirmed(
          'spelling right (review §0); for a Mongolian reader the capital of Govi-Altai, so placed in China at first mention',
        ),
      },
    },
  },
  {
    id: 'xinjiang',
    kind: 'place',
    forms: {
      en: { form: 'Xinjiang Uygur Autonomous Region', confirmation: confirmed('standard form (review §0)') },
      zh: { form: '新疆维吾尔自治区', confirmation: confirmed('standard form (review §0)') },
      ru: {
        form: 'Синьцзян-Уйгурский автономный район',
        match: 'Синьцзян',
        confirmation: confirmed('standard form (review §0); abbreviation СУАР'),
      },
      kk: { form: 'Шыңжаң Ұйғыр автономиялық ауданы', confirmation: confirmed('standard form (review §0)') },
      mn: {
        form: 'Шинжаан-Уйгурын өөртөө засах орон',
        match: 'Шинжаан-Уйгурын өөртөө засах ор',
        confirmation: confirmed('standard form (review §0)'),
      },
    },
  },
  {
    id: 'altai-krai',
    kind: 'place',
    forms: {
      en: {
        form: 'Altai Krai',
        avoid: ['Altai Region'],
        confirmation: confirmed('standard form; "Altai Region" was a second form in the source (review §1b)'),
      },
      zh: { form: '阿尔泰边疆区', confirmation: confirmed('Xinjiang Daily, people.com.cn, 22.09.2022 (review §0)') },
      ru: {
        form: 'Алтайский край',
        match: 'Алтайского края',
        avoid: ['Алтайского региона', 'Алтайский регион'],
        confirmation: confirmed('standard form (review §0); «Алтайский регион» reads as the krai'),
      },
      kk: { form: 'Алтай өлкесі', confirmation: confirmed('standard form (review §0)') },
      mn: {
        form: 'Алтайн хязгаар',
        avoid: ['Алтай хязгаар'],
        confirmation: confirmed('mongolian.ruvr.ru, 2008 (review §0; both forms occur, we use one)'),
      },
    },
  },
  {
    id: 'altai-mountains',
    kind: 'place',
    forms: {
      en: { form: 'Altai Mountains', confirmation: confirmed('standard form (review §0)') },
      zh: {
        form: '阿尔泰山',
        avoid: ['阿勒泰山'],
        confirmation: confirmed('standard form, kept apart from the city 阿勒泰 (review §0)'),
      },
      ru: { form: 'Алтайские горы', match: 'Алтайски', confirmation: confirmed('standard form (review §0)') },
      kk: { form: 'Алтай таулары', match: 'Алтай тау', confirmation: confirmed('standard form (review §0)') },
      mn: { form: 'Алтайн нуруу', confirmation: confirmed('standard form (review §0)') },
    },
  },
  {
    id: 'altai-subregion',
    kind: 'place',
    forms: {
      en: { form: 'Altai subregion', confirmation: unconfirmed('wording of the English source') },
      zh: {
        form: '环阿尔泰山次区域',
        avoid: ['大阿尔泰次区域', '阿尔泰次区域', '阿尔泰区域'],
        confirmation: confirmed('established term: Xinhua 2016, Xinjiang Daily 2022 (review §0)'),
      },
      ru: { form: 'Алтайский субрегион', match: 'Алтайск', confirmation: unconfirmed('wording of the translation') },
      kk: { form: 'Алтай субөңірі', match: 'Алтай субөңір', confirmation: unconfirmed('wording of the translation') },
      mn: { form: 'Алтайн дэд бүс', confirmation: unconfirmed('wording of the translation') },
    },
  },
  {
    id: 'helel-title',
    kind: 'title',
    forms: {
      en: {
        form: 'deputy head of the Department of Science and Technology',
        confirmation: unconfirmed('wording of the English source'),
      },
      zh: {
        form: '科学技术厅副厅长',
        confirmation: unconfirmed('standard Chinese title for the post; not checked by the review'),
      },
      ru: {
        form: 'заместитель начальника Департамента науки и технологий',
        match: 'аместитель начальника Департамента науки и технологий',
        confirmation: unconfirmed('not checked by the review'),
      },
      kk: {
        form: 'Ғылым және технология департаменті басшысының орынбасары',
        confirmation: unconfirmed('not checked by the review'),
      },
      mn: {
        form: 'Шинжлэх ухаан, технологийн газрын дэд дарга',
        confirmation: unconfirmed('not checked by the review'),
      },
    },
  },
  {
    id: 'china',
    kind: 'place',
    forms: {
      en: { form: 'China', confirmation: confirmed('standard form') },
      zh: { form: '中国', confirmation: confirmed('standard form') },
      ru: { form: 'Китай', match: 'Кита', confirmation: confirmed('standard form; КНР in parentheses') },
      kk: { form: 'Қытай', confirmation: confirmed('standard form; ҚХР in abbreviations') },
      mn: { form: 'Хятад', confirmation: confirmed('standard form; БНХАУ in abbreviations') },
    },
  },
  {
    id: 'russia',
    kind: 'place',
    forms: {
      en: { form: 'Russia', confirmation: confirmed('standard form; "Russian Federation" in titles') },
      zh: { form: '俄罗斯', confirmation: confirmed('standard form; 俄罗斯联邦 in titles') },
      ru: {
        form: 'Россия',
        match: 'Росси',
        confirmation: confirmed('standard form; «Российская Федерация» in titles'),
      },
      kk: { form: 'Ресей', confirmation: confirmed('standard form; «Ресей Федерациясы» in titles') },
      mn: { form: 'Орос', confirmation: confirmed('standard form; ОХУ in titles') },
    },
  },
  {
    id: 'kazakhstan',
    kind: 'place',
    forms: {
      en: { form: 'Kazakhstan', confirmation: confirmed('standard form') },
      zh: { form: '哈萨克斯坦', confirmation: confirmed('standard form') },
      ru: { form: 'Казахстан', confirmation: confirmed('standard form') },
      kk: { form: 'Қазақстан', confirmation: confirmed('standard form') },
      mn: { form: 'Казахстан', confirmation: confirmed('standard form') },
    },
  },
  {
    id: 'mongolia',
    kind: 'place',
    forms: {
      en: { form: 'Mongolia', confirmation: confirmed('standard form') },
      zh: { form: '蒙古国', confirmation: confirmed('standard form') },
      ru: { form: 'Монголия', match: 'Монголи', confirmation: confirmed('standard form') },
      kk: { form: 'Моңғолия', confirmation: confirmed('standard form') },
      mn: { form: 'Монгол', confirmation: confirmed('standard form') },
    },
  },
  {
    id: 'siberia',
    kind: 'place',
    forms: {
      en: { form: 'Siberia', confirmation: confirmed('standard form') },
      zh: { form: '西伯利亚', confirmation: confirmed('standard form') },
      ru: { form: 'Сибирь', match: 'Сибир', confirmation: confirmed('standard form') },
      kk: { form: 'Сібір', confirmation: confirmed('standard form') },
      mn: { form: 'Сибирь', confirmation: confirmed('standard form') },
    },
  },
  {
    id: 'barnaul',
    kind: 'place',
    forms: {
      en: { form: 'Barnaul', confirmation: unconfirmed('standard form; not checked by the review') },
      zh: { form: '巴尔瑙尔', confirmation: unconfirmed('Xinhua form; not checked by the review') },
      ru: { form: 'Барнаул', confirmation: unconfirmed('standard form; not checked by the review') },
      kk: { form: 'Барнауыл', confirmation: unconfirmed('Kazakh form; not checked by the review') },
      mn: { form: 'Барнаул', confirmation: unconfirmed('standard form; not checked by the review') },
    },
  },
]

/** The glossary as Markdown, for people: written to `locales/glossary.md`. Pure; no I/O. */
export function glossaryMarkdown(): string {
  const languages: Locale[] = ['en', 'zh', 'ru', 'kk', 'mn']
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  const lines: string[] = [
    '# Glossary: one term per concept, one spelling per name',
    '',
    'Generated from `src/i18n/glossary.ts` (the one home: edit that file, then run',
    '`npx tsx scripts/glossary.ts`). `tests/unit/glossary.test.ts` checks that this file is current, that',
    'the public interface strings (`locales/`), our admin labels, `src/i18n/admin/newsroom.ts`, the admin',
    'strings Payload shows (our kk and mn, Payload’s zh and ru with `src/i18n/admin/payloadOverrides.ts`)',
    'and the rich-text editor’s kk and mn use these terms and none of the avoided ones, and that the',
    'seeded story spells the names as below.',
    '',
    '## Terms',
    '',
    `| concept | ${languages.join(' | ')} |`,
    `| --- | ${languages.map(() => '---').join(' | ')} |`,
  ]
  for (const concept of glossaryConcepts) {
    const row = languages.map((code) => {
      const entry = glossaryTerms[concept][code]
      const avoid = entry.avoid?.length ? ` (not: ${entry.avoid.join(', ')})` : ''
      const otherSense = entry.otherSense?.length ? ` (fine in: ${entry.otherSense.join(', ')})` : ''
      return cell(`**${entry.term}**${avoid}${otherSense}`)
    })
    lines.push(`| ${concept} | ${row.join(' | ')} |`)
  }
  const notes = glossaryConcepts.flatMap((concept) =>
    languages.flatMap((code) => {
      const note = glossaryTerms[concept][code].note
      return note ? [`- ${concept}, ${code}: ${note}`] : []
    }),
  )
  if (notes.length) lines.push('', 'Notes:', '', ...notes)
  lines.push('', '## Proper names in the Altai story', '')
  for (const name of glossaryNames) {
    lines.push(
      `### ${name.id} (${name.kind})`,
      '',
      '| language | form | at first mention | status | source or note |',
      '| --- | --- | --- | --- | --- |',
    )
    for (const code of languages) {
      const form = name.forms[code]
      const why = form.confirmation.status === 'confirmed' ? form.confirmation.source : form.confirmation.note
      const avoid = form.avoid?.length ? ` (not: ${form.avoid.join(', ')})` : ''
      lines.push(
        `| ${code} | ${cell(form.form + avoid)} | ${cell(form.firstMention ?? '')} | ${form.confirmation.status} | ${cell(why)} |`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}
