import type { Metadata } from 'next'
import { cookies } from 'next/headers'

import { MY_COMMENTS_COOKIE, myCommentIds } from '@/comments/signing'
import type { Locale } from '@/i18n/locales'
import ArticlePage, {
  ArticlePageContent,
  generateMetadata as articleMetadata,
} from '@/app/(frontend)/[locale]/articles/[slug]/page'

type Params = { params: Promise<{ locale: Locale; slug: string }> }

// The proxy sends a reader who has comments awaiting moderation here instead of the cached
// page: the same article, rendered for them alone, with their pending comments marked.
export const dynamic = 'force-dynamic'

export async function generateMetadata(props: Params): Promise<Metadata> {
  return { ...(await articleMetadata(props)), robots: { index: false, follow: true } }
}

export default async function ArticleWithMyComments({ params }: Params) {
  const { locale, slug } = await params
  const mine = myCommentIds((await cookies()).get(MY_COMMENTS_COOKIE)?.value)
  if (mine.length === 0) return <ArticlePage params={params} />
  return <ArticlePageContent locale={locale} slug={slug} mineIds={mine} />
}
