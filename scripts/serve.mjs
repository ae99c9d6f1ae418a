#!/usr/bin/env node
// Serves the production build in this process: `node scripts/serve.mjs`.
// PORT (default 3000) and HOSTNAME (default all interfaces) choose where; NEXT_DIST_DIR which build.
// One process on purpose: the benchmark and stress scripts measure and kill exactly this PID.
// Reader pages pass through the reader edge (src/server/readerEdge.mjs): page cache, CSP, clock cookie.
import { createServer } from 'node:http'

import next from 'next'

import { createReaderEdge } from '../src/server/readerEdge.mjs'

process.env.NODE_ENV = 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
// prepare() also loads .env, so the secret below is read after it.
await app.prepare()

const edge = createReaderEdge({
  handle,
  secret: process.env.PAYLOAD_SECRET ?? '',
  secureCookies: !process.env.ALLOW_HTTP_COOKIES,
})

const server = createServer((request, response) => {
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
