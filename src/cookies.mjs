// @ts-check
// The names of the site's own cookies, read by the app and by the plain-Node server layer.

/** The cookie set when an article page is opened: when the reader started reading (comment form clock). */
export const FORM_CLOCK_COOKIE = 'altai_opened'
/** The comment ids this browser wrote and may see while they are pending. */
export const MY_COMMENTS_COOKIE = 'altai_mine'
/** The language a reader chose with the switcher; its value is a locale code (`kk`, `kk-Arab`). */
export const LOCALE_COOKIE = 'altai_locale'
/** Payload's own cookie for the admin language (`${cookiePrefix}-lng`). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
