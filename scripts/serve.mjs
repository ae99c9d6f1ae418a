#!/usr/bin/env node
// Serves the production build in this process: `node scripts/serve.mjs`.
// PORT (default 3000) and HOSTNAME (default all interfaces) choose where; NEXT_DIST_DIR which build.
// One process on purpose: the benchmark and stress scripts measure and kill exactly this PID.
// Reader pages pass through the reader edge (src/server/readerEdge.mjs): page cache, CSP, clock cookie.
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'

import { answerMalformedAddress, answerOversizedPost } from '../src/server/requestGuards.mjs'
import { createReaderEdge } from '../src/server/readerEdge.mjs'

process.env.NODE_ENV = 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined
const localesDir = path.join(process.cwd(), 'locales')

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
// prepare() also loads .env, so the secret below is read after it.
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

const edge = createReaderEdge({
  handle,
  secret: process.env.PAYLOAD_SECRET ?? '',
  secureCookies: !process.env.ALLOW_HTTP_COOKIES,
})

const server = createServer(requestLimits, (request, response) => {
  if (answerMalformedAddress(request, response) || answerOversizedPost(request, response, localesDir)) return
  // Without a trusted reverse proxy in front, forwarding headers come from the client: the
  // reader's address is the socket's, whatever the request claims (rate limits, IP hashes).
  if (!process.env.TRUST_PROXY) {
    request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? 'unknown'
    delete request.headers['x-real-ip']
    delete request.headers['x-forwarded-host']
  }
  const served = edge.handles(request) ? edge.serve(request, response) : handle(request, response)
  Promise.resolve(served).catch((error) => {
    console.error('request failed', request.method, request.url, error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end()
  })
})
server.listen(port, hostname, () => {
  console.log(`Serving on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
