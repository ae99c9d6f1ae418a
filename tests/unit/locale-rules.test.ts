import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { resources } from '../../locales'
import { COMMENT_BODY_MAX } from '@/comments/limits.mjs'
import { commentLimits } from '@/comments/rules'
import { FORM_CLOCK_COOKIE, MY_COMMENTS_COOKIE } from '@/cookies.mjs'
import { articlePathPattern, localeAlternation, localePrefix, proxyMatcher } from '@/i18n/localePaths.mjs'
import { localeCodes } from '@/i18n/locales'
import { config as proxyConfig, negotiate } from '@/proxy'
import { createReaderEdge } from '@/server/readerEdge.mjs'
import { createRequestGuards } from '@/server/requestGuards.mjs'

// Next's own compiler for proxy matchers: what it builds at `next build` from `config.matcher`.
const { getMiddlewareMatchers } = createRequire(import.meta.url)(
  'next/dist/build/analysis/get-page-static-info.js',
) as {
  getMiddlewareMatchers: (matchers: unknown, nextConfig: object) => { regexp: string; has?: unknown[] }[]
}

/** The proxy matchers Next would run for `matcher`, as a function: which entries match a path. */
function proxyMatches(matcher: unknown, pathname: string) {
  return getMiddlewareMatchers(matcher, {}).flatMap((compiled, index) =>
    new RegExp(compiled.regexp).test(pathname) ? [index] : [],
  )
}

describe('one list of languages, everywhere', () => {
  it('the proxy matcher written out in src/proxy.ts is exactly the one built from the language list and the pending-comments cookie', () => {
    expect(proxyConfig.matcher).toEqual(proxyMatcher(localeCodes, MY_COMMENTS_COOKIE))
  })

  it('every language has its folder in locales/ and its i18next strings, and no folder belongs to no language', () => {
    const folders = readdirSync('locales').filter((name) => statSync(path.join('locales', name)).isDirectory())
    expect(folders.sort()).toEqual([...localeCodes].sort())
    expect(Object.keys(resources).sort()).toEqual([...localeCodes].sort())
  })

  it('the comment form, the comment endpoint and the 413 guard of the server share one comment size limit', () => {
    expect(commentLimits.bodyMax).toBe(COMMENT_BODY_MAX)
  })

  it('refuses a locale code that is not a BCP 47 tag, naming the file to fix', () => {
    expect(() => localeAlternation([...localeCodes, 'kk_Arab'])).toThrow(
      'Locale code "kk_Arab" is not a BCP 47 tag like kk or kk-Arab: fix it in src/i18n/localeDefinitions.mjs',
    )
    expect(() => localeAlternation(['en', 'kk/..'])).toThrow(/kk\/\.\./)
    expect(localeAlternation(['en', 'kk-Arab', 'mn-Mong', 'zh-Hant-TW'])).toBe('en|kk-Arab|mn-Mong|zh-Hant-TW')
  })
})

