import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  COMMENT_ENDPOINT,
  type CommentHandler,
  cookieFrom,
  createCommentFastPath,
  registerCommentEndpoint,
} from '../../src/server/commentEndpoint.mjs'

// The server layer's short way into the comment endpoint (src/server/commentEndpoint.mjs), on a
// real node:http server: what it takes from Next, and what it leaves to Next.
describe('the comment endpoint without Next', () => {
  let server: Server
  let base: string
  const seen: { locale: string; origin: string | null; clock: string | undefined; body: unknown }[] = []
  const handler: CommentHandler = async (locale, request) => {
    const body = await request.readBody(64 * 1024)
    seen.push({
      locale,
      origin: request.header('origin'),
      clock: request.cookie('altai_opened'),
      body: body.ok ? JSON.parse(body.text) : null,
    })
    return { status: 201, body: { id: 7 }, headers: { 'Cache-Control': 'no-store' } }
  }

  beforeAll(async () => {
    const fastPath = createCommentFastPath({ localeCodes: ['en', 'kk'] })
    server = createServer((req, res) => {
      if (fastPath.handles(req)) return void fastPath.serve(req, res)
      // Stands in for Next: whatever the short way leaves.
      req.resume()
      res.writeHead(299, { 'Content-Type': 'text/plain' }).end('next')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[COMMENT_ENDPOINT]
    await new Promise((resolve) => server.close(resolve))
  })

  const post = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"body":"Сәлем"}',
      ...init,
    })

  it('leaves every comment to Next until the app has registered its handler', async () => {
    const answer = await post('/kk/comments')
    expect([answer.status, await answer.text()]).toEqual([299, 'next'])
  })

  it('answers a plain comment post with the app’s handler, its headers and the ones Next adds to every answer', async () => {
    registerCommentEndpoint(handler)
    const answer = await post('/kk/comments', {
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://news.example.kz',
        Cookie: 'altai_locale=kk; altai_opened=1764%3Aabc; other=1',
      },
    })
    expect(answer.status).toBe(201)
    expect(await answer.json()).toEqual({ id: 7 })
    expect(answer.headers.get('content-type')).toBe('application/json')
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(seen.at(-1)).toEqual({
      locale: 'kk',
      origin: 'https://news.example.kz',
      clock: '1764:abc',
      body: { body: 'Сәлем' },
    })
  })

  it('leaves to Next what is not a plain comment post: another method or path, a query, a chunked or oversized body, a server action', async () => {
    registerCommentEndpoint(handler)
    const count = seen.length
    const statuses = await Promise.all([
      fetch(`${base}/kk/comments`).then((r) => r.status),
      post('/xx/comments').then((r) => r.status),
      post('/kk/comments?x=1').then((r) => r.status),
      post('/kk/comments/').then((r) => r.status),
      post('/kk/comments', { headers: { 'Next-Action': 'abc', 'Content-Type': 'text/plain' } }).then((r) => r.status),
      post('/kk/comments', { body: 'x'.repeat(64 * 1024 + 1) }).then((r) => r.status),
      post('/kk/comments', {
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{}'))
            controller.close()
          },
        }),
        duplex: 'half',
      } as RequestInit).then((r) => r.status),
    ])
    expect(statuses).toEqual([299, 299, 299, 299, 299, 299, 299])
    expect(seen.length).toBe(count)
  })

  it('reads a cookie as Next reads request.cookies: by exact name, percent-decoded, the last decodable one', () => {
    expect(cookieFrom('a=1; altai_opened=z; altai_opened=x%3Ay', 'altai_opened')).toBe('x:y')
    expect(cookieFrom('altai_opened=x%3Ay; altai_opened=%E0%A4%A', 'altai_opened')).toBe('x:y')
    expect(cookieFrom('xaltai_opened=1; altai_opened2=1', 'altai_opened')).toBeUndefined()
    expect(cookieFrom(undefined, 'altai_opened')).toBeUndefined()
  })
})
