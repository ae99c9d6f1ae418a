import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/** Feed discovery: the `<link rel="alternate">` to this language's RSS feed, for the `<head>` of every reader page. */
export function FeedLink({ locale }: { locale: Locale }) {
  return (
    <link
      rel="alternate"
      type="application/rss+xml"
      href={`/${locale}/feed.xml`}
      title={translator(locale)('feed.title')}
    />
  )
}
