import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { type NextRequest, NextResponse } from 'next/server'

import { ADMIN_LANGUAGE_COOKIE, LOCALE_COOKIE, MY_COMMENTS_COOKIE } from './cookies.mjs'
import { articlePathPattern } from './i18n/localePaths.mjs'
import { defaultLocale, isLocale, type Locale, localeCodes } from './i18n/locales'

const YEAR = 60 * 60 * 24 * 365
const articlePage = articlePathPattern(localeCodes)

/**
 * `/` sends a reader to their language: an explicit earlier choice (cookie) first, then the
 * browser's Accept-Language, then English. A switcher link (`?setlang=1`) records the choice.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl

  if (articlePage.test(pathname) && !searchParams.has('setlang') && request.cookies.has(MY_COMMENTS_COOKIE))
    return articleRequest(request)
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return adminRequest(request)

  if (searchParams.has('setlang')) {
    const chosen = pathname.split('/')[1]
    const clean = request.nextUrl.clone()
    clean.searchParams.delete('setlang')
    const response = NextResponse.redirect(clean, 303)
    if (isLocale(chosen)) {
      response.cookies.set(LOCALE_COOKIE, chosen, { path: '/', maxAge: YEAR, sameSite: 'lax' })
    }
    return response
  }

  // Only `/` is negotiated; any other path the matcher lets through (an article address that is
  // not a slug, say) goes on to its route and gets that route's answer, a 404 in its language.
  if (pathname !== '/') return NextResponse.next()

  const remembered = request.cookies.get(LOCALE_COOKIE)?.value
  const locale = isLocale(remembered) ? remembered : negotiate(request.headers.get('accept-language'))
  const target = request.nextUrl.clone()
  target.pathname = `/${locale}`
  const response = NextResponse.redirect(target, 307)
  response.headers.set('Vary', 'Accept-Language, Cookie')
  return response
}

/**
 * Article pages stay cached for everyone. A reader with comments awaiting moderation (a signed
 * cookie) gets the page rendered for them, with their pending comments; the matcher below runs
 * this only when that cookie is present. The comment form's clock cookie is set by the reader
 * edge in scripts/serve.mjs, which serves cached pages without reaching this proxy.
 */
function articleRequest(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next()
  return NextResponse.rewrite(new URL(`${request.nextUrl.pathname.replace(/\/$/, '')}/mine`, request.url))
}

/**
 * Payload's admin detects only the languages it ships from Accept-Language. On a first visit
 * (no language cookie yet) we negotiate among all five and hand Payload the answer as its cookie,
 * so a browser asking for Kazakh or Mongolian opens the admin in Kazakh or Mongolian.
 */
function adminRequest(request: NextRequest) {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  const language = negotiate(request.headers.get('accept-language'))
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${ADMIN_LANGUAGE_COOKIE}=${language}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, language, { path: '/', maxAge: YEAR, sameSite: 'lax' })
  return response
}

/**
 * The best of `codes` for an Accept-Language header (BCP 47 matching, so `kk-Arab` asks for
 * `kk-Arab` before `kk`); the default locale when nothing matches or the header is malformed.
 */
export function negotiate<Code extends string = Locale>(
  acceptLanguage: string | null,
  codes: readonly Code[] = localeCodes as readonly string[] as readonly Code[],
): Code {
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages()
  try {
    return match(requested, [...codes], defaultLocale) as Code
  } catch {
    // A malformed header (e.g. "*;q=x") is not the reader's fault: fall back to English.
    return defaultLocale as Code
  }
}

// Next reads the matcher statically, so it is written out; tests/unit/locale-rules.test.ts checks
// that it says what src/i18n/localePaths.mjs `proxyMatcher` builds from the one list of languages.
export const config = {
  matcher: [
    '/',
    { source: '/:locale(en|zh|ru|kk|mn)/:path*', has: [{ type: 'query', key: 'setlang' }] },
    { source: '/:locale(en|zh|ru|kk|mn)/articles/:slug', has: [{ type: 'cookie', key: 'altai_mine' }] },
    '/admin',
    '/admin/:path*',
  ],
}
