import type { PayloadRequest } from 'payload'

/**
 * Runs local API calls that share `req` (its user, its transaction) but name their own locale.
 * Payload's `createLocalReq` sets `req.locale` and `req.fallbackLocale` from each call's arguments
 * (a call without `fallbackLocale` sets the default locale's fallback), and whatever runs later in
 * the same request reads them: hiding an unpublished translation compares `req.locale`, and an
 * update reads its answer with the locale and fallback its request holds once `beforeOperation`
 * hooks have run. Both are put back, whether `read` resolves or throws.
 */
export async function keepingLocale<T>(req: PayloadRequest | undefined, read: () => Promise<T>): Promise<T> {
  if (!req) return read()
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
