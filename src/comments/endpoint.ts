import type { CommentPost, JsonAnswer } from '@/server/commentEndpoint.mjs'
import { COMMENT_BODY_MAX_BYTES } from '@/server/commentEndpoint.mjs'
import { payloadClient } from '@/content/payload.server'
import { env } from '@/env'
import { isLocale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import { fieldErrorMessages, refusalMessage } from './messages'
import { clientIpFrom, isSameOrigin } from './requestMeta'
import { commentLimits } from './rules'
import { FORM_CLOCK_COOKIE } from './signing'
import { submitComment } from './submitComment'

/**
 * The comment service as JSON, for apps and load tests: the same rules and the same messages, in
 * the language of the URL, as the form on the article page. One handler for both ways in: Next's
 * route (`src/app/(frontend)/[locale]/comments/route.ts`) and the server layer's short way
 * (src/server/commentEndpoint.mjs). Answers 201 (stored, pending), 200 (a retry of one already
 * stored), 400 (not a JSON object), 403 (another site's page), 404 (no such language or article),
 * 413 (body over 64 KB, with `Connection: close`), 422 (invalid fields, or the article or parent
 * refuses comments), 429 (rate limited, with `Retry-After`), 503 (the database could not store it).
 */
export async function answerCommentPost(locale: string, request: CommentPost): Promise<JsonAnswer> {
  const reply = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): JsonAnswer => ({
    status,
    body,
    headers: { 'Cache-Control': 'no-store', ...headers },
  })
  if (!isLocale(locale)) return { status: 404, body: { error: 'unknown language' }, headers: {} }
  const t = translator(locale)

  const headers = { get: request.header }
  if (!isSameOrigin(headers, env.SITE_URL)) return reply(403, { error: t('comments:errors.unavailable') })
  const body = await request.readBody(COMMENT_BODY_MAX_BYTES)
  // Connection: close, so the rest of an oversized body is not read (and thrown away) after the answer.
  if (!body.ok)
    return reply(
      413,
      { error: t('comments:errors.requestTooLarge', { count: commentLimits.bodyMax }) },
      { Connection: 'close' },
    )
  let fields: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(body.text)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
    fields = parsed as Record<string, unknown>
  } catch {
    return reply(400, { error: t('comments:errors.summary') })
  }

  const result = await submitComment(await payloadClient(), {
    articleId: fields.articleId,
    parentId: fields.parentId,
    fields,
    pageLocale: locale,
    ip: clientIpFrom(headers),
    userAgent: request.header('user-agent') ?? '',
    openedToken: request.cookie(FORM_CLOCK_COOKIE),
  })
  if (result.kind === 'invalid') {
    return reply(422, {
      error: t('comments:errors.summary'),
      errors: fieldErrorMessages(t, result.errors, fields.body),
    })
  }
  if (result.kind === 'refused') {
    const status =
      result.reason === 'rateLimited'
        ? 429
        : result.reason === 'unavailable'
          ? 503
          : result.reason === 'articleUnavailable'
            ? 404
            : 422
    const extra: Record<string, string> = {}
    if (result.reason === 'rateLimited') extra['Retry-After'] = String(result.retryAfterSeconds ?? 60)
    if (result.reason === 'unavailable') extra['Retry-After'] = '5'
    return reply(status, { error: refusalMessage(t, result) }, extra)
  }
  return reply(result.repeated ? 200 : 201, {
    id: result.comment.id,
    status: 'pending',
    message: t('comments:pending.notice'),
  })
}
