import { describe, expect, it } from '@jest/globals'

import { parseWrk } from '../../bench/lib/clusterLoad.mjs'

// wrk 4.1 (Debian) as the cluster bench runs it: `--latency`, some values padded with a trailing space.
const report = `Running 20s test @ http://127.0.0.1:41234/en/articles/x
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   286.85ms  371.95ms   1.25s    80.65%
    Req/Sec   167.36     71.59   390.00     65.57%
  Latency Distribution
     50%  812.00us
     75%  428.90ms
     90%  938.57ms
     99%    1.20s 
  1021 requests in 3.10s, 122.64KB read
  Socket errors: connect 0, read 2, write 0, timeout 7
  Non-2xx or 3xx responses: 21
Requests/sec:    329.34
Transfer/sec:     39.56KB
`

describe('the cluster bench reads wrk as it prints', () => {
  it('turns every latency unit into milliseconds, padded or not, and counts what readers did not get', () => {
    expect(parseWrk(report)).toEqual({
      requests: 1021,
      seconds: 3.1,
      requestsPerSecond: 329.34,
      okPerSecond: 1000 / 3.1,
      p50: 0.812,
      p90: 938.57,
      p99: 1200,
      non2xx: 21,
      socketErrors: 2,
      timeouts: 7,
    })
  })

  it('reports a clean run with no error lines as zero errors', () => {
    const clean = report.replace(/ {2}Socket errors.*\n/, '').replace(/ {2}Non-2xx.*\n/, '')
    const parsed = parseWrk(clean)
    expect([parsed.non2xx, parsed.socketErrors, parsed.timeouts]).toEqual([0, 0, 0])
    expect(parsed.okPerSecond).toBeCloseTo(1021 / 3.1)
  })

  it('refuses output without a result rather than reporting zeros', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused\n')).toThrow(/no result/)
  })
})
