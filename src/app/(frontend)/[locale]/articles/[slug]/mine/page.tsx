import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'

import { MY_COMMENTS_COOKIE, myCommentIds } from '@/comments/signing'
import { ArticleView } from '@/components/ArticleView'
import { PageShell } from '@/components/PageShell'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { articlePageLookup } from '@/content/articlePage'
import { approvedComments, myPendingComments } from '@/content/comments'
import type { Locale } from '@/i18n/locales'
import { articleMetadata } from '@/seo/articleMetadata'
import { articlePaths } from '@/seo/alternates'

type Params = { params: Promise<{ locale: Locale; slug: string }> }

// The proxy sends a reader who has comments awaiting moderation here instead of the cached
// page: the same article, rendered for them alone, with their pending comments marked.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  return { ...articleMetadata(locale, await articlePageLookup(locale, slug)), robots: { index: false, follow: true } }
}

export default async function ArticleWithMyComments({ params }: Params) {
  const { locale, slug } = await params
  const mineIds = myCommentIds((await cookies()).get(MY_COMMENTS_COOKIE)?.value)
  const lookup = await articlePageLookup(locale, slug)
  if (lookup.kind === 'missing') notFound()
  const paths = articlePaths(lookup.alternates)
  if (lookup.kind === 'untranslated') {
    return (
      <PageShell locale={locale} paths={paths}>
        <UntranslatedNotice locale={locale} paths={paths} />
      </PageShell>
    )
  }
  const { article, draft, context } = lookup
  const { payload } = context
  return (
    <PageShell locale={locale} paths={paths}>
      <ArticleView
        article={article}
        locale={locale}
        path={paths[locale] ?? ''}
        preview={draft}
        comments={await approvedComments(payload, article.id)}
        mine={mineIds.length ? await myPendingComments(payload, article.id, mineIds) : []}
      />
    </PageShell>
  )
}
