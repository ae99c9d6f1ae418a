import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/components/ArticleCard'
import { CacheTags, declareTags } from '@/components/CacheTags'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import { PullQuote } from '@/components/PullQuote'
import { cardSelect, publishedInLocale } from '@/content/articles'
import { payloadClient } from '@/content/payload.server'
import { paramsToPrerender } from '@/content/renderOnFirstRequest'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { cacheTag, cardListTags } from '@/revalidate/tags'
import { languageAlternates } from '@/seo/alternates'

type Params = { params: Promise<{ locale: Locale; slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return paramsToPrerender(async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'organizations',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    return docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug as string }))
  })
}

async function load(locale: Locale, slug: string) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    locale,
    fallbackLocale: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  const organization = docs[0]
  if (!organization) return null
  const [articles, quotes] = await Promise.all([
    payload.find({
      collection: 'articles',
      locale,
      fallbackLocale: false,
      where: { and: [publishedInLocale(locale), { organizations: { contains: organization.id } }] },
      sort: '-publishedAt',
      limit: 20,
      depth: 1,
      overrideAccess: false,
      select: cardSelect,
    }),
    payload.find({
      collection: 'quotes',
      locale,
      fallbackLocale: false,
      where: { speakerOrganization: { equals: organization.id } },
      limit: 20,
      depth: 1,
      overrideAccess: false,
    }),
  ])
  return { organization, articles: articles.docs, quotes: quotes.docs.filter((quote) => quote.text) }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const data = await load(locale, slug)
  if (!data) return {}
  return {
    title: data.organization.name,
    description: data.organization.description ?? undefined,
    alternates: {
      canonical: `/${locale}/organizations/${slug}`,
      languages: languageAlternates(everyLocalePath(`/organizations/${slug}`)),
    },
  }
}

export default async function OrganizationPage({ params }: Params) {
  const { locale, slug } = await params
  const data = await load(locale, slug)
  if (!data || !data.organization.name) {
    // A cached "not found" goes when the organization is named in this language or takes this address.
    await declareTags([cacheTag.lists(locale), ...(data ? [cacheTag.organization(data.organization.id, locale)] : [])])
    notFound()
  }
  const { organization, articles, quotes } = data
  const t = translator(locale)
  const tags = [cacheTag.organization(organization.id, locale), ...cardListTags(locale, articles)]
  return (
    <PageShell locale={locale} paths={everyLocalePath(`/organizations/${slug}`)}>
      <CacheTags tags={tags} />
      <header className="organization__header">
        <h1>{organization.name}</h1>
        <p className="organization__facts">
          {t(`organization:kind.${organization.kind}`)} · {t(`organization:country.${organization.country}`)}
        </p>
        {organization.description && <p>{organization.description}</p>}
        {organization.website && (
          <p>
            {t('organization:website')}:{' '}
            <a href={organization.website} rel="noopener nofollow">
              {organization.website.replace(/^https?:\/\//, '')}
            </a>
          </p>
        )}
      </header>
      <section aria-labelledby="organization-articles">
        <h2 id="organization-articles">{t('organization:articles')}</h2>
        {articles.length === 0 ? (
          <p>{t('organization:noArticles')}</p>
        ) : (
          <div className="article-list">
            {articles.map((article) => (
              <ArticleCard key={article.id} article={article} locale={locale} />
            ))}
          </div>
        )}
      </section>
      {quotes.length > 0 && (
        <section aria-labelledby="organization-quotes">
          <h2 id="organization-quotes">{t('organization:quotes')}</h2>
          {quotes.map((quote) => (
            <PullQuote key={quote.id} quote={quote} locale={locale} />
          ))}
        </section>
      )}
    </PageShell>
  )
}
