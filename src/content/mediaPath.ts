/**
 * The root-relative form of an upload's URL: `http://localhost:3000/api/media/file/a.webp` →
 * `/api/media/file/a.webp` (query and fragment kept; an already relative URL is returned as is,
 * an empty one stays empty). Payload prefixes stored file URLs with `serverURL` (= SITE_URL); page
 * HTML uses this form so it works on any host, and only canonical links, Open Graph, JSON-LD,
 * feeds and the sitemap make URLs absolute with SITE_URL (decision 013).
 * @param url an upload URL as Payload returns it, absolute or root-relative
 * @returns the path, search and hash of `url`
 */
export function mediaPath(url: string): string {
  if (!url || url.startsWith('/')) return url
  const parsed = new URL(url, 'http://relative.invalid')
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}
