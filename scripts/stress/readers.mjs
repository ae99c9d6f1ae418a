// @ts-check
// Simulated readers: each opens the article (the signed "opened at" cookie) and sends one comment
// to the JSON endpoint from an address of its own (X-Forwarded-For; the site runs with TRUST_PROXY=1).
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * @typedef {{ address: string, body: { articleId: string | number, name: string, email: string, body: string, language: string } }} Submission
 * @typedef {{ status: number, json?: any, error?: string, ms: number }} PostResult  `status` 0 when the network failed
 */

/** A reader must spend 3 s on the page before a comment counts as a person's (src/comments/rules.ts). */
const MIN_SECONDS_TO_WRITE = 3

/**
 * GETs the article page as a browser does and waits the minimum writing time once. The cookie
 * records only when the page was opened, so every simulated reader may send it.
 * @param {string} siteUrl
 * @param {string} locale
 * @param {string} slug
 * @returns {Promise<string>} the `altai_opened=…` cookie pair
 */
export async function openArticle(siteUrl, locale, slug) {
  const page = await fetch(`${siteUrl}/${locale}/articles/${slug}`)
  await page.arrayBuffer()
  const cookie = (page.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('altai_opened='))
  if (!page.ok || !cookie) throw new Error(`the article page did not set the form clock cookie (HTTP ${page.status})`)
  await sleep(MIN_SECONDS_TO_WRITE * 1000 + 300)
  return cookie
}

/**
 * The i-th simulated reader's comment, from an address of its own under `addressPrefix`.
 * @param {string} tag
 * @param {number} i
 * @param {string | number} articleId
 * @param {string} addressPrefix the first octet, e.g. `10`
 * @returns {Submission}
 */
export function submissionOf(tag, i, articleId, addressPrefix) {
  return {
    address: `${addressPrefix}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    body: {
      articleId,
      name: `Оқырман ${i}`,
      email: `reader-${tag}-${i}@example.kz`,
      body: `Стресс ${tag} №${i}: Алтай туралы пайдалы мақала, рақмет.`,
      language: 'kk',
    },
  }
}

/**
 * One POST; a network failure is an outcome too (`status: 0`).
 * @param {string} siteUrl
 * @param {string} locale
 * @param {string} cookie
 * @param {Submission} submission
 * @param {number} [timeoutMs]
 * @returns {Promise<PostResult>}
 */
export async function postComment(siteUrl, locale, cookie, submission, timeoutMs = 120_000) {
  const started = performance.now()
  try {
    const response = await fetch(`${siteUrl}/${locale}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Forwarded-For': submission.address },
      body: JSON.stringify(submission.body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    // An answer cut off after its status line (the server died mid-response) is no answer: the reader retries.
    const text = await response.text()
    let json = null
    try {
      json = JSON.parse(text)
    } catch {
      json = { unparsed: text.slice(0, 200) }
    }
    return { status: response.status, json, ms: performance.now() - started }
  } catch (error) {
    const failure = /** @type {any} */ (error)
    return {
      status: 0,
      error: String(failure?.cause?.code ?? failure?.name ?? failure),
      ms: performance.now() - started,
    }
  }
}

const isSuccess = (/** @type {number} */ status) => status === 200 || status === 201
/** Worth sending again: the server did not answer, or said it could not store the comment now. */
const isRetryable = (/** @type {number} */ status) => status === 0 || status >= 500

/**
 * `total` submissions from distinct readers at `concurrency`. With `retry`, a reader whose request
 * failed on the network or with 5xx sends the very same comment again (same email, text and article:
 * the same submission key) until it gets an answer, as a form that retries would.
 * @param {{ siteUrl: string, locale?: string, cookie: string, articleId: string | number, tag: string, addressPrefix: string, total: number, concurrency: number, retry?: boolean, giveUpAfterMs?: number, progress?: { done: number } }} options
 */
export async function submitMany({
  siteUrl,
  locale = 'kk',
  cookie,
  articleId,
  tag,
  addressPrefix,
  total,
  concurrency,
  retry = false,
  giveUpAfterMs = 180_000,
  progress = { done: 0 },
}) {
  const outcome = {
    acknowledged: 0,
    created: 0,
    repeated: 0,
    rateLimited: 0,
    clientErrors: 0,
    serverErrors: 0,
    networkErrors: 0,
    retries: 0,
    gaveUp: 0,
  }
  /** @type {Map<number, unknown>} */
  const acknowledgedIds = new Map()
  /** @type {number[]} */
  const latencies = []
  /** @type {Map<string, number>} */
  const errorSamples = new Map()
  let next = 0
  const started = performance.now()
  async function reader() {
    while (next < total) {
      const i = next++
      const submission = submissionOf(tag, i, articleId, addressPrefix)
      const first = performance.now()
      for (let backoff = 100; ; backoff = Math.min(backoff * 2, 2000)) {
        const result = await postComment(siteUrl, locale, cookie, submission)
        if (isSuccess(result.status)) {
          outcome.acknowledged += 1
          if (result.status === 201) outcome.created += 1
          else outcome.repeated += 1
          acknowledgedIds.set(i, result.json?.id ?? result.json)
          break
        }
        if (result.status === 0) outcome.networkErrors += 1
        else if (result.status === 429) outcome.rateLimited += 1
        else if (result.status >= 500) outcome.serverErrors += 1
        else outcome.clientErrors += 1
        if (result.status !== 0) {
          const key = `${result.status} ${result.json?.error ?? ''}`.slice(0, 160)
          errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1)
        } else errorSamples.set(`network ${result.error}`, (errorSamples.get(`network ${result.error}`) ?? 0) + 1)
        if (!retry || !isRetryable(result.status)) break
        if (performance.now() - first > giveUpAfterMs) {
          outcome.gaveUp += 1
          break
        }
        outcome.retries += 1
        await sleep(backoff)
      }
      latencies.push(performance.now() - first)
      progress.done += 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, reader))
  const seconds = (performance.now() - started) / 1000
  return { outcome, acknowledgedIds, latencies, seconds, errorSamples }
}

/**
 * @param {number[]} values
 * @param {number} p percent, 0–100
 * @returns {number} NaN for no values
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
