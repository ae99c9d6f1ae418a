import type { NextRequest } from 'next/server'

import { FORM_CLOCK_COOKIE } from '@/comments/signing'
import { clientIpFrom, isSameOrigin, readBodyWithin } from '@/comments/requestMeta'
import { fieldErrorMessages, refusalMessage } from '@/comments/messages'
import { commentLimits } from '@/comments/rules'
import { submitComment } from '@/comments/submitComment'
import { payloadClient } from '@/content/payload.server'
import { env } from '@/env'
import { isLocale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

const MAX_BYTES = 64 * 1024

/**
 * The comment service as JSON, for apps and load tests: the same rules and the same messages,
 * in the language of the URL, as the form on the article page.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return Response.json({ error: 'unknown language' }, { status: 404 })
  const t = translator(locale)
  const reply = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

  if (!isSameOrigin(request.headers, env.SITE_URL)) return reply(403, { error: t('comments:errors.unavailable') })
  const body = await readBodyWithin(request, MAX_BYTES)
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
    ip: clientIpFrom(request.headers),
    userAgent: request.headers.get('user-agent') ?? '',
    openedToken: request.cookies.get(FORM_CLOCK_COOKIE)?.value,
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
    const headers: Record<string, string> = {}
    if (result.reason === 'rateLimited') headers['Retry-After'] = String(result.retryAfterSeconds ?? 60)
    if (result.reason === 'unavailable') headers['Retry-After'] = '5'
    return reply(status, { error: refusalMessage(t, result) }, headers)
  }
  return reply(result.repeated ? 200 : 201, {
    id: result.comment.id,
    status: 'pending',
    message: t('comments:pending.notice'),
  })
}
