import type { DefaultServerCellComponentProps, Payload, UIFieldServerComponent } from 'payload'

import { localeCodes, type Locale } from '../i18n/locales'

const words = {
  en: { source: 'source', missing: 'missing', 'in-progress': 'in progress', ready: 'ready for review', published: 'published', outdated: 'outdated' },
  zh: { source: '原文', missing: '未翻译', 'in-progress': '翻译中', ready: '待审校', published: '已发布', outdated: '已过时' },
  ru: { source: 'оригинал', missing: 'нет', 'in-progress': 'в работе', ready: 'на проверке', published: 'опубликован', outdated: 'устарел' },
  kk: { source: 'түпнұсқа', missing: 'жоқ', 'in-progress': 'аударылуда', ready: 'тексеруге дайын', published: 'жарияланған', outdated: 'ескірген' },
  mn: { source: 'эх', missing: 'байхгүй', 'in-progress': 'орчуулж байна', ready: 'хянахад бэлэн', published: 'нийтлэгдсэн', outdated: 'хуучирсан' },
}
const marks = { source: '◆', missing: '—', 'in-progress': '…', ready: '✓', published: '●', outdated: '⚠' }
const colours = { source: '#555', missing: '#999', 'in-progress': '#b45309', ready: '#1d4ed8', published: '#15803d', outdated: '#b91c1c' }

type State = keyof typeof marks

async function statesOf(payload: Payload, collection: 'articles' | 'quotes', id: number | string) {
  const doc = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { sourceLocale: true, translationStatus: true, translationOutdated: true, title: true },
  })) as unknown as {
    sourceLocale?: Locale
    translationStatus?: Partial<Record<Locale, string>>
    translationOutdated?: Partial<Record<Locale, boolean>>
  }
  return localeCodes.map((locale) => {
    const state: State =
      locale === doc.sourceLocale
        ? 'source'
        : doc.translationOutdated?.[locale]
          ? 'outdated'
          : ((doc.translationStatus?.[locale] as State | undefined) ?? 'missing')
    return { locale, state }
  })
}

function Badges({ states, language }: { states: { locale: Locale; state: State }[]; language: string }) {
  const t = words[language as keyof typeof words] ?? words.en
  return (
    <span className="translation-states" style={{ display: 'inline-flex', gap: '0.5rem', whiteSpace: 'nowrap' }}>
      {states.map(({ locale, state }) => (
        <span key={locale} title={`${locale}: ${t[state]}`} data-locale={locale} data-state={state} style={{ color: colours[state] }}>
          {locale} {marks[state]}
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t[state]}</span>
        </span>
      ))}
    </span>
  )
}

/** A compact per-language state in the article list: source, missing, in progress, ready, published, outdated. */
export async function TranslationStateCell({ payload, rowData, collectionConfig, i18n }: DefaultServerCellComponentProps) {
  if (!rowData?.id) return null
  const states = await statesOf(payload, collectionConfig.slug as 'articles', rowData.id as number)
  return <Badges states={states} language={i18n.language} />
}

/** The same in the document's sidebar. */
export const TranslationStateField: UIFieldServerComponent = async ({ payload, id, collectionSlug, i18n }) => {
  if (!id) return null
  const states = await statesOf(payload, collectionSlug as 'articles', id)
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }}>
      <Badges states={states} language={i18n.language} />
    </div>
  )
}
