'use client'

import { useParams } from 'next/navigation'

import enCommon from '../../locales/en/common.json' with { type: 'json' }
import kkCommon from '../../locales/kk/common.json' with { type: 'json' }
import mnCommon from '../../locales/mn/common.json' with { type: 'json' }
import ruCommon from '../../locales/ru/common.json' with { type: 'json' }
import zhCommon from '../../locales/zh/common.json' with { type: 'json' }
import { defaultLocale, isLocale } from '../i18n/locales'

// Next gives a not-found page no params; a client component reads them, and is still rendered
// on the server, so the page is complete without JavaScript.
const messages = { en: enCommon, zh: zhCommon, ru: ruCommon, kk: kkCommon, mn: mnCommon }

export function LocalizedNotFound() {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  const text = messages[locale]
  return (
    <>
      <a className="skip-link" href="#main">
        {text.a11y.skipToContent}
      </a>
      <header className="site-header" id="top">
        <div className="site-header__inner">
          <a className="site-name" href={`/${locale}`}>
            {text.site.name}
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="not-found">
        <h1>{text.notFound.title}</h1>
        <p>{text.notFound.body}</p>
        <p>
          <a href={`/${locale}`}>{text.notFound.home}</a>
        </p>
      </main>
    </>
  )
}
