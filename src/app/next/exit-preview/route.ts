import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isLocale } from '@/i18n/locales'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const locale = new URL(request.url).searchParams.get('locale')
  redirect(isLocale(locale) ? `/${locale}` : '/')
}
