import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ArticleList } from '@/components/ArticleList'
import { CacheTags, declareTags } from '@/components/CacheTags'
import { OrganizationHeader } from '@/components/OrganizationHeader'
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

/**
 * The organization a URL names in `locale`, with its newest 20 readable articles and its 20 quotes
 * that have text there; `null` when no organization has that slug. Read once per request: the
 * metadata and the page share it (React `cache`).
 */
const organizationPageData = cache(async (locale: Locale, slug: string) => {
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
})

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const data = await organizationPageData(locale, slug)
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
  const data = await organizationPageData(locale, slug)
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
      <OrganizationHeader organization={organization} locale={locale} />
      <section aria-labelledby="organization-articles">
        <h2 id="organization-articles">{t('organization:articles')}</h2>
        {articles.length === 0 ? (
          <p>{t('organization:noArticles')}</p>
        ) : (
          <ArticleList articles={articles} locale={locale} />
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
