import type { CollectionBeforeChangeHook } from 'payload'

import { foldForSearch } from '@/content/fold'
import { lexicalToPlainText } from '@/content/plainText'

/**
 * Keeps a folded (`src/content/fold.ts`) plain-text copy of this locale's headline, kicker, standfirst and body, so
 * reader search is one substring match per word, which also works for Chinese (no word spaces).
 */
export const updateSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const pick = (field: string) => (field in data ? data[field] : originalDoc?.[field])
  const parts = [pick('title'), pick('kicker'), pick('dek'), lexicalToPlainText(pick('body'))]
  data.searchText = foldForSearch(
    parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n'),
  )
  return data
}
