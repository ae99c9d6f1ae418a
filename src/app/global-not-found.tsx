import type { Metadata } from 'next'

import { FeedLink } from '@/components/FeedLink'
import { NotFoundContent } from '@/components/NotFoundContent'
import { everyLocalePath, PageShell } from '@/components/PageShell'
import { defaultLocale, localeDefinition } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import './(frontend)/[locale]/site.css'

const t = translator(defaultLocale)

export const metadata: Metadata = { title: `${t('notFound.title')} · ${t('site.name')}`, robots: { index: false } }

/**
 * For addresses outside every language (an unknown locale such as /xx/…): the language cannot be
 * known, so the reader gets the English 404, with the site header and its language switcher.
 */
export default function GlobalNotFound() {
  const definition = localeDefinition(defaultLocale)
  return (
    <html lang={defaultLocale} dir={definition.dir} data-script={definition.script}>
      <head>
        <FeedLink locale={defaultLocale} />
      </head>
      <body>
        <PageShell locale={defaultLocale} paths={everyLocalePath()}>
          <NotFoundContent locale={defaultLocale} />
        </PageShell>
      </body>
    </html>
  )
}
