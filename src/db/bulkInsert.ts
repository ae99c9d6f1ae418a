import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** An insert as drizzle builds it (SQLite adapter). */
type InsertBuilder = {
  values: (rows: Record<string, unknown>[]) => PromiseLike<unknown> & {
    returning: (fields: Record<string, unknown>) => PromiseLike<Record<string, unknown>[]>
  }
}
/** What the SQLite adapter (Payload's drizzle adapter) exposes for a bulk insert. */
type DrizzleLike = {
  name: string
  drizzle: { insert: (table: unknown) => InsertBuilder }
  tables: Record<string, Record<string, unknown>>
  sessions: Record<string, { db: DrizzleLike['drizzle'] } | undefined>
}

/** SQLite binds at most 32,766 variables per statement; a comment row has about 20 columns. */
const ROWS_PER_STATEMENT = 500

/** The collection's main table, after checking that every key of `rows` is one of its columns and no value is an array. */
function mainTable(db: DrizzleLike, collection: CollectionSlug, rows: Record<string, unknown>[]) {
  const table = db.tables[collection.replace(/-/g, '_')]
  if (!table) throw new Error(`no table for collection ${collection}`)
  const unknown = [...new Set(rows.flatMap(Object.keys))].filter((key) => !(key in table))
  if (unknown.length) throw new Error(`${collection} has no column for ${unknown.join(', ')}`)
  // An array field lives in a table of its own: these functions write the main table only.
  const arrays = rows.flatMap((row) => Object.keys(row).filter((key) => Array.isArray(row[key])))
  if (arrays.length) throw new Error(`${collection}: arrays are not stored here (${[...new Set(arrays)].join(', ')})`)
  return table
}

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
  const table = mainTable(db, collection, rows)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null) throw new Error('the database adapter gave no transaction for a bulk insert')
  try {
    const session = db.sessions[String(transactionID)]
    if (!session) throw new Error('the database adapter lost the bulk insert transaction')
    for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT)
      await session.db.insert(table).values(rows.slice(at, at + ROWS_PER_STATEMENT))
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    throw error
  }
  return rows.length
}

/**
 * Creates `rows` in `collection` within the request's transaction (`req.transactionID`, if any)
 * and answers each one's new id, in the order of `rows`. For a write path that has already done
 * what Payload's operation would (validated, applied defaults and hooks' rules) and reads nothing
 * back: the comment service's group commit (src/comments/storeComments.ts, decision 021).
 * - SQLite: one multi-row `INSERT … RETURNING` of the main table (`ROWS_PER_STATEMENT` rows at a
 *   time) instead of Payload's create per document, which transforms each document field by field,
 *   inserts it, then reads it back with a second statement (about 60 % of a comment's database
 *   time, measured with `bench/lib/serviceLoad.ts`). SQLite returns the rows of a `RETURNING` in
 *   no promised order, so each is matched to its row by `uniqueBy`, a column the collection keeps
 *   unique (a unique index; the caller passes rows with distinct values in it).
 * - Any other adapter: its own `create`, one document at a time (`select` just the id).
 * `rows` must be complete documents as the collection stores them (dates as ISO strings,
 * relationships as ids, no arrays: those live in tables of their own). Nothing of Payload's
 * operation layer runs: no validation, access or hooks.
 * Throws what the database throws (a unique index refusing a row refuses the whole statement;
 * the caller's transaction then holds none of them once it is rolled back).
 * @returns the ids, `ids[i]` for `rows[i]`
 */
export async function createDocuments(
  payload: Payload,
  collection: CollectionSlug,
  rows: Record<string, unknown>[],
  { req, uniqueBy }: { req?: PayloadRequest; uniqueBy: string },
): Promise<(number | string)[]> {
  if (rows.length === 0) return []
  const db = payload.db as unknown as DrizzleLike
  if (db.name !== 'sqlite') {
    const ids: (number | string)[] = []
    for (const data of rows)
      ids.push((await payload.db.create({ collection, data, req, select: { id: true } })).id as number | string)
    return ids
  }
  const table = mainTable(db, collection, rows)
  if (!(uniqueBy in table)) throw new Error(`${collection} has no column ${uniqueBy}`)
  const transactionID = req?.transactionID === undefined ? undefined : await req.transactionID
  const target =
    transactionID === undefined || transactionID === null ? db.drizzle : db.sessions[String(transactionID)]?.db
  if (!target) throw new Error('the database adapter lost the request’s transaction')
  const idOf = new Map<unknown, number | string>()
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const returned = await target
      .insert(table)
      .values(rows.slice(at, at + ROWS_PER_STATEMENT))
      .returning({ id: table.id, key: table[uniqueBy] })
    for (const row of returned) idOf.set(row.key, row.id as number | string)
  }
  return rows.map((row) => {
    const id = idOf.get(row[uniqueBy])
    if (id === undefined) throw new Error(`${collection}: a created row came back without its ${uniqueBy}`)
    return id
  })
}
