import type { NextRequest } from 'next/server'

import { answerCommentPost } from '@/comments/endpoint'
import { readBodyWithin } from '@/comments/requestMeta'
import { registerCommentEndpoint } from '@/server/commentEndpoint.mjs'

// From now on scripts/serve.mjs answers this endpoint's plain requests with the same handler,
// without Next's request handling (src/server/commentEndpoint.mjs, decision 021).
registerCommentEndpoint(answerCommentPost)

/** The comment service as JSON (src/comments/endpoint.ts), through Next. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { status, body, headers } = await answerCommentPost(locale, {
    header: (name) => request.headers.get(name),
    cookie: (name) => request.cookies.get(name)?.value,
    readBody: (maxBytes) => readBodyWithin(request, maxBytes),
  })
  return Response.json(body, { status, headers })
}
