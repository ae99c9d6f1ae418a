// @ts-check
/**
 * Decision 003 ("an article in a language") as a Payload query, in plain JavaScript so that the
 * site (`publishedInLocale` in articles.ts) and the Node tools that pick an article over REST
 * (`scripts/lib/story.mjs`: stress, bench, browser tests) ask the same question. Published, with
 * a headline in `locale`, and `locale` is the source or a published translation. Read it with
 * `locale` set and fallback off, or another language's headline answers for the missing one.
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
