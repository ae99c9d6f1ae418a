import { env } from '@/env'

/** Akismet's answer: `off` when no AKISMET_KEY is set, `unknown` when it could not be asked. */
export type AkismetVerdict = 'ham' | 'spam' | 'unknown' | 'off'

/**
 * Akismet's comment-check, only when AKISMET_KEY is set. Any failure (network, timeout, odd
 * answer) returns 'unknown', which keeps the comment pending: we fail closed, never to approved.
 */
export async function akismetCheck(comment: {
  siteUrl: string
  ipHash: string
  userAgent: string
  permalink: string
  name: string
  email: string
  website: string
  body: string
  language: string
}): Promise<AkismetVerdict> {
  const key = env.AKISMET_KEY
  if (!key) return 'off'
  const form = new URLSearchParams({
    blog: comment.siteUrl,
    user_ip: comment.ipHash,
    user_agent: comment.userAgent,
    permalink: comment.permalink,
    comment_type: 'comment',
    comment_author: comment.name,
    comment_author_email: comment.email,
    comment_author_url: comment.website,
    comment_content: comment.body,
    blog_lang: comment.language,
  })
  try {
    const response = await fetch(`https://${key}.rest.akismet.com/1.1/comment-check`, {
      method: 'POST',
      body: form,
      signal: AbortSignal.timeout(3000),
    })
    const answer = (await response.text()).trim()
    if (answer === 'true') return 'spam'
    if (answer === 'false') return 'ham'
    return 'unknown'
  } catch {
    return 'unknown'
  }
}
