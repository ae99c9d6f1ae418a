// @ts-check
// The process-wide handle through which the app's revalidation reaches the reader edge
// (src/server/readerEdge.mjs) running in the same server process.
export const EDGE_REGISTRY = Symbol.for('altai.readerEdge')

/** Drops every page the edge holds; a no-op where no edge runs (tests, scripts, `next dev`). */
export function invalidateEdge() {
  // @ts-expect-error a registry keyed by a global symbol
  globalThis[EDGE_REGISTRY]?.invalidate()
}