describe('a made-up sixth and seventh language with script subtags (kk-Arab, mn-Mong) follow from their entries alone', () => {
  const extended = [...localeCodes, 'kk-Arab', 'mn-Mong']

  it('routes: /kk-Arab/… is a reader path with its code captured, /kk-Arabic/… and /kk-arab/… are not', () => {
    const prefix = localePrefix(extended)
    expect(prefix.exec('/kk-Arab/articles/altai')?.[1]).toBe('kk-Arab')
    expect(prefix.exec('/mn-Mong')?.[1]).toBe('mn-Mong')
    expect(prefix.exec('/kk/articles/altai')?.[1]).toBe('kk')
    expect(prefix.test('/kk-Arabic/articles/altai')).toBe(false)
    expect(prefix.test('/kk-arab')).toBe(false)
    expect(articlePathPattern(extended).test('/kk-Arab/articles/altai-rivers/')).toBe(true)
    expect(articlePathPattern(extended).test('/kk-Arab/organizations/altai')).toBe(false)
  })

  it('proxy: Next compiles the built matcher so that a kk-Arab reader with pending comments and a kk-Arab language switch reach the proxy', () => {
    const matcher = proxyMatcher(extended, MY_COMMENTS_COOKIE)
    expect(proxyMatches(matcher, '/kk-Arab/articles/altai-rivers')).toEqual([1, 2])
    expect(proxyMatches(matcher, '/mn-Mong/search')).toEqual([1])
    expect(proxyMatches(matcher, '/kk-Arabic/articles/altai-rivers')).toEqual([])
    // …and the matcher as written today does not: a new language needs the literal updated, which the test above enforces.
    expect(proxyMatches(proxyConfig.matcher, '/kk-Arab/articles/altai-rivers')).toEqual([])
  })

  it('Accept-Language: a browser asking for Kazakh in Arabic script gets kk-Arab, one asking for Kazakh gets kk', () => {
    expect(negotiate('kk-Arab, kk;q=0.8', extended)).toBe('kk-Arab')
    expect(negotiate('kk-KZ, ru;q=0.5', extended)).toBe('kk')
    expect(negotiate('mn-Mong', extended)).toBe('mn-Mong')
    // Today, without kk-Arab, such a reader is not sent to Cyrillic Kazakh: a script they may not read.
    expect(negotiate('kk-Arab', localeCodes)).toBe('en')
  })

  describe('the reader edge and the request guards of the server', () => {
    let server: Server
    let base: string
    let localesDir: string
    const inline = '(self.__next_f=self.__next_f||[]).push([0])'
    const renders: string[] = []

    beforeAll(async () => {
      // A stand-in for Next's handler (Next cannot be built for a language the app does not have):
      // a pre-rendered, publicly cacheable page with one bootstrap script.
      const nextPage = async (req: IncomingMessage, res: ServerResponse) => {
        renders.push(req.url ?? '')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' })
        res.end(
          `<!doctype html><html lang="kk-Arab" dir="rtl"><body><p>ئالتاي</p><script>${inline}</script></body></html>`,
        )
      }
      localesDir = mkdtempSync(path.join(tmpdir(), 'altai-locales-'))
      mkdirSync(path.join(localesDir, 'kk-Arab'))
      writeFileSync(
        path.join(localesDir, 'kk-Arab', 'comments.json'),
        JSON.stringify({
          errors: {
            requestTooLarge_one: 'تىم ۇزىن: ەڭ كوپ {{count}} تاڭبا.',
            requestTooLarge_other: 'تىم ۇزىن: ەڭ كوپ {{count}} تاڭبا.',
          },
        }),
      )
      const edge = createReaderEdge({
        handle: nextPage,
        secret: 's'.repeat(40),
        secureCookies: true,
        localeCodes: extended,
      })
      const guards = createRequestGuards({ localesDir, localeCodes: extended })
      server = createServer((req, res) => {
        if (guards.answerMalformedAddress(req, res) || guards.answerOversizedPost(req, res)) return
        if (edge.handles(req)) return void edge.serve(req, res)
        res.writeHead(404).end('not a reader page')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })

    afterAll(async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      rmSync(localesDir, { recursive: true, force: true })
    })

    it("caches a kk-Arab article page as plain HTML (its script taken out, script-src 'none') and starts the comment form clock", async () => {
      const first = await fetch(`${base}/kk-Arab/articles/altai-rivers`)
      const second = await fetch(`${base}/kk-Arab/articles/altai-rivers`)
      expect([first.headers.get('x-altai-cache'), second.headers.get('x-altai-cache')]).toEqual(['MISS', 'HIT'])
      expect(renders.filter((url) => url === '/kk-Arab/articles/altai-rivers')).toHaveLength(1)
      expect(second.headers.get('content-security-policy')).toContain("script-src 'none'")
      expect(second.headers.get('set-cookie')).toMatch(
        new RegExp(`^${FORM_CLOCK_COOKIE}=\\d+\\.[\\w-]+; Path=/; .*HttpOnly; SameSite=Lax; Secure$`),
      )
      const html = await second.text()
      expect(html).toContain('<p>ئالتاي</p>')
      expect(html).not.toContain('<script')
    })

    it("keeps a kk-Arab draft preview's script and vouches for it by hash", async () => {
      const preview = await fetch(`${base}/kk-Arab/articles/altai-rivers`, {
        headers: { cookie: '__prerender_bypass=draft' },
      })
      const hash = createHash('sha256').update(inline).digest('base64')
      expect(preview.headers.get('x-altai-cache')).toBe('BYPASS')
      expect(preview.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}'`)
      expect(await preview.text()).toContain(`<script>${inline}</script>`)
    })

    it('never treats a path that is no language of the site as a reader page: not cached, no clock cookie, Next’s answer as it is', async () => {
      const before = renders.length
      const answers = [
        await fetch(`${base}/kk-Arabic/articles/altai-rivers`),
        await fetch(`${base}/kk-Arabic/articles/altai-rivers`),
      ]
      expect(answers.map((answer) => answer.headers.get('x-altai-cache'))).toEqual(['BYPASS', 'BYPASS'])
      expect(renders.length - before).toBe(2)
      expect(answers[0]?.headers.get('set-cookie')).toBeNull()
      expect(answers[0]?.headers.get('content-security-policy')).toBeNull()
    })

    it('refuses an oversized kk-Arab form post with a 413 in that language, read from locales/kk-Arab/, naming the comment limit', async () => {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${base}/kk-Arab/articles/altai-rivers`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(5 * 1024 * 1024) },
        })
        req.on('response', (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body })
            req.destroy()
          })
        })
        req.on('error', reject)
        req.flushHeaders()
      })
      expect(answer.status).toBe(413)
      expect(answer.body).toContain('<html lang="kk-Arab">')
      expect(answer.body).toContain(`ەڭ كوپ ${COMMENT_BODY_MAX} تاڭبا`)
    })
  })
})
