// The pre-rendered pages carry the site's own origin (SITE_URL, baked in at build: canonical links,
// image URLs) and a CSP of 'self'. For the browser measurements, Chromium is pointed at this small
// HTTP proxy, which hands every request for that origin to the benchmark's server on its own port,
// so the browser sees the site exactly where the build expects it and nothing reaches port 3000.
import { createServer, request as forward } from 'node:http'

import { freePort } from './site.mjs'

export async function startOriginProxy({ origin, target }) {
  const expected = new URL(origin)
  const upstream = new URL(target)
  const port = await freePort()
  const server = createServer((incoming, outgoing) => {
    let url
    try {
      url = new URL(incoming.url)
    } catch {
      url = null
    }
    if (!url || url.host !== expected.host) {
      // Anything else would be a request off the machine: refuse it rather than let it hang.
      outgoing
        .writeHead(502, { 'Content-Type': 'text/plain' })
        .end(`the benchmark's proxy only serves ${expected.origin}`)
      return
    }
    const upstreamRequest = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: url.pathname + url.search,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode, response.rawHeaders)
        response.pipe(outgoing)
      },
    )
    upstreamRequest.on('error', () => outgoing.destroy())
    incoming.pipe(upstreamRequest)
  })
  // Chromium reuses connections; a proxy connection must not outlive the run.
  server.keepAliveTimeout = 5000
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    server: `http://127.0.0.1:${port}`,
    /** Chromium flags: everything through the proxy, loopback included (Chromium bypasses it by default). */
    chromiumFlags: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    url: (pathname) => `${expected.origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
