import type { Payload } from 'payload'

/**
 * How a reader page reads: as a reader (published documents, access rules applied, published
 * translations only, decision 003) or as a preview for a signed-in newsroom member (the latest
 * draft of every language that has text). Every read made for one page takes the same context,
 * so metadata, hreflang, the language switcher, related quotes and organizations and the body
 * never disagree about which version they show.
 */
export type ReadingContext = { payload: Payload; draft: boolean }

/** A reader's reads: `draft: false`. */
export const readerContext = (payload: Payload): ReadingContext => ({ payload, draft: false })

/**
 * Payload local-API options for one read in this context. Preview overrides access because
 * `/next/preview` only turns draft mode on for staff (src/app/next/preview/route.ts).
 */
export function readOptions(context: ReadingContext): { draft: boolean; overrideAccess: boolean } {
  return context.draft ? { draft: true, overrideAccess: true } : { draft: false, overrideAccess: false }
}
