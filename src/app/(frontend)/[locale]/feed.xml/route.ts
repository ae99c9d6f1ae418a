import { Feed } from 'feed'
import { notFound } from 'next/navigation'

import { declareTags } from '@/components/CacheTags'
import { latestArticles } from '@/content/articles'
import { payloadClient } from '@/content/payload.server'
import { paramsToPrerender } from '@/content/renderOnFirstRequest'
import { env } from '@/env'
import { isLocale, localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { optionalTextForXml, textForXml } from '@/content/safeText'
import { cacheTag } from '@/revalidate/tags'
import { CACHE_TAGS_HEADER } from '@/server/cacheTagsMarker.mjs'
import { articlePath } from '@/seo/alternates'

// Another language code is refused by the handler (404), not by a fixed list: a build that renders
// on first request lists none.
export const dynamicParams = true

export function generateStaticParams() {
  return paramsToPrerender(() => localeCodes.map((locale) => ({ locale })))
}

/**
 * One RSS feed per language, listing only articles readable in that language. Every text is made
 * valid XML (`src/content/safeText.ts`): one stray control character must not break the whole feed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = translator(locale)
  const site = env.SITE_URL
  const payload = await payloadClient()
  const { docs } = await latestArticles(payload, locale, 1)
  // Titles and deks change with their articles; every article change purges its language's lists.
  const tags = [cacheTag.lists(locale)]
  await declareTags(tags)
  const feed = new Feed({
    id: `${site}/${locale}`,
    link: `${site}/${locale}`,
    title: textForXml(t('feed.title')),
    description: textForXml(t('feed.description')),
    language: locale,
    copyright: textForXml(t('footer.copyright', { year: new Date().getUTCFullYear() })),
    updated: docs[0]?.publishedAt ? new Date(docs[0].publishedAt) : new Date(0),
    feedLinks: { rss: `${site}/${locale}/feed.xml` },
    generator: textForXml(t('site.name')),
  })
  for (const article of docs) {
    if (!article.slug) continue
    const link = new URL(articlePath(locale, article.slug), site).toString()
    feed.addItem({
      id: link,
      link,
      title: textForXml(article.title),
      description: optionalTextForXml(article.dek),
      date: new Date(article.publishedAt ?? article.updatedAt),
    })
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', [CACHE_TAGS_HEADER]: tags.join(' ') },
  })
}
