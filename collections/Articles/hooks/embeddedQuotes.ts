import type { CollectionBeforeChangeHook } from 'payload'

import { embeddedQuoteIds } from '@/content/quotes'

/**
 * Keeps `quotes` of the language being saved equal to the quotes its body embeds (pull-quote
 * blocks, `embeddedQuoteIds`): a save that carries a body sets the list, one without leaves it.
 * No quote is written as `null`, not `[]`: the SQLite adapter leaves a localized list's old rows
 * in place when given an empty list, and deletes them for `null`.
 */
export const collectEmbeddedQuotes: CollectionBeforeChangeHook = ({ data }) => {
  if (!('body' in data)) return data
  const ids = embeddedQuoteIds(data.body)
  data.quotes = ids.length > 0 ? ids : null
  return data
}
