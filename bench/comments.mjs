#!/usr/bin/env node
// Comment submission load against a site you already run: N valid comments from distinct simulated
// readers at concurrency C, then what the database holds. Start the site with TRUST_PROXY=1 so each
// simulated reader's X-Forwarded-For address is its own (otherwise the per-IP limit stops the run at 5).
// `npm run bench` does this against its own server; this script is for a site you started yourself.
// Usage: node bench/comments.mjs [--url http://localhost:3000] [--n 1000] [--c 10] [--db data/altai.db]
import { parseArgs } from 'node:util'

import { countStored, submitComments } from './lib/comments.mjs'
import { discoverPages } from './lib/discover.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    n: { type: 'string', default: '1000' },
    c: { type: 'string', default: '10' },
    db: { type: 'string', default: 'data/altai.db' },
  },
})

const pages = await discoverPages(values.url)
const sent = await submitComments({
  base: values.url,
  articlePath: pages.articles.kk,
  articleId: pages.articleId,
  total: Number(values.n),
  concurrency: Number(values.c),
})
const held = await countStored(values.db, sent.run)
const statuses = Object.entries(sent.statuses)
  .map(([status, n]) => `${status}×${n}`)
  .join(' ')
console.log(`comments: ${sent.total} submissions at concurrency ${sent.concurrency} in ${sent.seconds.toFixed(1)} s`)
console.log(`  accepted/s ${sent.acceptedPerSecond.toFixed(1)}   p50 ${sent.p50} ms   p99 ${sent.p99} ms`)
console.log(
  `  acknowledged ${sent.acknowledged}   stored ${held.stored}   duplicated ${held.duplicated}   responses ${statuses}   network errors ${sent.errors}`,
)
process.exit(held.stored === sent.acknowledged && held.duplicated === 0 ? 0 : 1)
