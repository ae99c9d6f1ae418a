import type { TextFieldServerComponent } from 'payload'

import { lexicalToPlainText } from '@/content/plainText'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { isLocale, locales } from '@/i18n/locales'

/**
 * Above a localized field, while a translator edits a language other than the source: the
 * source text of that field, read-only, so nobody switches languages to see what they translate.
 */
export const SourceText: TextFieldServerComponent = async ({ payload, id, collectionSlug, data, req, field }) => {
  const editing = req.locale
  const source = data?.sourceLocale
  if (!id || !isLocale(editing) || !isLocale(source) || editing === source) return null
  const doc = (await payload.findByID({
    collection: collectionSlug as 'articles',
    id,
    locale: source,
    fallbackLocale: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const value = doc[field.name]
  const text = value && typeof value === 'object' ? lexicalToPlainText(value) : String(value ?? '')
  if (!text.trim()) return null
  const language = locales.find((l) => l.code === source)
  const label = newsroomMessage(req, 'sourceTextHeading')
  return (
    <div
      className="source-text"
      data-source-locale={source}
      style={{
        margin: '0 0 0.5rem',
        padding: '0.5rem 0.75rem',
        borderLeft: '3px solid var(--theme-elevation-400)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <div style={{ fontSize: '0.8rem', opacity: 0.8 }}>
        {label} · {language?.name}
      </div>
      <div lang={source} style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </div>
    </div>
  )
}
