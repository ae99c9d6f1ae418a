import { connection } from 'next/server'

import { env } from '@/env'

/**
 * The parameters `next build` pre-renders a route for, read by `read` (usually from the
 * database); none when the build renders on first request (RENDER_ON_FIRST_REQUEST, as the
 * Dockerfile builds: no database, no site address). With none listed and `dynamicParams` on, Next
 * renders each page on its first request and caches it as it would a pre-rendered one.
 * @param read the parameters the quick start pre-renders
 */
export async function paramsToPrerender<T>(read: () => T[] | Promise<T[]>): Promise<T[]> {
  return env.renderOnFirstRequest ? [] : read()
}

/**
 * For a route without parameters that reads the database or SITE_URL (sitemap, robots.txt):
 * when the build renders on first request, the route is left to request time (Next's
 * `connection()`), where it reads the running site's database and address on every request.
 */
export async function atRequestTimeWhenNotPrerendered(): Promise<void> {
  if (env.renderOnFirstRequest) await connection()
}
