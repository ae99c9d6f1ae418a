import type { Alternates } from '@/content/articles'
import { type Locale, locales } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Props = {
  locale: Locale
  /** Path of this page in each language; a language missing here has no translation yet. */
  paths: Alternates
}

/**
 * Plain links, so it works without JavaScript. `?setlang=1` lets the proxy remember the
 * reader's explicit choice in a cookie before it redirects to the clean address.
 */
export function LanguageSwitcher({ locale, paths }: Props) {
  const t = translator(locale)
  return (
    <nav className="language-switcher" aria-label={t('a11y.languageNavigation')}>
      <ul>
        {locales.map((language) => {
          const path = paths[language.code]
          if (language.code === locale) {
            return (
              <li key={language.code}>
                <span
                  aria-current="page"
                  lang={language.code}
                  title={t('language.current', { language: language.name })}
                >
                  {language.name}
                </span>
              </li>
            )
          }
          if (!path) {
            return (
              <li key={language.code}>
                <span className="unavailable" lang={language.code}>
                  <s aria-hidden="true">{language.name}</s>
                  <span className="visually-hidden">{t('language.unavailable', { language: language.name })}</span>
                </span>
              </li>
            )
          }
          return (
            <li key={language.code}>
              <a href={`${path}?setlang=1`} hrefLang={language.code} lang={language.code}>
                {language.name}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
