import type { Payload } from 'payload'

/**
 * A document's id as the database adapter writes it: a number on SQLite, a string (ObjectId hex) on
 * MongoDB. Code outside src/db never assumes which; `payload-types.ts` is generated for SQLite and
 * says `number`.
 */
export type DocumentId = number | string

/** Written exactly as the adapter writes its ids: SQLite `42` (never `042`, `+42`, ` 42`, `4.2e1`, `0x2a`), MongoDB 24 lowercase hex digits. */
const sqliteId = /^[1-9][0-9]{0,15}$/
const objectId = /^[0-9a-f]{24}$/

/**
 * A document id a reader's page could have sent (the comment form's hidden `articleId` and
 * `parentId`, a report's `commentId`), in the database adapter's own canonical form: for SQLite
 * (`payload.db.defaultIDType === 'number'`) a positive safe integer, as a JSON number or as its
 * decimal digits without leading zeros, signs or spaces; for MongoDB an ObjectId as 24 lowercase
 * hex digits. Anything else (`"0x1"`, `"1e0"`, `" 1"`, `true`, `[1]`) is `null`, never coerced.
 */
export function documentIdFrom(payload: Payload, raw: unknown): DocumentId | null {
  if (payload.db.defaultIDType === 'number') {
    if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : null
    if (typeof raw !== 'string' || !sqliteId.test(raw)) return null
    const id = Number(raw)
    return Number.isSafeInteger(id) ? id : null
  }
  return typeof raw === 'string' && objectId.test(raw) ? raw : null
}
