import type { Locale } from '@/i18n/locales'
import { formatNumber, translator } from '@/i18n/translate'

export function Pagination({ locale, page, totalPages }: { locale: Locale; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const t = translator(locale)
  const href = (n: number) => (n === 1 ? `/${locale}` : `/${locale}/page/${n}`)
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 && (
        <a rel="prev" href={href(page - 1)}>
          {t('pagination.previous')}
        </a>
      )}
      <span>{t('pagination.page', { page: formatNumber(page, locale), total: formatNumber(totalPages, locale) })}</span>
      {page < totalPages && (
        <a rel="next" href={href(page + 1)}>
          {t('pagination.next')}
        </a>
      )}
    </nav>
  )
}
