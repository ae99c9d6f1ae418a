// GET load with autocannon, and the server's CPU time per request from /proc while it ran.
import autocannon from 'autocannon'

import { cpuMilliseconds } from './proc.mjs'

/**
 * Loads one URL at `connections` concurrent keep-alive connections for `duration` seconds.
 * `pid` (optional) is the serving process: its user+system CPU time over the run ÷ requests.
 */
export async function loadPage({ url, connections, duration, pid, headers = {} }) {
  const cpuBefore = pid ? cpuMilliseconds(pid) : null
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 })
  const cpuAfter = pid ? cpuMilliseconds(pid) : null
  const requests = result.requests.total
  const ok = result['2xx']
  return {
    url,
    connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    ok,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
    cpuMsPerRequest: pid && requests > 0 ? (cpuAfter - cpuBefore) / requests : null,
  }
}

/** A few requests first, so a page rendered on first request is measured as readers get it later. */
export async function warm(url, times = 5, headers = {}) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status} while warming up`)
  }
}
