import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

export const SEARCH_MAX_LENGTH = 100

export function SearchForm({ locale, query = '' }: { locale: Locale; query?: string }) {
  const t = translator(locale)
  return (
    <form className="search-form" role="search" action={`/${locale}/search`} method="get">
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('search.placeholder')}
        maxLength={SEARCH_MAX_LENGTH}
      />
      <button type="submit">{t('search.submit')}</button>
    </form>
  )
}
