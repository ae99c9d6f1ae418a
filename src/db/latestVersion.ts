import type { CollectionSlug, PayloadRequest } from 'payload'

type DrizzleAdapter = {
  name: string
  tableNameMap: Map<string, string>
  sessions: Record<string, { db: unknown } | undefined>
  drizzle: unknown
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
}
type MongooseAdapter = {
  name: string
  versions: Record<string, { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }>
  sessions: Record<string, unknown>
}

/**
 * Marks version `versionId` of a document in `collection` as the document's latest version (the
 * `latest` flag Payload's draft reads go by: the admin list, `?draft=true` and the translator's
 * worklist find a document through its latest version, and miss it when none has the flag). Payload
 * sets the flag on every new version and clears it on the older ones; code that deletes the newest
 * version (`dropEmptyDraftSnapshot`) must give it back to the one that is newest now. Writes in the
 * request's transaction. SQLite (Payload's drizzle adapter) and MongoDB; throws for another adapter.
 */
export async function markLatestVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  versionId: number | string,
): Promise<void> {
  const transaction = req.transactionID === undefined ? undefined : String(await req.transactionID)
  if (req.payload.db.name === 'mongoose') {
    const db = req.payload.db as unknown as MongooseAdapter
    const session = transaction ? db.sessions[transaction] : undefined
    await db.versions[collection]?.updateOne({ _id: versionId }, { $set: { latest: true } }, { session })
    return
  }
  if (req.payload.db.name !== 'sqlite') throw new Error(`markLatestVersion: no support for ${req.payload.db.name}`)
  const db = req.payload.db as unknown as DrizzleAdapter
  const table = db.tableNameMap.get(`_${collection.replace(/-/g, '_')}_v`)
  if (!table || !/^\w+$/.test(table)) throw new Error(`markLatestVersion: ${collection} has no versions table`)
  const id = Number(versionId)
  if (!Number.isSafeInteger(id)) throw new Error(`markLatestVersion: ${String(versionId)} is not a SQLite row id`)
  // A raw statement of the adapter's own: importing drizzle's `sql` here would put a second copy of
  // Payload's errors into the admin's bundle. Both values are checked above.
  await db.execute({
    db: (transaction && db.sessions[transaction]?.db) || db.drizzle,
    raw: `UPDATE "${table}" SET latest = 1 WHERE id = ${id}`,
  })
}
