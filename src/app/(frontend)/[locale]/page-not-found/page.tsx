import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Params = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return { title: translator(locale)('notFound.title'), robots: { index: false, follow: true } }
}

/**
 * The 404 page of one language, pre-rendered complete. Next renders a `notFound()` of a dynamic
 * route as an empty shell for its client runtime to fill; reader pages run no script, so the
 * reader edge answers every reader 404 with this page and status 404 (decision 013). The folder
 * name is `NOT_FOUND_SEGMENT` in src/i18n/localePaths.mjs.
 */
export default async function PageNotFound({ params }: Params) {
  const { locale } = await params
  return (
    <PageShell locale={locale} paths={everyLocalePath()}>
      <NotFoundContent locale={locale} />
    </PageShell>
  )
}
