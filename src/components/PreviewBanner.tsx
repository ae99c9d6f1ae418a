import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/** Tells staff they see a draft preview, with the link that leaves it (`/next/exit-preview`). */
export function PreviewBanner({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <p className="notice preview-banner" role="status">
      {t('article:preview.banner')} <a href={`/next/exit-preview?locale=${locale}`}>{t('article:preview.exit')}</a>
    </p>
  )
}
