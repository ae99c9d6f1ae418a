import type { Metadata } from 'next'

import { resources } from '../../locales'
import { locales } from '../i18n/locales'
import './(frontend)/[locale]/site.css'

export const metadata: Metadata = { title: '404', robots: { index: false } }

/**
 * For addresses outside every language (an unknown locale such as /xx/…): we cannot know the
 * reader's language, so the message is given in all five, each marked with its own lang.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found not-found--all">
          {locales.map((language) => {
            const text = resources[language.code].common
            return (
              <section key={language.code} lang={language.code}>
                <h1>{text.notFound.title}</h1>
                <p>{text.notFound.body}</p>
                <p>
                  <a href={`/${language.code}`}>{text.notFound.home}</a>
                </p>
              </section>
            )
          })}
        </main>
      </body>
    </html>
  )
}
