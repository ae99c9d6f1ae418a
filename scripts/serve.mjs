#!/usr/bin/env node
// @ts-check
// Serves the production build in this process: `node scripts/serve.mjs`.
// PORT (default 3000) and HOSTNAME (default all interfaces) choose where; NEXT_DIST_DIR which build
// (all validated by src/envSchema.mjs, like every other variable, before Next starts).
// One process on purpose: the benchmark and stress scripts measure and kill exactly this PID.
// Reader pages pass through the reader edge (src/server/readerEdge.mjs): page cache, CSP, clock cookie.
import { createServer } from 'node:http'
import path from 'node:path'

import nextEnv from '@next/env'
import next from 'next'

import { currentEnv } from '../src/envSchema.mjs'
import { allLocaleCodes } from '../src/i18n/localeDefinitions.mjs'
import { createCommentFastPath } from '../src/server/commentEndpoint.mjs'
import { sharedNextCacheExpiry } from '../src/server/nextCacheHandler.mjs'
import { createPurgeFanOut } from '../src/server/purgeFanOut.mjs'
import { createReaderEdge } from '../src/server/readerEdge.mjs'
import { sharedRedis } from '../src/server/redis.mjs'
import { createRequestGuards } from '../src/server/requestGuards.mjs'

// Next and React run their production code only under NODE_ENV=production; this server serves nothing else.
// eslint-disable-next-line no-restricted-properties -- the one write: set for Next before it loads
Object.assign(process.env, { NODE_ENV: 'production' })
// The same .env files Next's prepare() would load, read first so the whole configuration is
// validated here, before Next starts: a wrong value stops the server with one line.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
const env = (() => {
  try {
    return currentEnv()
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
})()
const hostname = env.HOSTNAME || undefined

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port: env.PORT })
const handle = app.getRequestHandler()
await app.prepare()

// ── Limits for slow and oversized requests (slow-loris, header floods) ─────────────────────────
// A client has 10 s from its first byte to finish the headers and 60 s for the whole request
// (an editor's 20 MB upload on a slow line fits); idle keep-alive sockets close after 5 s. Node
// checks these every connectionsCheckingInterval, so it is short: a slow socket is dropped
// within ~12 s, not 40. Headers stay at Node's 16 KB cap. Bodies are limited where they are read
// (the comment endpoint reads at most 64 KB; server actions at Next's bodySizeLimit).
const requestLimits = {
  headersTimeout: 10_000,
  requestTimeout: 60_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 2_000,
  maxHeaderSize: 16 * 1024,
}
// ──────────────────────────────────────────────────────────────────────────────────────────────

/** @type {Awaited<ReturnType<typeof createPurgeFanOut>> | undefined} */
let fanOut
const edge = createReaderEdge({
  handle,
  secret: env.PAYLOAD_SECRET,
  secureCookies: env.secureCookies,
  // With a front cache, each page names its cache tags to it (`xkey`, removed by the front).
  tagsHeader: Boolean(env.FRONT_CACHE_PURGE_URL),
  purgeEverywhere: async (tags) => fanOut?.purge(tags),
})
// A purge reaches Next's cache, this edge, the other replicas and the front cache, in that order
// (src/server/purgeFanOut.mjs). With REDIS_URL, Next's cache is the shared one in Redis and is
// expired through the cache handler package's own API (src/server/nextCacheHandler.mjs); without
// it, the one process's Next cache is expired by Next's public `revalidateTag` in purgeTags
// (src/revalidate/tags.ts), which runs the fan-out only after the request (`after()`).
const redis = await sharedRedis()
fanOut = await createPurgeFanOut({
  dropLocal: edge.purge,
  expireNext: redis ? sharedNextCacheExpiry(redis, path.resolve(process.cwd(), env.NEXT_DIST_DIR)) : async () => {},
  redis,
  frontPurgeUrl: env.FRONT_CACHE_PURGE_URL,
})
const guards = createRequestGuards({ localesDir: path.join(process.cwd(), 'locales') })
// The JSON comment endpoint without Next's request handling, once the app has registered it (decision 021).
const comments = createCommentFastPath({ localeCodes: allLocaleCodes })

const server = createServer(requestLimits, (request, response) => {
  if (guards.answerMalformedAddress(request, response) || guards.answerOversizedPost(request, response)) return
  // Without a trusted reverse proxy in front, forwarding headers come from the client: the
  // reader's address is the socket's, whatever the request claims (rate limits, IP hashes).
  if (!env.trustProxy) {
    request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? 'unknown'
    delete request.headers['x-real-ip']
    delete request.headers['x-forwarded-host']
  } else {
    // A client that reached us past the proxy sends none: its socket is the reader, as Next's
    // base server assumes too, so the comment endpoint's short way and Next hash the same address.
    request.headers['x-forwarded-for'] ??= request.socket.remoteAddress ?? 'unknown'
  }
  const served = comments.handles(request)
    ? comments.serve(request, response)
    : edge.handles(request)
      ? edge.serve(request, response)
      : handle(request, response)
  Promise.resolve(served).catch((error) => {
    console.error('request failed', request.method, request.url, error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end()
  })
})
server.listen(env.PORT, hostname, () => {
  console.log(`Serving on http://${hostname ?? 'localhost'}:${env.PORT} (pid ${process.pid})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
