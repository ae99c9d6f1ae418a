import { locale as rootLocale } from 'next/root-params'

import { everyLocalePath, PageShell } from '../../../components/PageShell'
import { defaultLocale, isLocale } from '../../../i18n/locales'
import { translator } from '../../../i18n/translate'

/** A 404 in the reader's language, rendered on the server (Next gives not-found pages no params; root params it does). */
export default async function NotFound() {
  const requested = await rootLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = translator(locale)
  return (
    <PageShell locale={locale} paths={everyLocalePath()}>
      <div className="not-found">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <a href={`/${locale}`}>{t('notFound.home')}</a>
        </p>
      </div>
    </PageShell>
  )
}
