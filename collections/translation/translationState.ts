import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type Field,
  type SelectField,
} from 'payload'

import { lexicalToPlainText } from '@/content/plainText'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { isLocale, type Locale, localeCodes } from '@/i18n/locales'
import { label } from '../labels'
import { languageSelect } from '../fields/languageSelect'
import { sourceFingerprint } from './fingerprint'
import { isSkeletonOnly } from './skeleton'
import { keepingLocale } from '@/db/keepingLocale'

export const translationStates = ['missing', 'in-progress', 'ready', 'published'] as const
const markedDone = new Set(['ready', 'published'])

const stateLabels = {
  missing: label({ en: 'Missing', zh: '未翻译', ru: 'Нет перевода', kk: 'Аударылмаған', mn: 'Орчуулаагүй' }),
  'in-progress': label({ en: 'In progress', zh: '翻译中', ru: 'В работе', kk: 'Аударылуда', mn: 'Орчуулж байна' }),
  ready: label({
    en: 'Ready for review',
    zh: '待审校',
    ru: 'Готов к проверке',
    kk: 'Тексеруге дайын',
    mn: 'Хянахад бэлэн',
  }),
  published: label({ en: 'Published', zh: '已发布', ru: 'Опубликован', kk: 'Жарияланған', mn: 'Нийтлэгдсэн' }),
}

/**
 * "Written in": the language a record's translatable text is first written in, which translators
 * see beside their own (`translatableText`'s source box). `defaultValue` as Payload takes it (a
 * code, or a function of the request's `locale`), English when not given; `required` (the
 * default) for records that must name it on creation (articles, quotes), not for images, which
 * take the language they are uploaded in.
 */
export function sourceLocaleField({
  defaultValue = 'en',
  required = true,
}: { defaultValue?: SelectField['defaultValue']; required?: boolean } = {}): SelectField {
  return languageSelect({
    name: 'sourceLocale',
    required,
    defaultValue,
    label: label({ en: 'Written in', zh: '原文语言', ru: 'Язык оригинала', kk: 'Түпнұсқа тілі', mn: 'Эх хэл' }),
    admin: { position: 'sidebar' },
  })
}

/**
 * Fields that give every language its own translation state. "Outdated" is never typed: it is
 * computed by comparing the source text's fingerprint with the one recorded when this language
 * was last marked ready or published.
 */
export function translationStateFields(): Field[] {
  return [
    sourceLocaleField(),
    {
      name: 'translationStatus',
      type: 'select',
      localized: true,
      defaultValue: 'missing',
      index: true,
      options: translationStates.map((state) => ({ label: stateLabels[state], value: state })),
      label: label({
        en: 'Translation state',
        zh: '翻译状态',
        ru: 'Статус перевода',
        kk: 'Аударма күйі',
        mn: 'Орчуулгын төлөв',
      }),
      admin: {
        position: 'sidebar',
        // Not shown while editing the original, which is not a translation.
        components: { Field: '/src/admin/TranslationOnlyField#TranslationStateSelect' },
        description: label({
          en: 'Readers see this language only when its translation is published.',
          zh: '只有翻译状态为“已发布”时，读者才能看到该语言版本。',
          ru: 'Читатели видят этот язык, только когда перевод опубликован.',
          kk: 'Оқырмандар бұл тілдегі нұсқаны аударма жарияланғанда ғана көреді.',
          mn: 'Орчуулга нийтлэгдсэн үед л уншигчид энэ хэлээр харна.',
        }),
      },
    },
    {
      name: 'translationOutdated',
      type: 'checkbox',
      localized: true,
      defaultValue: false,
      index: true,
      label: label({
        en: 'Outdated: the source changed since this translation was marked ready',
        zh: '已过时：标记完成后原文有改动',
        ru: 'Устарел: оригинал изменился после того, как перевод отметили готовым к проверке',
        kk: 'Ескірген: аударма дайын деп белгіленгеннен кейін түпнұсқа өзгерді',
        mn: 'Хуучирсан: орчуулгыг бэлэн гэж тэмдэглэсний дараа эх бичвэр өөрчлөгдсөн',
      }),
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '/src/admin/TranslationOnlyField#TranslationOutdatedCheckbox' },
      },
    },
    {
      name: 'translationFingerprint',
      type: 'text',
      localized: true,
      label: label({
        en: 'Source the translation matches',
        zh: '译文对应的原文',
        ru: 'Оригинал, которому соответствует перевод',
        kk: 'Аударма сәйкес келетін түпнұсқа',
        mn: 'Орчуулгын тохирох эх бичвэр',
      }),
      admin: { hidden: true },
    },
    {
      name: 'sourceFingerprint',
      type: 'text',
      label: label({
        en: 'Source version',
        zh: '原文版本',
        ru: 'Версия оригинала',
        kk: 'Түпнұсқа нұсқасы',
        mn: 'Эх бичвэрийн хувилбар',
      }),
      admin: { hidden: true },
    },
  ]
}

