/**
 * Characters that may not reach XML (feeds, sitemap) or JSON-LD, and the one place that decides so.
 * XML 1.0 §2.2 allows tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the
 * supplementary planes; we also drop C1 controls (U+0080–U+009F, "discouraged" by §2.2, invisible
 * and never meant as text), DEL, lone surrogates (not Unicode text at all) and U+FFFE/U+FFFF.
 */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu

/** Controls that word processors use as line or page breaks: they become a space, so words stay apart. */
const breaks = /[\u000B\u000C\u0085]/g

/**
 * `text` made valid for XML and JSON-LD: line-break controls (U+000B, U+000C, U+0085) become a
 * space, every other forbidden character (see above) is removed. Anything else, including tab,
 * newline and every script's letters, is kept as is. Non-strings give ''.
 */
export function textForXml(text: unknown): string {
  if (typeof text !== 'string') return ''
  return text.replace(breaks, ' ').replace(forbidden, '')
}

/** The same for an optional field: `undefined` stays `undefined` (the feed and JSON-LD then omit it). */
export function optionalTextForXml(text: string | null | undefined): string | undefined {
  return text === null || text === undefined ? undefined : textForXml(text)
}

/**
 * The first character of `text` that {@link textForXml} would change, as `U+000B`, or null when there is none.
 * For save-time validation: the editor is told which invisible character to remove.
 */
export function firstForbiddenCharacter(text: unknown): string | null {
  if (typeof text !== 'string') return null
  const match = new RegExp(forbidden.source, 'u').exec(text) ?? /[\u000B\u000C\u0085]/.exec(text)
  if (!match) return null
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * `data` as the body of a `<script type="application/ld+json">`: every string made valid by
 * {@link textForXml}, and `<`, `>`, `&`, U+2028 and U+2029 written as JSON escapes, so no value
 * (`</script>`, `<!--`) can end the script element or change how the HTML around it parses.
 */
export function jsonLdForScript(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? textForXml(value) : value))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
