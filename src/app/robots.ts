import type { MetadataRoute } from 'next'

import { atRequestTimeWhenNotPrerendered } from '@/content/renderOnFirstRequest'
import { env } from '@/env'

export default async function robots(): Promise<MetadataRoute.Robots> {
  await atRequestTimeWhenNotPrerendered()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next/'] }],
    sitemap: new URL('/sitemap.xml', env.SITE_URL).toString(),
  }
}