/** Records fingerprints: of the source on every source save, of this language when marked ready/published. */
export function recordTranslationState(sourceFields: readonly string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req, context }) => {
    if (context.translationStateUpdate) return data
    const merged = { ...originalDoc, ...data }
    const source = (merged.sourceLocale ?? 'en') as Locale
    if (!isLocale(req.locale)) return data
    if (req.locale === source) {
      data.sourceFingerprint = sourceFingerprint(merged, sourceFields)
      data.translationOutdated = false
      return data
    }
    // Marking ready or published (again, after an outdated notice) records what the translation now matches.
    const becameDone =
      markedDone.has(merged.translationStatus) &&
      (merged.translationStatus !== originalDoc?.translationStatus || !originalDoc?.translationFingerprint)
    if (becameDone) {
      data.translationFingerprint = merged.sourceFingerprint ?? null
      data.translationOutdated = false
    }
    if (!markedDone.has(merged.translationStatus)) data.translationOutdated = false
    return data
  }
}

/** After a source edit, flags every language whose recorded fingerprint no longer matches. */
export const flagOutdatedTranslations: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
}) => {
  if (context.translationStateUpdate || context.seeding) return doc
  if (!isLocale(req.locale) || req.locale !== doc.sourceLocale) return doc
  if (doc.sourceFingerprint === previousDoc?.sourceFingerprint) return doc
  // Each local API call below sets `req.locale` to its own: the hooks after this one (the cache
  // purge of the language saved) must still read the language the editor saved.
  await keepingLocale(req, async () => {
    const all = await req.payload.findByID({
      collection: collection.slug as 'articles',
      id: doc.id,
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    const statuses = (all.translationStatus ?? {}) as unknown as Partial<Record<Locale, string>>
    const prints = ((all as unknown as { translationFingerprint?: Partial<Record<Locale, string>> })
      .translationFingerprint ?? {}) as Partial<Record<Locale, string>>
    const outdated = ((all as unknown as { translationOutdated?: Partial<Record<Locale, boolean>> })
      .translationOutdated ?? {}) as Partial<Record<Locale, boolean>>
    for (const locale of localeCodes) {
      if (locale === doc.sourceLocale || !markedDone.has(statuses[locale] ?? '')) continue
      const isOutdated = prints[locale] !== doc.sourceFingerprint
      if (Boolean(outdated[locale]) === isOutdated) continue
      await req.payload.update({
        collection: collection.slug as 'articles',
        id: doc.id,
        locale,
        data: { translationOutdated: isOutdated },
        draft: doc._status !== 'published',
        overrideAccess: true,
        context: { translationStateUpdate: true },
        req,
      })
    }
  })
  return doc
}

/**
 * Refuses to count a translation as finished while its body is still the source's bare structure
 * (`bodySkeleton`, what a new translation starts from): marking a language ready or published (by
 * its state, or by "Publish in …", which sets it: run after `syncTranslationStateWithPublication`)
 * while its body has blocks but no words and the source body has words answers 400 with the reason
 * in the admin language, and nothing is saved. A half-started translation stays "missing" or "in
 * progress" for editors, and readers never see it (decision 003: only published translations).
 */
export const refuseSkeletonAsFinished: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  context,
}) => {
  if (context.translationStateUpdate || context.seeding || !isLocale(req.locale)) return data
  const merged = { ...originalDoc, ...data }
  const source = (merged.sourceLocale ?? 'en') as Locale
  if (req.locale === source || !markedDone.has(merged.translationStatus)) return data
  if (!isSkeletonOnly(merged.body) || originalDoc?.id === undefined) return data
  // Read through `req` (its transaction), keeping the locale and fallback of the save in progress.
  const original = (await keepingLocale(req, () =>
    req.payload.findByID({
      collection: collection.slug as 'articles',
      id: originalDoc.id,
      locale: source,
      fallbackLocale: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    }),
  )) as { body?: unknown }
  if (!lexicalToPlainText(original.body).trim()) return data
  throw new APIError(newsroomMessage(req, 'skeletonNotFinished'), 400, { rule: 'skeletonNotFinished' }, true)
}
