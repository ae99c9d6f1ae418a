import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import { SEARCH_MAX_LENGTH } from '@/components/SearchForm'
import { searchArticles } from '@/content/search'
import { payloadClient } from '@/content/payload.server'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: translator(locale)('search.title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : (raw ?? '')).trim()
  const t = translator(locale)
  const tooLong = query.length > SEARCH_MAX_LENGTH
  const results = query && !tooLong ? await searchArticles(await payloadClient(), locale, query) : []
  return (
    <PageShell locale={locale} paths={everyLocalePath('/search')} query={tooLong ? '' : query}>
      <h1 className="page-title">{t('search.title')}</h1>
      {tooLong ? (
        <p role="alert">{t('search.tooLong', { max: SEARCH_MAX_LENGTH })}</p>
      ) : !query ? (
        <p>{t('search.prompt')}</p>
      ) : results.length === 0 ? (
        <p role="status">{t('search.nothingFound', { query })}</p>
      ) : (
        <>
          <p role="status">{t('search.results', { count: results.length, query })}</p>
          <ArticleList articles={results} locale={locale} />
        </>
      )}
    </PageShell>
  )
}
