import type { MetadataRoute } from 'next'

import { declareTags } from '@/components/CacheTags'
import { readablePaths } from '@/content/articles'
import { payloadClient } from '@/content/payload.server'
import { atRequestTimeWhenNotPrerendered } from '@/content/renderOnFirstRequest'
import { env } from '@/env'
import { localeCodes } from '@/i18n/locales'
import { cacheTag } from '@/revalidate/tags'
import { articlePaths, languageAlternates } from '@/seo/alternates'

export const revalidate = 300

/** Every readable page once per language, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await atRequestTimeWhenNotPrerendered()
  const absolute = (path: string) => new URL(path, env.SITE_URL).toString()
  const absoluteAll = (paths: Record<string, string>) =>
    Object.fromEntries(Object.entries(paths).map(([code, path]) => [code, absolute(path)]))
  const fronts = localeCodes.map((locale) => ({
    url: absolute(`/${locale}`),
    changeFrequency: 'hourly' as const,
    alternates: {
      languages: absoluteAll(languageAlternates(Object.fromEntries(localeCodes.map((c) => [c, `/${c}`])))),
    },
  }))
  // Every publication, unpublication or slug change purges its language's lists.
  await declareTags(localeCodes.map((locale) => cacheTag.lists(locale)))
  const payload = await payloadClient()
  const articles = (await readablePaths(payload)).flatMap(({ alternates, updatedAt }) => {
    const paths = articlePaths(alternates)
    const languages = absoluteAll(languageAlternates(paths))
    return Object.values(paths).map((path) => ({
      url: absolute(path),
      lastModified: updatedAt,
      alternates: { languages },
    }))
  })
  return [...fronts, ...articles]
}
