import { defaultLocale, isLocale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

/**
 * The newsroom's name in an admin language ("Altai News", «Алтай жаңалықтары»): the public site's
 * own `site.name` (locales/<lng>/common.json), so the admin and the site never name it twice.
 * An admin language that is not a content language gets the default language's name.
 */
export function newsroomName(language: string | undefined): string {
  return translator(isLocale(language) ? language : defaultLocale)('site.name')
}

/** What ends every admin page's title: "Log in · Altai News". */
export function adminTitleSuffix(language: string | undefined): string {
  return `· ${newsroomName(language)}`
}
