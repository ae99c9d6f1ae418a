#!/usr/bin/env node
// The ceiling: a bare node:http server (one process, no framework) answering every request with
// one saved page, its bytes held in memory, under the response headers the site sent for it.
// Usage: node bench/lib/staticServer.mjs <page.json> <port>  (page.json: { headers: [[name, value]…], body: base64 })
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const [file, port] = process.argv.slice(2)
const page = JSON.parse(readFileSync(file, 'utf8'))
const body = Buffer.from(page.body, 'base64')
// Compressed once here: a static server serves a precompressed file; the site compresses per request.
const gzipped = gzipSync(body)
const headers = page.headers.filter(
  ([name]) =>
    !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(
      name.toLowerCase(),
    ),
)

const server = createServer((request, response) => {
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
  const payload = gzip ? gzipped : body
  const out = [...headers, ['Content-Length', String(payload.length)], ['Date', new Date().toUTCString()]]
  if (gzip) out.push(['Content-Encoding', 'gzip'])
  response.writeHead(200, out.flat())
  response.end(payload)
})
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${process.pid}`))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
