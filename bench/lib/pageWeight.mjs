// Page weight as a phone loads it: Chromium at 390 × 844 CSS px (DPR 3, touch, like a current iPhone),
// every response of the load counted by kind. "transferred" is the body as it came over the wire;
// "gzip" is that when the server compressed it with gzip, otherwise our own gzip (level 6) of the body.
import { gzipSync } from 'node:zlib'

import { chromium } from 'playwright-core'

import { chromiumPath, quietFlags } from './browser.mjs'

const kinds = { document: 'html', script: 'js', stylesheet: 'css', font: 'fonts', image: 'images' }
export const viewport = { width: 390, height: 844, deviceScaleFactor: 3 }

async function weighOne(browser, url) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const pending = []
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response()
        if (!response) return null
        const [sizes, body] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0))])
        const encoding = (response.headers()['content-encoding'] ?? '').toLowerCase()
        const transferred = sizes.responseBodySize >= 0 ? sizes.responseBodySize : body.length
        return {
          url: request.url(),
          kind: kinds[request.resourceType()] ?? 'other',
          status: response.status(),
          encoding: encoding || 'identity',
          bytes: body.length,
          transferred,
          gzip: encoding === 'gzip' ? transferred : gzipSync(body, { level: 6 }).length,
        }
      })(),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const resources = (await Promise.all(pending)).filter(Boolean)
  await context.close()
  const totals = {}
  for (const kind of ['html', 'js', 'css', 'fonts', 'images', 'other', 'total']) totals[kind] = { count: 0, bytes: 0, transferred: 0, gzip: 0 }
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

/** Weighs each page in a fresh browser context (empty cache, like a first visit). */
export async function weighPages(urls) {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietFlags })
  try {
    const results = {}
    for (const [name, url] of Object.entries(urls)) results[name] = await weighOne(browser, url)
    return results
  } finally {
    await browser.close()
  }
}
