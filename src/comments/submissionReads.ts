import type { Payload, PayloadRequest } from 'payload'

import { afterTransaction } from '@/db/transactionCallbacks'

/**
 * How long the comment service answers from what it read before: the bound issue 14 sets for
 * every cache after an edit (1 s). Within this process an edit forgets at once (`forgetSubmissionReads`);
 * another replica notices within this time.
 */
export const SUBMISSION_READS_TTL_MS = 1000

type Entry = { at: number; value: Promise<unknown> }
const caches = new WeakMap<Payload, Map<string, Entry>>()

/**
 * What every submission reads and editors rarely change (the comment rules, whether an article
 * may be commented on in a language), read once per `SUBMISSION_READS_TTL_MS` instead of twice
 * per comment: at 350 comments a second those two reads were a third of the server's work.
 * Concurrent callers share one read; a failed read is not kept. `key` names what `load` reads.
 */
export function readShortLived<V>(payload: Payload, key: string, load: () => Promise<V>): Promise<V> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  const now = Date.now()
  const kept = cache.get(key)
  if (kept && now - kept.at < SUBMISSION_READS_TTL_MS) return kept.value as Promise<V>
  const value = load()
  const entry = { at: now, value }
  cache.set(key, entry)
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key)
  })
  return value
}

/**
 * Forgets every short-lived read of `req.payload`, now and again once the request's transaction
 * is over (a read between the change and its commit still saw the old state). Called by the
 * hooks of what the reads depend on: articles and the comment rules.
 */
export async function forgetSubmissionReads(req: PayloadRequest): Promise<void> {
  const forget = () => caches.get(req.payload)?.clear()
  forget()
  await afterTransaction(req, { committed: forget, rolledBack: forget })
}
