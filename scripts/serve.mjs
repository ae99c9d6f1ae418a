#!/usr/bin/env node
// Serves the production build in this process: `node scripts/serve.mjs`.
// PORT (default 3000) and HOSTNAME (default all interfaces) choose where; NEXT_DIST_DIR which build.
// One process on purpose: the benchmark and stress scripts measure and kill exactly this PID.
import { createServer } from 'node:http'

import next from 'next'

process.env.NODE_ENV = 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => handle(request, response))
server.listen(port, hostname, () => {
  console.log(`Serving on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
