import type { Alternates } from '@/content/articles'
import { type Locale, locales } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/** Shown instead of silently falling back to English: say so, and offer the languages that exist. */
export function UntranslatedNotice({ locale, paths }: { locale: Locale; paths: Alternates }) {
  const t = translator(locale)
  const available = locales.filter((language) => paths[language.code])
  return (
    <section className="notice" aria-labelledby="untranslated-heading">
      <h1 id="untranslated-heading">{t('article:notTranslated.title')}</h1>
      {available.length > 0 ? (
        <>
          <p>{t('article:notTranslated.body')}</p>
          <ul>
            {available.map((language) => (
              <li key={language.code}>
                <a href={paths[language.code]} hrefLang={language.code} lang={language.code}>
                  {language.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('article:notTranslated.none')}</p>
      )}
    </section>
  )
}
