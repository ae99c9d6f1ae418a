// @ts-check
// Reader pages reach the browser as plain HTML: the reader edge takes Next's runtime out of the
// HTML Next rendered (script elements, inline flight data, script preloads) before it is stored
// or sent. Everything a reader does works with plain links and form posts; see
// docs/decisions/013-reader-pages-as-plain-html.md.

/** `<script>` elements, with their attributes (1) and body (2). */
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
/** Data blocks browsers never execute (JSON-LD for search engines): kept. */
const dataBlock = /\stype=["']?application\/(?:ld\+)?json["']?/i
/** `<link rel="modulepreload">` and `<link rel="preload" as="script">`, in any attribute order. */
const linkElement = /<link\b[^>]*>/gi
const scriptPreload = /\srel=["']?modulepreload\b|\sas=["']?script\b/i

/**
 * The HTML of a reader page without Next's client runtime: every `<script>` element except
 * JSON/JSON-LD data blocks, and every script preload (`rel="modulepreload"`, `rel="preload"
 * as="script"`), removed. The rest of the markup is untouched byte for byte.
 * @param {string} html a complete page as Next rendered it
 * @returns {string}
 */
export function withoutScripts(html) {
  return html
    .replace(scriptElement, (element, attributes) => (dataBlock.test(attributes) ? element : ''))
    .replace(linkElement, (element) => (scriptPreload.test(element) ? '' : element))
}
