// @ts-check
// How a page tells the reader edge its cache tags: a `<meta name="altai-cache-tags" content="a b">`
// element that the page renders (src/components/CacheTags.tsx) and the edge takes out of the HTML.
// A response that is not HTML (a feed) names them in the `x-altai-cache-tags` header instead.

export const CACHE_TAGS_MARKER = 'altai-cache-tags'
export const CACHE_TAGS_HEADER = 'x-altai-cache-tags'

const marker = new RegExp(`<meta\\b[^>]*\\bname="${CACHE_TAGS_MARKER}"[^>]*>`, 'gi')
const content = /\bcontent="([^"]*)"/i

/**
 * The cache tags a page declared, and its HTML without the markers (every other byte unchanged).
 * Several markers (a page and a component each declaring) add up.
 * @param {string} html
 * @returns {{ tags: string[], html: string }} tags sorted and unique, `[]` when the page declared none
 */
export function takeCacheTags(html) {
  /** @type {Set<string>} */
  const tags = new Set()
  const stripped = html.replace(marker, (element) => {
    for (const tag of (content.exec(element)?.[1] ?? '').split(/\s+/)) if (tag) tags.add(tag)
    return ''
  })
  return { tags: [...tags].sort(), html: stripped }
}

/**
 * The tags named by a response header (a space-separated list), for responses that are not HTML.
 * @param {string | string[] | undefined} value
 * @returns {string[]}
 */
export function tagsFromHeader(value) {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '')
  return [...new Set(text.split(/\s+/).filter(Boolean))].sort()
}
