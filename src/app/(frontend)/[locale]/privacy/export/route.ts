import { emailFromPrivacyToken, exportCommenterData } from '@/comments/privacy'
import { payloadClient } from '@/content/payload.server'
import { isLocale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/** The reader's own data as a JSON download, for a signed link sent to their address. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const t = translator(isLocale(locale) ? locale : 'en')
  const email = emailFromPrivacyToken(new URL(request.url).searchParams.get('token'))
  if (!email) {
    return new Response(t('comments:privacy.invalidLink'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const data = await exportCommenterData(await payloadClient(), email)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="altai-news-my-comments.json"',
      'Cache-Control': 'no-store',
    },
  })
}
