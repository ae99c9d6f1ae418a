import { describe, expect, it } from '@jest/globals'

import { withoutScripts } from '@/server/plainHtml.mjs'

// The markup shapes Next 16 writes into a page, as found in .next-test (decision 013).
const head = [
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/d.js" async=""></script>',
  '<link rel="alternate" type="application/rss+xml" href="/kk/feed.xml" title="Алтай жаңалықтары"/>',
  '<link rel="preload" href="/api/media/file/hero.avif" as="image" fetchPriority="high"/>',
].join('')
const body = [
  '<main><h1>Алтай &lt;script&gt;</h1><p>Мәтін</p></main>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"a\\":\\"<\\/script>\\"}"])</script>',
  '<SCRIPT nonce="x">alert(1)</SCRIPT >',
].join('')

describe('reader pages without Next’s runtime', () => {
  const plain = withoutScripts(`<!DOCTYPE html><html lang="kk"><head>${head}</head><body>${body}</body></html>`)

  it('takes out every script element and script preload, whatever the case or attributes', () => {
    expect(plain).not.toMatch(/<script(?![^>]*application\/ld\+json)/i)
    expect(plain).not.toMatch(/modulepreload|as="script"|__next_f/)
  })

  it('keeps the page itself byte for byte: text, styles, the feed link, image preloads and JSON-LD', () => {
    expect(plain).toBe(
      '<!DOCTYPE html><html lang="kk"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="alternate" type="application/rss+xml" href="/kk/feed.xml" title="Алтай жаңалықтары"/>' +
        '<link rel="preload" href="/api/media/file/hero.avif" as="image" fetchPriority="high"/></head>' +
        '<body><main><h1>Алтай &lt;script&gt;</h1><p>Мәтін</p></main><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>',
    )
  })
})
