// @ts-check
// A free TCP port on loopback, for the servers the tests, bench and stress scripts start.
import { createServer } from 'node:net'

/**
 * A free loopback port: `preferred` when it is free, otherwise one the system picks.
 * @param {number} [preferred] e.g. the port an earlier run used (the test build is made for its address)
 * @returns {Promise<number>}
 */
export async function freePort(preferred) {
  if (preferred) {
    const port = await listenOnce(preferred).catch(() => 0)
    if (port) return port
  }
  return listenOnce(0)
}

/**
 * Listens on `port` (0: any) on 127.0.0.1 and closes again at once.
 * @param {number} port
 * @returns {Promise<number>} the port listened on
 * @throws {Error} when the port is taken (EADDRINUSE)
 */
function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address()
      const listened = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(listened))
    })
  })
}
