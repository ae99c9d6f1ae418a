import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { clusterVcl } from '../../scripts/lib/cluster.mjs'
import { takeCacheTags } from '@/server/cacheTagsMarker.mjs'
import { createPageCache, type Page } from '@/server/pageCache.mjs'

const aPage = (tags: string[]): Page => ({
  status: 200,
  headers: { 'cache-control': 's-maxage=31536000', 'content-type': 'text/html' },
  body: Buffer.from('<p>page</p>'),
  nextCache: undefined,
  policy: undefined,
  storedAt: Date.now(),
  tags,
})

describe('cache tags at the reader edge', () => {
  it('takes the tags a page declared out of its HTML, leaving every other byte', () => {
    const html =
      '<html><head><meta charset="utf-8"/><meta name="altai-cache-tags" content="comments:7 article:7:kk"/></head><body><p>Сәлем</p><meta name="altai-cache-tags" content="lists:kk article:7:kk"/></body></html>'
    expect(takeCacheTags(html)).toEqual({
      tags: ['article:7:kk', 'comments:7', 'lists:kk'],
      html: '<html><head><meta charset="utf-8"/></head><body><p>Сәлем</p></body></html>',
    })
    expect(takeCacheTags('<p>no marker</p>')).toEqual({ tags: [], html: '<p>no marker</p>' })
  })

  it('drops exactly the pages carrying a purged tag: a Kazakh edit leaves the Russian page', async () => {
    const cache = createPageCache()
    cache.fill('/kk/articles/a', Promise.resolve(aPage(['article:7:kk', 'comments:7'])))
    cache.fill('/ru/articles/a', Promise.resolve(aPage(['article:7:ru', 'comments:7'])))
    cache.fill('/kk', Promise.resolve(aPage(['lists:kk', 'article:7:kk'])))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cache.size()).toBe(3)
    cache.purge(['article:7:kk'])
    expect(await cache.find('/kk/articles/a')).toBeNull()
    expect(await cache.find('/kk')).toBeNull()
    expect((await cache.find('/ru/articles/a'))?.state).toBe('HIT')
    cache.purge(['comments:7'])
    expect(await cache.find('/ru/articles/a')).toBeNull()
  })

  it('keeps no page from a fetch that began before a purge of one of its tags', async () => {
    const cache = createPageCache()
    let finish: (page: Page) => void = () => {}
    cache.fill('/kk/articles/a', new Promise<Page>((resolve) => (finish = resolve)))
    cache.purge(['article:7:kk'])
    finish(aPage(['article:7:kk']))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cache.size()).toBe(0)
    // A fetch of a page the purge did not concern is kept.
    cache.fill('/ru/articles/a', Promise.resolve(aPage(['article:7:ru'])))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cache.size()).toBe(1)
  })
})

describe('the front cache configuration (deploy/varnish/default.vcl)', () => {
  const compiles = (vcl: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'altai-vcl-'))
    try {
      writeFileSync(path.join(dir, 'default.vcl'), vcl)
      const result = spawnSync(
        'varnishd',
        ['-C', '-j', 'none', '-f', path.join(dir, 'default.vcl'), '-n', path.join(dir, 'n')],
        {
          encoding: 'utf8',
        },
      )
      return { ok: result.status === 0, errors: result.stderr.split('\n').filter((line) => !line.startsWith('/')) }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('compiles with the loopback backends the harness writes into it (vmod_xkey loaded)', () => {
    const vcl = clusterVcl([
      { host: '127.0.0.1', port: 4001 },
      { host: '127.0.0.1', port: 4002 },
      { host: '127.0.0.1', port: 4003 },
    ])
    expect(vcl).toContain('lb.add_backend(app3);')
    expect(vcl).not.toContain('"app1"')
    const result = compiles(vcl)
    expect([result.ok, result.ok ? [] : result.errors.slice(0, 12)]).toEqual([true, []])
  })
})
