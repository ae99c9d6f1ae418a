import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, NotFound } from 'payload'

import { newsroomMessage } from '@/i18n/admin/newsroom'

/** Far more than any page of the admin or the site asks for; SQLite fails on numbers past 2^63. */
const MAX_PAGE = 1_000_000

const wholeNumber = (value: unknown, max: number) =>
  value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max)

/**
 * Payload turns `/api/articles/abc` into an id of NaN, and `?limit=1e70` into a number SQLite
 * cannot bind; both ended in a 500. A malformed id is a document that does not exist (404), a
 * malformed page or limit a bad request (400), explained in the admin user's language.
 */
export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { id, limit, page } = args as { id?: unknown; limit?: unknown; page?: unknown }
  if (
    (operation === 'read' || operation === 'update' || operation === 'delete') &&
    typeof id === 'number' &&
    !Number.isSafeInteger(id)
  ) {
    throw new NotFound(req.t)
  }
  if (!wholeNumber(limit, MAX_PAGE) || !wholeNumber(page, MAX_PAGE)) {
    throw new APIError(
      newsroomMessage(req, 'queryPageInvalid', { max: MAX_PAGE }),
      400,
      { limit: String(limit), page: String(page) },
      true,
    )
  }
  return args
}

/** Adds the guard to a collection, before its own hooks. */
export const withQueryGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseMalformedQuery, ...(collection.hooks?.beforeOperation ?? [])] },
})
