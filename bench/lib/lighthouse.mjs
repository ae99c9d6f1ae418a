// Lighthouse, default (mobile) config with its simulated throttling, on Debian's Chromium.
// The machine has no network beyond loopback: Chromium's background networking is off and each
// run has a deadline, so a stuck run is reported as such instead of hanging the benchmark.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumPath, quietFlags } from './browser.mjs'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const RUN_DEADLINE_MS = 180_000

function withDeadline(promise, ms, what) {
  let timer
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/** Audits that cost points: the ones a reader of the figures wants next. */
function losses(lhr) {
  const lost = []
  for (const id of categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!(ref.weight > 0 && audit && audit.score !== null && audit.score < 1)) continue
      const items = (audit.details?.items ?? [])
        .slice(0, 3)
        .map((item) =>
          [item.description, item.sourceLocation?.url ?? item.url, item.node?.snippet].filter(Boolean).join(' '),
        )
        .filter(Boolean)
      lost.push(
        `${id}: ${ref.id} (${audit.displayValue || audit.score})${items.length ? ` — ${items.join(' | ').slice(0, 300)}` : ''}`,
      )
    }
  }
  return lost
}

async function auditOne(url, proxy) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...quietFlags, ...proxy.chromiumFlags],
  })
  try {
    const result = await withDeadline(
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        maxWaitForLoad: 30_000,
        maxWaitForFcp: 20_000,
      }),
      RUN_DEADLINE_MS,
      `Lighthouse on ${url}`,
    )
    const lhr = result.lhr
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings ?? [],
      losses: losses(lhr),
    }
  } catch (error) {
    return { url, error: String(error.message ?? error) }
  } finally {
    // chrome-launcher kills the browser it started (by its PID) and removes its profile folder.
    await chrome.kill()
  }
}

/** One fresh Chromium per page (through the origin proxy), so one run's cache never helps the next. */
export async function auditPages(urls, proxy) {
  const results = {}
  for (const [name, url] of Object.entries(urls)) results[name] = await auditOne(url, proxy)
  return results
}
