// @ts-check
// The process-wide handle through which the app's purges (src/revalidate/tags.ts, inside Next's
// bundle) reach the server layer running in the same process (scripts/serve.mjs: the reader edge
// and the purge fan-out to other replicas and the front cache). Next bundles the app's modules
// separately from the server's, so the two meet through a global symbol, not an import.
export const EDGE_REGISTRY = Symbol.for('altai.readerEdge')

/**
 * @typedef {object} EdgeRegistry
 * @property {(tags: readonly string[]) => Promise<void>} purge drops the pages carrying any of the tags, everywhere (src/server/purgeFanOut.mjs)
 * @property {Record<string, number>} counts the reader edge's hit/stale/miss/bypass counters
 * @property {() => number} size pages the reader edge holds
 */

/**
 * Drops the pages carrying any of `tags` from every cache of reader pages, through the server
 * layer of this process. Resolves when this process's caches have dropped them and the other
 * replicas and the front cache have been told. A no-op where no server layer runs (tests,
 * scripts, `next dev`).
 * @param {readonly string[]} tags cache tags (src/revalidate/tags.ts)
 * @returns {Promise<void>}
 */
export async function purgeEverywhere(tags) {
  /** @type {EdgeRegistry | undefined} */
  // @ts-expect-error a registry keyed by a global symbol
  const registry = globalThis[EDGE_REGISTRY]
  await registry?.purge(tags)
}
