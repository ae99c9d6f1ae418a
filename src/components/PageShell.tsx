import type { ReactNode } from 'react'

import type { Alternates } from '@/content/articles'
import { type Locale, localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { LanguageSwitcher } from './LanguageSwitcher'
import { SearchForm } from './SearchForm'

type Props = {
  locale: Locale
  paths: Alternates
  query?: string
  children: ReactNode
}

/** Header, landmarks and footer shared by every public page. */
export function PageShell({ locale, paths, query, children }: Props) {
  const t = translator(locale)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('a11y.skipToContent')}
      </a>
      <header className="site-header" id="top">
        <div className="site-header__inner">
          <a className="site-name" href={`/${locale}`}>
            {t('site.name')}
          </a>
          <SearchForm locale={locale} query={query} />
        </div>
        <LanguageSwitcher locale={locale} paths={paths} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.tagline')}</p>
        <ul>
          <li>
            <a href={`/${locale}/feed.xml`} type="application/rss+xml">
              {t('footer.rss')}
            </a>
          </li>
          <li>
            <a href="/sitemap.xml">{t('footer.sitemap')}</a>
          </li>
          <li>
            <a href={`/${locale}/privacy`}>{t('comments:privacy.link')}</a>
          </li>
        </ul>
        <p>{t('footer.copyright', { year: new Date().getUTCFullYear() })}</p>
      </footer>
    </>
  )
}

/** The same page in every language, for pages that exist in all of them (front page, search). */
export function everyLocalePath(suffix = ''): Alternates {
  return Object.fromEntries(localeCodes.map((code) => [code, `/${code}${suffix}`]))
}
