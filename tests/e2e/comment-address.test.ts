import { describe, expect, it } from '@jest/globals'

import { ownAccounts } from '../helpers/sessions'
import { api, siteUrl } from '../helpers/site'

/**
 * Rate limits and repeat-abuse checks count a reader by a keyed hash of their address
 * (src/comments/signing.ts `hashIp`). Behind the trusted proxy (TRUST_PROXY, as in these tests and
 * in docker-compose.yml) the address is the proxy's X-Forwarded-For; a client that reaches the
 * server directly sends none, and its socket is the reader, on every way in: Next's route and the
 * server layer's short way for the JSON endpoint (decision 021) alike.
 */
describe('a reader is counted by one address, whichever way the comment came in', () => {
  it('gives a comment sent straight to the server the same address hash as one the proxy forwards for that address', async () => {
    // Accounts of its own: other browser tests sign the seeded ones in and out meanwhile.
    const { editor, moderator } = await ownAccounts(`address${Date.now()}`, {
      editor: { role: 'editor' },
      moderator: { role: 'moderator' },
    })
    const created = await api<{ doc: { id: number; slug: string } }>('/articles', {
      method: 'POST',
      token: editor.token,
      locale: 'en',
      body: {
        title: `Address probe ${Date.now()}`,
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: new Date().toISOString(),
      },
    })
    expect(created.status).toBe(201)
    const article = created.body.doc
    const socketAddress = new URL(siteUrl()).hostname // the tests reach the site on loopback by address

    const send = async (index: number, headers: Record<string, string>) => {
      const opened = await fetch(`${siteUrl()}/en/articles/${article.slug}`)
      const clock = opened.headers
        .getSetCookie()
        .map((cookie) => cookie.split(';')[0])
        .join('; ')
      await new Promise((resolve) => setTimeout(resolve, 3200)) // past the form's minimum writing time
      const sent = await fetch(`${siteUrl()}/en/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: clock, ...headers },
        body: JSON.stringify({
          articleId: article.id,
          name: `Address probe ${index}`,
          email: `address-probe-${index}@example.org`,
          body: `A comment to compare address hashes, number ${index}.`,
          language: 'en',
        }),
      })
      expect(sent.status).toBe(201)
      const { id } = (await sent.json()) as { id: number }
      return (await api<{ ipHash: string }>(`/comments/${id}?depth=0`, { token: moderator.token })).body.ipHash
    }

    const direct = [await send(1, {}), await send(2, {})]
    const forwarded = await send(3, { 'X-Forwarded-For': socketAddress })
    expect(direct).toEqual([forwarded, forwarded])
  })
})
