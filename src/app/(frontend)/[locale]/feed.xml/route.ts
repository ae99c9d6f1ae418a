import { Feed } from 'feed'
import { notFound } from 'next/navigation'

import { latestArticles } from '../../../../content/articles'
import { payloadClient } from '../../../../content/payload.server'
import { env } from '../../../../env'
import { isLocale, localeCodes } from '../../../../i18n/locales'
import { translator } from '../../../../i18n/translate'

export const dynamicParams = false

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }))
}

/** One RSS feed per language, listing only articles readable in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = translator(locale)
  const site = env.SITE_URL
  const payload = await payloadClient()
  const { docs } = await latestArticles(payload, locale, 1)
  const feed = new Feed({
    id: `${site}/${locale}`,
    link: `${site}/${locale}`,
    title: t('feed.title'),
    description: t('feed.description'),
    language: locale,
    copyright: t('footer.copyright', { year: new Date().getUTCFullYear() }),
    updated: docs[0]?.publishedAt ? new Date(docs[0].publishedAt) : new Date(0),
    feedLinks: { rss: `${site}/${locale}/feed.xml` },
    generator: t('site.name'),
  })
  for (const article of docs) {
    const link = `${site}/${locale}/articles/${article.slug}`
    feed.addItem({
      id: link,
      link,
      title: article.title,
      description: article.dek ?? undefined,
      date: new Date(article.publishedAt ?? article.updatedAt),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
