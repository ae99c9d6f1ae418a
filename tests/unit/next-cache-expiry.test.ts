/**
 * Next's shared incremental cache (REDIS_URL set) is expired by the purge fan-out through the cache
 * handler package's own API (src/server/nextCacheHandler.mjs `sharedNextCacheExpiry`), not through
 * an internal of Next. Here a real redis-server (Debian) holds pages written the way Next writes
 * them (the package's `CacheHandler.set` with the page's tags in `x-next-cache-tags`), and a purge
 * must drop exactly the pages carrying a purged tag: a Kazakh edit leaves the Russian page.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { freePort } from '../../scripts/lib/freePort.mjs'
import CacheHandler, { sharedNextCacheExpiry } from '@/server/nextCacheHandler.mjs'
import { sharedRedis } from '@/server/redis.mjs'

const dir = mkdtempSync(path.join(tmpdir(), 'altai-next-cache-'))
let redis: ChildProcess
let client: NonNullable<Awaited<ReturnType<typeof sharedRedis>>>

/**
 * A rendered page as Next hands it to the cache handler, tagged as src/components/CacheTags.tsx tags
 * it (typed loosely: Next's `CachedRouteKind` enum is not exported from a public entry).
 */
const renderedPage = (html: string, tags: string[]): never =>
  ({
    kind: 'APP_PAGE',
    html,
    rscData: undefined,
    headers: { 'x-next-cache-tags': tags.join(',') },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  }) as never

beforeAll(async () => {
  const port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      client = (await sharedRedis())!
      break
    } catch (error) {
      if (i > 50) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  // A build folder as Next leaves it: its id names the keys of its pages.
  mkdirSync(path.join(dir, 'server'), { recursive: true })
  writeFileSync(path.join(dir, 'BUILD_ID'), 'expiry-test-build')
})

afterAll(async () => {
  await client?.quit().catch(() => {})
  redis?.kill('SIGTERM')
  delete process.env.REDIS_URL
  rmSync(dir, { recursive: true, force: true })
})

describe("Next's shared page cache, expired by cache tag through the handler package", () => {
  it('drops exactly the pages carrying a purged tag: a Kazakh edit leaves the Russian page cached', async () => {
    // What Next does with the configured handler: one instance per server, `set` after a render.
    const next = new CacheHandler({ serverDistDir: path.join(dir, 'server'), dev: false } as never)
    const kk = '/kk/articles/altai'
    const ru = '/ru/articles/altai'
    await next.set(kk, renderedPage('<h1>Алтай</h1>', ['_N_T_/kk/articles/altai', 'article:7:kk', 'comments:7']), {
      tags: [],
    } as never)
    await next.set(ru, renderedPage('<h1>Алтай (ru)</h1>', ['_N_T_/ru/articles/altai', 'article:7:ru', 'comments:7']), {
      tags: [],
    } as never)
    expect((await next.get(kk))?.value).toMatchObject({ html: '<h1>Алтай</h1>' })
    expect((await next.get(ru))?.value).toMatchObject({ html: '<h1>Алтай (ru)</h1>' })

    // The fan-out's expiry: its own handler over the same client, keyed by the same build id.
    const expire = sharedNextCacheExpiry(client, dir)
    await expire(['article:7:kk', 'lists:kk'])
    expect(await next.get(kk)).toBeNull()
    expect((await next.get(ru))?.value).toMatchObject({ html: '<h1>Алтай (ru)</h1>' })

    // A moderation decision on the article's comments drops it in every language.
    await expire(['comments:7'])
    expect(await next.get(ru)).toBeNull()
  })
})
