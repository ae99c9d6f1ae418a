import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CacheTags, declareTags } from '@/components/CacheTags'
import { LatestArticles } from '@/components/LatestArticles'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import { latestArticles } from '@/content/articles'
import { payloadClient } from '@/content/payload.server'
import type { Locale } from '@/i18n/locales'
import { formatNumber, translator } from '@/i18n/translate'
import { cardListTags } from '@/revalidate/tags'
import { languageAlternates } from '@/seo/alternates'

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
  const articles = await latestArticles(await payloadClient(), locale, page)
  const tags = cardListTags(locale, articles.docs)
  if (articles.docs.length === 0) {
    // A cached "not found" goes when enough articles are published to fill this page.
    await declareTags(tags)
    notFound()
  }
  return (
    <PageShell locale={locale} paths={everyLocalePath(`/page/${page}`)}>
      <CacheTags tags={tags} />
      <LatestArticles articles={articles.docs} locale={locale} page={page} totalPages={articles.totalPages} />
    </PageShell>
  )
}
