/**
 * The rich-text editor's own strings (@payloadcms/richtext-lexical 3.90) in Kazakh and Mongolian.
 *
 * Lexical keeps them per feature (`dist/i18n.js` for `general`, `dist/features/<feature>/server/i18n.js`
 * for the rest) and, when the editor is built, merges them into Payload's translations as
 * `lexical:<featureKey>:<key>` for the languages it knows; it has no kk or mn, so without these the
 * editor shows the raw keys. Shape: the same keys as Lexical's English table, placeholders included
 * (tests/unit/admin-labels.test.ts compares them). Merged through `i18n.translations` in payload.config.ts.
 *
 * Terms: «Дәйексөз» / «Ишлэл» are the newsroom's quotes (the pull-quote block), so Lexical's plain
 * blockquote is «Үзінді» / «Иш татсан хэсэг»; «Тақырып» / «Гарчиг» is the article's headline, so a
 * heading inside the body is a sub-heading.
 */
const kk = {
  general: {
    placeholder: 'Жаза бастаңыз немесе пәрмендер үшін «/» пернесін басыңыз...',
    slashMenuBasicGroupLabel: 'Негізгі',
    slashMenuListGroupLabel: 'Тізімдер',
    toolbarItemsActive: 'Белсенді: {{count}}',
  },
  align: {
    alignCenterLabel: 'Ортаға туралау',
    alignJustifyLabel: 'Ені бойынша туралау',
    alignLeftLabel: 'Сол жаққа туралау',
    alignRightLabel: 'Оң жаққа туралау',
  },
  blockquote: { label: 'Үзінді' },
  blocks: {
    inlineBlocks: {
      create: 'Қосу: {{label}}',
      edit: 'Өңдеу: {{label}}',
      label: 'Жол ішіндегі блоктар',
      remove: 'Өшіру: {{label}}',
    },
    label: 'Блоктар',
  },
  heading: { label: '{{headingLevel}}-деңгейлі тақырыпша' },
  horizontalRule: { label: 'Көлденең сызық' },
  indent: { decreaseLabel: 'Шегіністі азайту', increaseLabel: 'Шегіністі арттыру' },
  link: { label: 'Сілтеме', loadingWithEllipsis: 'Жүктелуде...' },
  checklist: { label: 'Белгілеу тізімі' },
  orderedList: { label: 'Нөмірленген тізім' },
  unorderedList: { label: 'Таңбаланған тізім' },
  paragraph: { label: 'Абзац', label2: 'Қарапайым мәтін' },
  relationship: { label: 'Байланысты құжат' },
  textState: { defaultStyle: 'Әдепкі мәнер' },
  upload: { label: 'Сурет немесе файл' },
}

type LexicalStrings = typeof kk

const mn: LexicalStrings = {
  general: {
    placeholder: 'Бичиж эхэлнэ үү, эсвэл тушаал сонгохын тулд «/» товчийг дарна уу...',
    slashMenuBasicGroupLabel: 'Үндсэн',
    slashMenuListGroupLabel: 'Жагсаалт',
    toolbarItemsActive: 'Идэвхтэй: {{count}}',
  },
  align: {
    alignCenterLabel: 'Голлуулах',
    alignJustifyLabel: 'Хоёр талд тэгшлэх',
    alignLeftLabel: 'Зүүн тийш тэгшлэх',
    alignRightLabel: 'Баруун тийш тэгшлэх',
  },
  blockquote: { label: 'Иш татсан хэсэг' },
  blocks: {
    inlineBlocks: {
      create: 'Нэмэх: {{label}}',
      edit: 'Засах: {{label}}',
      label: 'Мөр доторх блокууд',
      remove: 'Устгах: {{label}}',
    },
    label: 'Блокууд',
  },
  heading: { label: 'Дэд гарчиг, {{headingLevel}}-р түвшин' },
  horizontalRule: { label: 'Хэвтээ зураас' },
  indent: { decreaseLabel: 'Догол багасгах', increaseLabel: 'Догол нэмэх' },
  link: { label: 'Холбоос', loadingWithEllipsis: 'Ачаалж байна...' },
  checklist: { label: 'Тэмдэглэх жагсаалт' },
  orderedList: { label: 'Дугаарласан жагсаалт' },
  unorderedList: { label: 'Тэмдэгтэй жагсаалт' },
  paragraph: { label: 'Догол мөр', label2: 'Энгийн текст' },
  relationship: { label: 'Холбоотой баримт' },
  textState: { defaultStyle: 'Үндсэн загвар' },
  upload: { label: 'Зураг эсвэл файл' },
}

/** Lexical's strings for the two admin languages Lexical lacks, under Payload's `lexical` namespace. */
export const lexicalTranslations = { kk: { lexical: kk }, mn: { lexical: mn } }
