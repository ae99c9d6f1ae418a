import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/** The body of a 404 in one language: what happened, and the way back (front page, search). */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = translator(locale)
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <ul>
        <li>
          <a href={`/${locale}`}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={`/${locale}/search`}>{t('notFound.search')}</a>
        </li>
      </ul>
    </div>
  )
}
