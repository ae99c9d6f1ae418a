import type { Metadata } from 'next'

import { everyLocalePath, PageShell } from '@/components/PageShell'
import { EraseForm } from '@/components/comments/PrivacyForms'
import { emailFromPrivacyToken } from '@/comments/privacy'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> }

export const metadata: Metadata = { robots: { index: false, follow: false } }

export default async function ErasePage({ params, searchParams }: Props) {
  const { locale } = await params
  const token = (await searchParams).token ?? ''
  const t = translator(locale)
  const valid = Boolean(emailFromPrivacyToken(token))
  return (
    <PageShell locale={locale} paths={everyLocalePath('/privacy')}>
      <div className="article">
        <h1 className="page-title">{t('comments:privacy.title')}</h1>
        {valid ? (
          <EraseForm
            pageLocale={locale}
            token={token}
            labels={{ confirm: t('comments:privacy.confirmErase'), submit: t('comments:privacy.eraseButton') }}
          />
        ) : (
          <p role="alert">{t('comments:privacy.invalidLink')}</p>
        )}
      </div>
    </PageShell>
  )
}
