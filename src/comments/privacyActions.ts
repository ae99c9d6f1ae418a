'use server'

import { payloadClient } from '@/content/payload.server'
import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { emailFromPrivacyToken, eraseCommenterData, sendPrivacyLinks } from './privacy'
import { consumePrivacyAllowance } from './rateLimit'
import { cleanText } from './validate'

export type PrivacyFormState = { status: 'idle' | 'sent' | 'error' | 'erased'; message?: string; email?: string }

const localeOf = (form: FormData): Locale =>
  isLocale(form.get('pageLocale')) ? (form.get('pageLocale') as Locale) : 'en'

export async function requestPrivacyLinkAction(_previous: PrivacyFormState, form: FormData): Promise<PrivacyFormState> {
  const locale = localeOf(form)
  const t = translator(locale)
  const email = cleanText(form.get('email')).toLowerCase()
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    return { status: 'error', message: t('comments:errors.emailInvalid'), email }
  }
  if (await consumePrivacyAllowance(email)) await sendPrivacyLinks(await payloadClient(), email, locale)
  return { status: 'sent', message: t('comments:privacy.sent') }
}

export async function eraseMyDataAction(_previous: PrivacyFormState, form: FormData): Promise<PrivacyFormState> {
  const t = translator(localeOf(form))
  const email = emailFromPrivacyToken(String(form.get('token') ?? ''))
  if (!email) return { status: 'error', message: t('comments:privacy.invalidLink') }
  await eraseCommenterData(await payloadClient(), email)
  return { status: 'erased', message: t('comments:privacy.erased') }
}
