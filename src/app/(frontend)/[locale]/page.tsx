import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { CacheTags, declareTags } from '@/components/CacheTags'
import { PageShell, everyLocalePath } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
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
  return <FrontPageContent locale={locale} page={1} />
}

export async function FrontPageContent({ locale, page }: { locale: Locale; page: number }) {
  const t = translator(locale)
  const payload = await payloadClient()
  const articles = await latestArticles(payload, locale, page)
  const tags = cardListTags(locale, articles.docs)
  if (page > 1 && articles.docs.length === 0) {
    await declareTags(tags)
    notFound()
  }
  return (
    <PageShell locale={locale} paths={everyLocalePath(page > 1 ? `/page/${page}` : '')}>
      <CacheTags tags={tags} />
      <h1 className="page-title">{t('front.title')}</h1>
      {articles.docs.length === 0 ? (
        <p>{t('front.empty')}</p>
      ) : (
        <div className="article-list">
          {articles.docs.map((article) => (
            <ArticleCard key={article.id} article={article} locale={locale} />
          ))}
        </div>
      )}
      <Pagination locale={locale} page={page} totalPages={articles.totalPages} />
    </PageShell>
  )
}
