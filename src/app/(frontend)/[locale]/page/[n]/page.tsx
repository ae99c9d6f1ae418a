import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { everyLocalePath } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { formatNumber, translator } from '@/i18n/translate'
import { languageAlternates } from '@/seo/alternates'
import { FrontPageContent } from '@/app/(frontend)/[locale]/page'

type Params = { params: Promise<{ locale: Locale; n: string }> }

// Older pages change whenever something is published: render them on request, cache for a minute.
export const revalidate = 60

function pageNumber(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null
  return Number(raw)
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, n } = await params
  const page = pageNumber(n)
  if (!page) return {}
  const t = translator(locale)
  return {
    title: `${t('front.title')} · ${formatNumber(page, locale)}`,
    alternates: {
      canonical: `/${locale}/page/${page}`,
      languages: languageAlternates(everyLocalePath(`/page/${page}`)),
    },
  }
}

export default async function OlderArticles({ params }: Params) {
  const { locale, n } = await params
  const page = pageNumber(n)
  if (!page || page === 1) notFound()
  return <FrontPageContent locale={locale} page={page} />
}
