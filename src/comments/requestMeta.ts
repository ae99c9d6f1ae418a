import { env } from '@/env'

/** What these functions read of a request's headers (a `Headers`, or the server layer's own reader). */
export type HeaderReader = { get(name: string): string | null }

/** The reader's address as our server saw it; a proxy's X-Forwarded-For only when TRUST_PROXY is set. */
export function clientIpFrom(headers: HeaderReader): string {
  const forwarded =
    headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean) ?? []
  // scripts/serve.mjs replaces a client's X-Forwarded-For with the socket's address unless
  // TRUST_PROXY is set; a trusted reverse proxy puts the reader's address first.
  const ip = env.trustProxy ? forwarded[0] : forwarded.at(-1)
  return ip || headers.get('x-real-ip') || 'unknown'
}

/** A write from another site (or a sandboxed frame, Origin: null) is refused. */
export function isSameOrigin(headers: HeaderReader, siteUrl: string): boolean {
  const origin = headers.get('origin')
  if (origin === null) return true // same-origin form posts from old browsers send none; cookies are SameSite=Lax
  if (origin === 'null') return false
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  try {
    const url = new URL(origin)
    return url.host === host || url.origin === new URL(siteUrl).origin
  } catch {
    return false
  }
}

/**
 * The request body as text, read only up to `maxBytes`: a larger body (announced or not, since a
 * chunked request has no Content-Length) is refused after at most that many bytes, never buffered.
 */
export async function readBodyWithin(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false }> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { ok: false }
  if (!request.body) return { ok: true, text: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false }
    }
    chunks.push(value)
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') }
}
