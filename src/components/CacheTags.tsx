import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS_MARKER } from '@/server/cacheTagsMarker.mjs'

/**
 * Ties the page being rendered to `tags` in Next's incremental cache: a cached call made only for
 * its tags, which Next adds to the tags of the page entry it is rendering (a tag purge then expires
 * the page). Call it before `notFound()` too, so a cached "not found" goes when the article appears.
 * @param tags from `cacheTag` (src/revalidate/tags.ts)
 */
export async function declareTags(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)].sort()
  if (unique.length === 0) return
  await unstable_cache(async () => true, ['altai-cache-tags', ...unique], { tags: unique })()
}

/**
 * A reader page's cache tags, declared where the page read what it shows: Next's cache learns them
 * (`declareTags`) and so does the reader edge, from a marker element in the HTML that the edge
 * takes out before the page is stored or sent (src/server/cacheTagsMarker.mjs) and turns into the
 * front cache's `xkey` header. Renders the marker only.
 */
export async function CacheTags({ tags }: { tags: readonly string[] }) {
  const unique = [...new Set(tags)].sort()
  await declareTags(unique)
  return <meta name={CACHE_TAGS_MARKER} content={unique.join(' ')} />
}
