// @ts-check
/*
 * Decision 003, "readable in a language", in one place: the predicate for a document already in
 * hand and the matching Payload `where` for queries. Plain JavaScript so that the site and the
 * Node tools that pick an article over REST (`scripts/lib/story.mjs`: stress, bench, browser
 * tests) ask the same question.
 *
 * The rule: a document is readable in `locale` when it is published (articles; quotes have no
 * drafts), has a headline of its own in `locale` (never another language's, so read with
 * fallback off), and `locale` is its source language or a translation marked `published`.
 */

/**
 * The language part of the rule: `locale` is the source or a published translation. Used alone
 * where the headline is not at hand (hiding an unpublished translation's text from readers).
 * @param {{ sourceLocale?: string | null, translationStatus?: Record<string, string | null | undefined> | null }} state
 *   the document's `sourceLocale` and its per-language `translationStatus` (read with `locale: 'all'`)
 * @param {string} locale a code of src/i18n/locales.ts
 * @returns {boolean}
 */
export function isLanguagePublished(state, locale) {
  return state.sourceLocale === locale || state.translationStatus?.[locale] === 'published'
}

/**
 * The whole rule for one language of a document in hand (its `_status` checked by the caller,
 * or by the query that read it).
 * @param {{ sourceLocale?: string | null }} doc the document (only `sourceLocale` is read)
 * @param {string | null | undefined} status `translationStatus` in `locale`
 * @param {unknown} headline the headline (an article's `title`, a quote's `text`) in `locale`, fallback off
 * @param {string} locale a code of src/i18n/locales.ts
 * @returns {boolean} true when a reader of `locale` may read it
 */
export function isReadableIn(doc, status, headline, locale) {
  if (typeof headline !== 'string' || !headline.trim()) return false
  return isLanguagePublished({ sourceLocale: doc.sourceLocale, translationStatus: { [locale]: status } }, locale)
}

/**
 * The rule as a Payload query on articles: published, with a headline in `locale`, and `locale`
 * is the source or a published translation. Read with `locale` set and fallback off, or another
 * language's headline answers for the missing one.
 * @param {string} locale a code of src/i18n/locales.ts
 */
export function readableInLocaleWhere(locale) {
  return {
    and: [
      { _status: { equals: 'published' } },
      { title: { exists: true } },
      { or: [{ sourceLocale: { equals: locale } }, { translationStatus: { equals: 'published' } }] },
    ],
  }
}
