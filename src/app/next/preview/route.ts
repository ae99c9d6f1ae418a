import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../../collections/access/roles'
import { payloadClient } from '@/content/payload.server'
import { isLocale } from '@/i18n/locales'

/**
 * The admin's "Preview" button: a signed-in newsroom member sees the article's latest draft in
 * the chosen language. Anyone else is refused; readers never get draft mode.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const locale = url.searchParams.get('locale')
  const slug = url.searchParams.get('slug')
  if (!isLocale(locale) || !slug || !/^[a-z0-9-]{1,120}$/.test(slug)) {
    return new Response('Preview needs a language and a slug: save the article first.', { status: 400 })
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) {
    return new Response('Sign in to the admin to preview drafts.', { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(`/${locale}/articles/${slug}`)
}
