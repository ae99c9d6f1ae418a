import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Field, Where } from 'payload'

import { foldForSearch } from '@/content/fold'
import { isLocale } from '@/i18n/locales'

const GROUP = 'folded'
const TEXT_OPERATORS = ['like', 'contains', 'not_like'] as const

type FoldedCopies = {
  /** The hidden, localized `folded` group: one copy per field, kept by `keepFoldedCopies`; hide it with the text for readers. */
  field: Field
  /** `beforeChange`: refreshes the copies of the request's locale from the data being saved. */
  keepFoldedCopies: CollectionBeforeChangeHook
  /**
   * `beforeOperation`: in any `where` (REST, GraphQL, the admin list search, the local API),
   * `like`, `contains` and `not_like` on a copied field are asked of its folded copy with a folded
   * value (`like`/`contains` also of the field itself, which finds documents saved before the copies
   * existed), and on a field in `foldedFields` (already folded, e.g. `searchText`) with a folded value.
   */
  foldTextQueries: CollectionBeforeOperationHook
}

/**
 * Case-insensitive search in every script for the named localized text fields, on every database.
 * SQLite's LIKE folds ASCII letters only ("москва" never found "Москва") and offers no Unicode
 * function to our driver (libsql has no user functions), so we compare folded copies instead,
 * the way `searchText` already works for reader search: one function decides the folded form
 * (`src/content/fold.ts`). On MongoDB the adapter builds `like` as an escaped `$regex` with the `i`
 * flag; the copies give it exactly the SQLite behaviour (ß/ss, ς/σ, NFKC) rather than the regex
 * engine's own folding.
 */
export function foldedCopies(fieldNames: string[], foldedFields: string[] = []): FoldedCopies {
  const field: Field = {
    name: GROUP,
    type: 'group',
    // Localized as a whole: each language's copies travel with that language's text (and the
    // translator guard, which refuses changes to fields every language shares, leaves them alone).
    localized: true,
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    fields: fieldNames.map((name) => ({ name, type: 'textarea' as const })),
  }

  const keepFoldedCopies: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
    const folded: Record<string, string | null> = {}
    for (const name of fieldNames) {
      const value = name in data ? data[name] : originalDoc?.[name]
      folded[name] = typeof value === 'string' && value ? foldForSearch(value) : null
    }
    data[GROUP] = folded
    return data
  }

  const copied = new Set(fieldNames)
  const already = new Set(foldedFields)

  const rewrite = (where: Where): Where => {
    const result: Where = {}
    const extra: Where[] = []
    for (const [key, condition] of Object.entries(where)) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        result[key] = condition.map((part) =>
          part && typeof part === 'object' ? rewrite(part as Where) : part,
        ) as Where[]
        continue
      }
      const [name, ...rest] = key.split('.')
      if (
        !condition ||
        typeof condition !== 'object' ||
        Array.isArray(condition) ||
        !(copied.has(name) || already.has(name))
      ) {
        result[key] = condition
        continue
      }
      const kept: Record<string, unknown> = {}
      const foldedCondition: Record<string, unknown> = {}
      for (const [operator, value] of Object.entries(condition)) {
        if ((TEXT_OPERATORS as readonly string[]).includes(operator) && typeof value === 'string')
          foldedCondition[operator] = foldForSearch(value)
        else kept[operator] = value
      }
      if (Object.keys(foldedCondition).length === 0) {
        result[key] = condition
        continue
      }
      // `title.en` asks one locale's headline (the admin list searches every language's): the group is
      // localized as a whole, so that locale's copy is `folded.en.title`.
      const inLocale = rest.length === 1 && isLocale(rest[0])
      const foldedPath = already.has(name)
        ? key
        : inLocale
          ? [GROUP, rest[0], name].join('.')
          : [GROUP, name, ...rest].join('.')
      for (const [operator, value] of Object.entries(foldedCondition)) {
        if (already.has(name)) extra.push({ [foldedPath]: { [operator]: value } } as Where)
        // A document saved before its copies existed (a MongoDB database that was never migrated)
        // is still found through the field itself: `like` and `contains` match either.
        else if (operator === 'not_like') extra.push({ [foldedPath]: { not_like: value } } as Where)
        else
          extra.push({
            or: [
              { [foldedPath]: { [operator]: value } },
              { [key]: { [operator]: (condition as Record<string, unknown>)[operator] } },
            ],
          } as Where)
      }
      if (Object.keys(kept).length > 0) result[key] = kept as Where[string]
    }
    if (extra.length === 0) return result
    return Object.keys(result).length
      ? { and: [result, ...extra] }
      : extra.length === 1
        ? (extra[0] as Where)
        : { and: extra }
  }

  const foldTextQueries: CollectionBeforeOperationHook = ({ args }) => {
    const withWhere = args as { where?: Where }
    if (withWhere.where && typeof withWhere.where === 'object') withWhere.where = rewrite(withWhere.where)
    return args
  }

  return { field, keepFoldedCopies, foldTextQueries }
}
