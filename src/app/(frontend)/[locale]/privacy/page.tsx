import type { Metadata } from 'next'

import { everyLocalePath, PageShell } from '@/components/PageShell'
import { PrivacyLinkForm } from '@/components/comments/PrivacyForms'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Params = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return { title: translator(locale)('comments:privacy.title'), robots: { index: false, follow: true } }
}

export default async function PrivacyPage({ params }: Params) {
  const { locale } = await params
  const t = translator(locale)
  return (
    <PageShell locale={locale} paths={everyLocalePath('/privacy')}>
      <div className="article">
        <h1 className="page-title">{t('comments:privacy.title')}</h1>
        <p>{t('comments:privacy.intro')}</p>
        <PrivacyLinkForm
          pageLocale={locale}
          labels={{ email: t('comments:privacy.email'), submit: t('comments:privacy.submit') }}
        />
      </div>
    </PageShell>
  )
}
