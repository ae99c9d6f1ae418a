import type { CollectionSlug, Payload } from 'payload'

/** What the SQLite adapter (Payload's drizzle adapter) exposes for a bulk insert. */
type DrizzleLike = {
  name: string
  drizzle: { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => PromiseLike<unknown> } }
  tables: Record<string, Record<string, unknown>>
}

/** SQLite binds at most 32,766 variables per statement; a comment row has about 20 columns. */
const ROWS_PER_STATEMENT = 500

/**
 * Stores `rows` in `collection` straight through the database adapter, for archives and benchmarks
 * that need many documents fast (`bench/lib/seedComments.ts` stores 100,000 comments this way).
 * Nothing of Payload's operation layer runs: no validation, access, hooks or defaults, so `rows`
 * must be complete documents as the collection stores them (dates as ISO strings, relationships as
 * ids, no arrays). SQLite: multi-row INSERTs of the collection's main table, `ROWS_PER_STATEMENT`
 * at a time, in one transaction; any other adapter: its own `create`, one document at a time.
 * Throws what the database throws; on SQLite nothing is stored then.
 * @returns how many documents were stored
 */
export async function insertInBulk(
  payload: Payload,
  collection: CollectionSlug,
  rows: Record<string, unknown>[],
): Promise<number> {
  const db = payload.db as unknown as DrizzleLike
  if (db.name !== 'sqlite') {
    for (const data of rows) await payload.db.create({ collection, data })
    return rows.length
  }
  const table = db.tables[collection.replace(/-/g, '_')]
  if (!table) throw new Error(`no table for collection ${collection}`)
  const unknown = Object.keys(rows[0] ?? {}).filter((key) => !(key in table))
  if (unknown.length) throw new Error(`${collection} has no column for ${unknown.join(', ')}`)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null) throw new Error('the database adapter gave no transaction for a bulk insert')
  try {
    const session = (payload.db as unknown as { sessions: Record<string, { db: DrizzleLike['drizzle'] }> }).sessions[
      String(transactionID)
    ]
    for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT)
      await session.db.insert(table).values(rows.slice(at, at + ROWS_PER_STATEMENT))
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    throw error
  }
  return rows.length
}
