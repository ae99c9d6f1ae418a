// Page weight as a phone loads it: Chromium at 390 × 844 CSS px (DPR 3, touch, like a current iPhone),
// every response of the load counted by kind. "bytes" is the body as the page got it (decoded);
// "transferred" is the body as the server sends it to Chromium: each resource is fetched once more
// with Chromium's own Accept-Encoding and its raw body bytes counted (the browser's own byte counts
// are unreliable for a navigation that Chromium restarts, as it does for a Critical-CH header);
// "gzip" is that when the server compressed with gzip, otherwise our own gzip (level 6) of the body.
import { get } from 'node:http'
import { gzipSync } from 'node:zlib'

import { chromium } from 'playwright-core'

import { chromiumPath, quietFlags } from './browser.mjs'

const kinds = { document: 'html', script: 'js', stylesheet: 'css', font: 'fonts', image: 'images' }
export const viewport = { width: 390, height: 844, deviceScaleFactor: 3 }

/** The raw (still encoded) body length and encoding of one response, fetched through the proxy. */
function rawSize(proxy, url, acceptEncoding) {
  const via = new URL(proxy.server)
  return new Promise((resolve, reject) => {
    get(
      {
        host: via.hostname,
        port: via.port,
        path: url,
        headers: { 'Accept-Encoding': acceptEncoding, Host: new URL(url).host },
      },
      (response) => {
        let length = 0
        response.on('data', (chunk) => (length += chunk.length))
        response.on('end', () =>
          resolve({ length, encoding: (response.headers['content-encoding'] ?? 'identity').toLowerCase() }),
        )
        response.on('error', reject)
      },
    ).on('error', reject)
  })
}

async function weighOne(browser, proxy, url) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: viewport.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const pending = []
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response()
        if (!response) return null
        const status = response.status()
        const body =
          status >= 300 && status < 400 ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0))
        const acceptEncoding = (await request.allHeaders())['accept-encoding'] ?? 'gzip, deflate, br'
        const raw =
          body.length > 0 ? await rawSize(proxy, request.url(), acceptEncoding) : { length: 0, encoding: 'identity' }
        return {
          url: request.url(),
          kind: kinds[request.resourceType()] ?? 'other',
          status,
          encoding: raw.encoding,
          bytes: body.length,
          transferred: raw.length,
          gzip: raw.encoding === 'gzip' ? raw.length : gzipSync(body, { level: 6 }).length,
        }
      })().catch(() => null),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // A request can finish while the others are weighed: wait until no new one arrived.
  let weighed = -1
  while (weighed !== pending.length) {
    weighed = pending.length
    await Promise.all(pending)
  }
  const resources = (await Promise.all(pending)).filter(Boolean)
  await context.close()
  const totals = {}
  for (const kind of ['html', 'js', 'css', 'fonts', 'images', 'other', 'total'])
    totals[kind] = { count: 0, bytes: 0, transferred: 0, gzip: 0 }
  for (const resource of resources) {
    for (const kind of [resource.kind, 'total']) {
      totals[kind].count += 1
      totals[kind].bytes += resource.bytes
      totals[kind].transferred += resource.transferred
      totals[kind].gzip += resource.gzip
    }
  }
  return { url, totals, resources }
}

/** Weighs each page in a fresh browser context (empty cache, like a first visit), through the origin proxy. */
export async function weighPages(urls, proxy) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...quietFlags, ...proxy.chromiumFlags],
  })
  try {
    const results = {}
    for (const [name, url] of Object.entries(urls)) results[name] = await weighOne(browser, proxy, url)
    return results
  } finally {
    await browser.close()
  }
}
