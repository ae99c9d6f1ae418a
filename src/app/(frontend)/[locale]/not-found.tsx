import { locale as rootLocale } from 'next/root-params'

import { NotFoundContent } from '@/components/NotFoundContent'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** A 404 in the reader's language, rendered on the server (Next gives not-found pages no params; root params it does). */
export default async function NotFound() {
  const requested = await rootLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  return (
    <PageShell locale={locale} paths={everyLocalePath()}>
      <NotFoundContent locale={locale} />
    </PageShell>
  )
}
