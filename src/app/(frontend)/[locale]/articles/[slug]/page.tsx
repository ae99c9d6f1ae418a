import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/components/ArticleBody'
import { CacheTags, declareTags } from '@/components/CacheTags'
import { CommentsSection } from '@/components/comments/CommentsSection'
import { HeroImage } from '@/components/HeroImage'
import { PageShell } from '@/components/PageShell'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { articleBySlug, readablePaths } from '@/content/articles'
import { approvedComments, myPendingComments } from '@/content/comments'
import { payloadClient } from '@/content/payload.server'
import { paramsToPrerender } from '@/content/renderOnFirstRequest'
import { requestReadingContext } from '@/content/readingContext.server'
import { type Locale, localeDefinition } from '@/i18n/locales'
import { formatDate, translator } from '@/i18n/translate'
import { cacheTag } from '@/revalidate/tags'
import type { Media, Organization, Quote } from '@/payload-types'
import { articlePaths, languageAlternates, organizationPath } from '@/seo/alternates'
import { newsArticleJsonLd } from '@/seo/jsonLd'

type Params = { params: Promise<{ locale: Locale; slug: string }> }

export const dynamicParams = true

/** Every published translation is rendered at build (unless the build renders on first request); new ones on first request, then cached. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = params.locale as Locale
  return paramsToPrerender(async () => {
    const paths = await readablePaths(await payloadClient())
    return paths.flatMap(({ alternates }) => (alternates[locale] ? [{ slug: alternates[locale] as string }] : []))
  })
}

/** Every read of this page goes through the request's reading context: a preview sees drafts throughout. */
async function load(locale: Locale, slug: string) {
  const context = await requestReadingContext()
  return { ...(await articleBySlug(context, locale, slug)), context, draft: context.draft }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const lookup = await load(locale, slug)
  if (lookup.kind === 'missing') return {}
  const t = translator(locale)
  if (lookup.kind === 'untranslated') {
    return { title: t('article:notTranslated.title'), robots: { index: false, follow: true } }
  }
  const { article, alternates } = lookup
  const paths = articlePaths(alternates)
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const og = hero?.sizes?.og
  const title = article.meta?.title || article.title
  const description = article.meta?.description || article.dek || undefined
  return {
    title,
    description,
    alternates: { canonical: paths[locale], languages: languageAlternates(paths) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: paths[locale],
      siteName: t('site.name'),
      locale: localeDefinition(locale).intl.replace('-', '_'),
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images: og?.url
        ? [{ url: og.url, width: og.width ?? 1200, height: og.height ?? 630, alt: hero?.alt }]
        : undefined,
    },
    twitter: { card: 'summary_large_image', title, description, images: og?.url ? [og.url] : undefined },
  }
}

export default async function ArticlePage({ params }: Params) {
  const { locale, slug } = await params
  return <ArticlePageContent locale={locale} slug={slug} />
}

/** The article page; `mineIds` only on the uncached render for a reader with pending comments. */
export async function ArticlePageContent({
  locale,
  slug,
  mineIds = [],
}: {
  locale: Locale
  slug: string
  mineIds?: string[]
}) {
  const lookup = await load(locale, slug)
  if (lookup.kind === 'missing') {
    // A cached "not found" goes when an article takes this address (a publication purges the lists).
    await declareTags([cacheTag.lists(locale)])
    notFound()
  }
  if (lookup.kind === 'untranslated') {
    const paths = articlePaths(lookup.alternates)
    return (
      <PageShell locale={locale} paths={paths}>
        <CacheTags tags={[cacheTag.article(lookup.id, locale)]} />
        <UntranslatedNotice locale={locale} paths={paths} />
      </PageShell>
    )
  }

  const { article, alternates, draft, context } = lookup
  const { payload } = context
  const t = translator(locale)
  const paths = articlePaths(alternates)
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const quotes = new Map<string, Quote>()
  for (const quote of article.quotes?.docs ?? []) if (typeof quote === 'object') quotes.set(String(quote.id), quote)
  const organizations = (article.organizations ?? []).filter((o): o is Organization => typeof o === 'object')

  const tags = [
    cacheTag.article(article.id, locale),
    cacheTag.comments(article.id),
    ...organizations.map((organization) => cacheTag.organization(organization.id, locale)),
    ...(hero ? [cacheTag.media(hero.id, locale)] : []),
  ]

  return (
    <PageShell locale={locale} paths={paths}>
      <CacheTags tags={tags} />
      {draft && (
        <p className="notice preview-banner" role="status">
          {t('article:preview.banner')} <a href={`/next/exit-preview?locale=${locale}`}>{t('article:preview.exit')}</a>
        </p>
      )}
      <article className="article">
        <header className="article__header">
          {article.kicker && <p className="kicker">{article.kicker}</p>}
          <h1>{article.title}</h1>
          {article.dek && <p className="dek">{article.dek}</p>}
          <p className="byline">
            {article.dateline && <span className="dateline">{article.dateline}</span>}
            {article.publishedAt && (
              <span>
                {t('article:published')}{' '}
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
              </span>
            )}
          </p>
        </header>
        {hero && (
          <figure className="article__hero">
            <HeroImage image={hero} priority />
            {(hero.caption || hero.credit) && (
              <figcaption>
                {hero.caption} {hero.credit && <span className="credit">{hero.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <ArticleBody body={article.body} locale={locale} quotes={quotes} />
        {organizations.length > 0 && (
          <aside className="related" aria-labelledby="related-organizations">
            <h2 id="related-organizations">{t('article:organizations')}</h2>
            <ul>
              {organizations.map((organization) => (
                <li key={organization.id}>
                  <a href={organizationPath(locale, organization.slug ?? '')}>{organization.name}</a>
                </li>
              ))}
            </ul>
          </aside>
        )}
        <CommentsSection
          locale={locale}
          articleId={article.id}
          open={article.commentsEnabled !== false && !draft}
          comments={await approvedComments(payload, article.id)}
          mine={mineIds.length ? await myPendingComments(payload, article.id, mineIds) : []}
        />
        <p className="back-to-top">
          <a href="#top">{t('article:backToTop')}</a>
        </p>
      </article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, locale, paths[locale] ?? '', hero) }}
      />
    </PageShell>
  )
}
