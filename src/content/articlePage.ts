import 'server-only'

import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { articleBySlug } from './articles'
import { requestReadingContext } from './readingContext.server'

/**
 * The article a page URL names (`articleBySlug`: found, untranslated or missing), read once per
 * request: `generateMetadata` and the page of `articles/[slug]` and of its `/mine` render both
 * call this, and React's `cache` (Next's guidance for data shared by metadata and page) hands the
 * second caller the first one's result. Every read goes through the request's reading context,
 * so a preview (`draft`) sees drafts throughout; `context.payload` is for the page's further reads.
 */
export const articlePageLookup = cache(async (locale: Locale, slug: string) => {
  const context = await requestReadingContext()
  return { ...(await articleBySlug(context, locale, slug)), context, draft: context.draft }
})
