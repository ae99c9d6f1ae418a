import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { FeedLink } from '@/components/FeedLink'
import { paramsToPrerender } from '@/content/renderOnFirstRequest'
import { env } from '@/env'
import { isLocale, localeCodes, localeDefinition } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import './site.css'

/** Every language's pages are pre-rendered, unless the build renders them on first request. */
export function generateStaticParams() {
  return paramsToPrerender(() => localeCodes.map((locale) => ({ locale })))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = translator(locale)
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
    description: t('site.tagline'),
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const definition = localeDefinition(locale)
  return (
    <html lang={locale} dir={definition.dir} data-script={definition.script}>
      {/* In the layout, not the metadata: a page's own `alternates` (canonical, hreflang) would replace it. */}
      <head>
        <FeedLink locale={locale} />
      </head>
      <body>{children}</body>
    </html>
  )
}
