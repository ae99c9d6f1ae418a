import type { Metadata } from 'next'

import { CacheTags } from '@/components/CacheTags'
import { LatestArticles } from '@/components/LatestArticles'
import { PageShell, everyLocalePath } from '@/components/PageShell'
import { latestArticles } from '@/content/articles'
import { payloadClient } from '@/content/payload.server'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { cardListTags } from '@/revalidate/tags'
import { languageAlternates } from '@/seo/alternates'

type Params = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return {
    title: { absolute: translator(locale)('site.name') },
    alternates: { canonical: `/${locale}`, languages: languageAlternates(everyLocalePath()) },
  }
}

export default async function FrontPage({ params }: Params) {
  const { locale } = await params
  const articles = await latestArticles(await payloadClient(), locale, 1)
  return (
    <PageShell locale={locale} paths={everyLocalePath()}>
      <CacheTags tags={cardListTags(locale, articles.docs)} />
      <LatestArticles articles={articles.docs} locale={locale} page={1} totalPages={articles.totalPages} />
    </PageShell>
  )
}
