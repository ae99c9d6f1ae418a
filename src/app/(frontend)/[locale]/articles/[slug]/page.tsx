import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/ArticleView'
import { CacheTags, declareTags } from '@/components/CacheTags'
import { PageShell } from '@/components/PageShell'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { articlePageLookup } from '@/content/articlePage'
import { readablePaths } from '@/content/articles'
import { approvedComments } from '@/content/comments'
import { payloadClient } from '@/content/payload.server'
import { paramsToPrerender } from '@/content/renderOnFirstRequest'
import type { Locale } from '@/i18n/locales'
import type { Media, Organization } from '@/payload-types'
import { cacheTag } from '@/revalidate/tags'
import { articleMetadata } from '@/seo/articleMetadata'
import { articlePaths } from '@/seo/alternates'

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

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  return articleMetadata(locale, await articlePageLookup(locale, slug))
}

/** The article page as every reader gets it (cached); ./mine renders it for a reader with pending comments. */
export default async function ArticlePage({ params }: Params) {
  const { locale, slug } = await params
  const lookup = await articlePageLookup(locale, slug)
  if (lookup.kind === 'missing') {
    // A cached "not found" goes when an article takes this address (a publication purges the lists).
    await declareTags([cacheTag.lists(locale)])
    notFound()
  }
  const paths = articlePaths(lookup.alternates)
  if (lookup.kind === 'untranslated') {
    return (
      <PageShell locale={locale} paths={paths}>
        <CacheTags tags={[cacheTag.article(lookup.id, locale)]} />
        <UntranslatedNotice locale={locale} paths={paths} />
      </PageShell>
    )
  }
  const { article, draft, context } = lookup
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
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
      <ArticleView
        article={article}
        locale={locale}
        path={paths[locale] ?? ''}
        preview={draft}
        comments={await approvedComments(context.payload, article.id)}
        mine={[]}
      />
    </PageShell>
  )
}
