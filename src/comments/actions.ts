'use server'

import { cookies, headers } from 'next/headers'

import { payloadClient } from '@/content/payload.server'
import { env } from '@/env'
import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { CommentFormState, ReportFormState } from './formState'
import { fieldErrorMessages, refusalMessage } from './messages'
import { reportComment } from './reportComment'
import { clientIpFrom } from './requestMeta'
import { commentLimits, formerHoneypotField, honeypotField } from './rules'
import { FORM_CLOCK_COOKIE, hashIp, MY_COMMENTS_COOKIE, myCommentIds, myCommentsToken } from './signing'
import { submitComment } from './submitComment'

async function clientIp(): Promise<string> {
  return clientIpFrom(await headers())
}

export async function submitCommentAction(previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const pageLocale: Locale = isLocale(form.get('pageLocale')) ? (form.get('pageLocale') as Locale) : 'en'
  const t = translator(pageLocale)
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values = {
    name: text('name').slice(0, 200),
    email: text('email').slice(0, 300),
    website: text('website').slice(0, 300),
    body: text('body').slice(0, commentLimits.bodyMax * 2),
    language: isLocale(text('language')) ? text('language') : pageLocale,
    notify: form.get('notify') === 'on',
  }
  const base = { attempt: previous.attempt + 1, values, errors: {} }
  const jar = await cookies()
  const list = await headers()
  const payload = await payloadClient()
  const result = await submitComment(payload, {
    articleId: form.get('articleId'),
    parentId: form.get('parentId'),
    fields: {
      ...values,
      language: text('language'),
      notify: values.notify,
      [honeypotField]: text(honeypotField),
      [formerHoneypotField]: text(formerHoneypotField),
    },
    pageLocale,
    ip: await clientIp(),
    userAgent: list.get('user-agent') ?? '',
    openedToken: jar.get(FORM_CLOCK_COOKIE)?.value,
  })

  if (result.kind === 'invalid') {
    const errors = fieldErrorMessages(t, result.errors, values.body) as CommentFormState['errors']
    return { ...base, status: 'error', summary: t('comments:errors.summary'), errors }
  }
  if (result.kind === 'refused') return { ...base, status: 'error', summary: refusalMessage(t, result) }

  // This browser may see its own pending comments (signed list of ids); nobody else can.
  const mine = [...new Set([...myCommentIds(jar.get(MY_COMMENTS_COOKIE)?.value), String(result.comment.id)])]
  jar.set(MY_COMMENTS_COOKIE, myCommentsToken(mine), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
    secure: env.secureCookies,
  })
  return {
    attempt: previous.attempt + 1,
    status: 'accepted',
    summary: t('comments:pending.notice'),
    errors: {},
    values: {
      name: values.name,
      email: values.email,
      website: values.website,
      body: '',
      language: values.language,
      notify: values.notify,
    },
    pending: {
      id: result.comment.id,
      authorName: result.comment.authorName ?? '',
      body: result.comment.body ?? '',
      language: result.comment.language,
    },
  }
}

export async function reportCommentAction(_previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const pageLocale: Locale = isLocale(form.get('pageLocale')) ? (form.get('pageLocale') as Locale) : 'en'
  const t = translator(pageLocale)
  const payload = await payloadClient()
  const outcome = await reportComment(payload, {
    commentId: form.get('commentId'),
    reason: form.get('reason'),
    ipHash: hashIp(await clientIp()),
  })
  return outcome === 'recorded'
    ? { status: 'done', message: t('comments:reportForm.thanks') }
    : { status: 'error', message: t('comments:errors.unavailable') }
}
