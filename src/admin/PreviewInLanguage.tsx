'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useLivePreviewContext, useLocale, useTranslation } from '@payloadcms/ui'

/**
 * The edit view's Preview as a labelled button that names the language it shows ("Preview ·
 * Kazakh", Payload's own word for preview and the locale picker's name for the language), not
 * Payload's bare icon. It opens the URL Payload computed from the collection's `admin.preview`
 * (the latest draft, for staff, before the first publication too) in a new tab; nothing is drawn
 * while there is none (a document not saved yet, or without a slug).
 */
export function PreviewInLanguage() {
  const { previewURL } = useLivePreviewContext()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  if (!previewURL) return null
  const found = config.localization ? config.localization.locales.find((entry) => entry.code === code) : undefined
  const language = found ? getTranslation(found.label, i18n) : code
  const text = `${t('version:preview')} · ${language}`
  return (
    <a
      className="preview-btn preview-in-language"
      href={previewURL}
      id="preview-button"
      rel="noopener"
      target="_blank"
      style={{
        width: 'auto',
        height: 'auto',
        whiteSpace: 'nowrap',
        color: 'var(--theme-text)',
        textDecoration: 'none',
      }}
    >
      {text}
    </a>
  )
}
