import type { Payload, PayloadRequest, Where } from 'payload'

import { keepingLocale } from '@/db/keepingLocale'
import { type Locale, localeCodes } from '@/i18n/locales'

/**
 * Quotes are shared: one quote can be embedded, as a pull-quote block, in the body of several
 * stories. What links a story to its quotes is its body: an article's `quotes` field (localized,
 * one list per language) is the list of quotes embedded in that language's body, kept by
 * `collectEmbeddedQuotes` on every save. Everything that asks "which stories show this quote"
 * (reader access, revalidation, the quote's "Embedded in" list) asks that field.
 */

type Id = number | string
type LexicalNode = { type?: string; fields?: { blockType?: string; quote?: unknown }; children?: LexicalNode[] }

/**
 * The ids of the quotes embedded in a Lexical body (its `pullQuote` blocks), in reading order,
 * each once. A block may hold the id or the populated quote. Returns [] for an empty body.
 */
export function embeddedQuoteIds(body: unknown): Id[] {
  const ids: Id[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node) return
    if (node.type === 'block' && node.fields?.blockType === 'pullQuote') {
      const value = node.fields.quote
      const id = value && typeof value === 'object' ? (value as { id?: Id }).id : (value as Id | null | undefined)
      if ((typeof id === 'number' || (typeof id === 'string' && id !== '')) && !ids.includes(id)) ids.push(id)
    }
    node.children?.forEach(walk)
  }
  walk((body as { root?: LexicalNode } | null | undefined)?.root)
  return ids
}

/** `where` for articles that embed any of `ids` in the body of any of `locales` (`quotes.<locale>`). */
function embeddingAny(ids: Id[], locales: readonly Locale[]): Where {
  return { or: locales.map((locale) => ({ [`quotes.${locale}`]: { in: ids } })) }
}

type EmbeddingArticle = {
  id: Id
  slug?: Partial<Record<Locale, string | null>> | null
  quotes?: Partial<Record<Locale, (Id | { id: Id })[] | null>> | null
}

const idsIn = (list: (Id | { id: Id })[] | null | undefined): Id[] =>
  (list ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry))

/**
 * The stories that embed quote `quoteId`, as the pages an edit of the quote must refresh: for each
 * of `locales`, the ids of the articles whose body in that language embeds the quote (their pages in
 * that language carry the article's cache tag). Reads the stored (published, or never-published
 * draft) articles with access overridden. For revalidation (`collections/hooks/revalidateRelated.ts`).
 */
export async function storiesEmbeddingQuote(
  payload: Payload,
  quoteId: Id,
  locales: readonly Locale[],
  req?: PayloadRequest,
): Promise<Partial<Record<Locale, Id[]>>> {
  const { docs } = await keepingLocale(req, () =>
    payload.find({
      collection: 'articles',
      where: embeddingAny([quoteId], locales),
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { quotes: true },
    }),
  )
  const ids: Partial<Record<Locale, Id[]>> = {}
  for (const doc of docs as unknown as EmbeddingArticle[]) {
    for (const locale of locales) {
      if (idsIn(doc.quotes?.[locale]).some((id) => String(id) === String(quoteId))) (ids[locale] ??= []).push(doc.id)
    }
  }
  return ids
}

/**
 * The quotes a reader may not read: embedded in the latest draft of a story that is not published
 * (a never-published story, or a new draft over a published one), and in no published story. A
 * quote of an embargoed draft stays in the newsroom; a quote embedded nowhere is public, as a quote
 * without an article always was. Two reads: the quotes of the latest versions that are drafts (few),
 * then which of them a published story embeds (its stored document is its published version).
 * Answers once per request (`req.context`).
 */
export async function quotesOfUnpublishedStoriesOnly(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context.quotesOfUnpublishedStoriesOnly as Id[] | undefined
  if (cached) return cached
  // By their text, keeping the stored value (a number on SQLite, an ObjectId string on MongoDB).
  const ids = (docs: (EmbeddingArticle | undefined)[]) =>
    new Map(
      docs.flatMap((doc) =>
        localeCodes.flatMap((locale) => idsIn(doc?.quotes?.[locale]).map((id) => [String(id), id] as const)),
      ),
    )
  const drafts = await keepingLocale(req, () =>
    req.payload.findVersions({
      collection: 'articles',
      where: { and: [{ latest: { equals: true } }, { 'version._status': { not_equals: 'published' } }] },
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { version: { quotes: true } },
    }),
  )
  const unpublished = ids(drafts.docs.map((doc) => doc.version as unknown as EmbeddingArticle))
  let hidden: Id[] = []
  if (unpublished.size > 0) {
    const candidates = [...unpublished.values()]
    const { docs } = await keepingLocale(req, () =>
      req.payload.find({
        collection: 'articles',
        where: { and: [{ _status: { equals: 'published' } }, embeddingAny(candidates, localeCodes)] },
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { quotes: true },
      }),
    )
    const published = ids(docs as unknown as EmbeddingArticle[])
    hidden = candidates.filter((id) => !published.has(String(id)))
  }
  req.context.quotesOfUnpublishedStoriesOnly = hidden
  return hidden
}

const quoteMarks: Record<Locale, [string, string]> = {
  en: ['“', '”'],
  zh: ['“', '”'],
  ru: ['«', '»'],
  kk: ['«', '»'],
  mn: ['«', '»'],
}

/** How long a quote's words may run in its title before they are cut with "…" (characters). */
const TITLE_WORDS = 90

/**
 * A quote's title in `locale`, what pickers and lists show: its words in that language's quotation
 * marks, cut at about 90 characters on a word boundary, and who said it, e.g.
 * `“Water from the pumps reaches the far pastures” — Jilel Helel`. Empty when it has no words.
 */
export function quoteTitle(locale: Locale, text: unknown, speakerName: unknown): string {
  const words = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : ''
  if (!words) return ''
  const chars = [...words]
  let cut = words
  if (chars.length > TITLE_WORDS) {
    const head = chars.slice(0, TITLE_WORDS).join('')
    const space = head.lastIndexOf(' ')
    cut = `${(space > TITLE_WORDS / 2 ? head.slice(0, space) : head).replace(/[\s,.;:!?，。；：]+$/u, '')}…`
  }
  const [open, close] = quoteMarks[locale]
  const speaker = typeof speakerName === 'string' ? speakerName.trim() : ''
  return speaker ? `${open}${cut}${close} — ${speaker}` : `${open}${cut}${close}`
}

/**
 * The stories whose latest version (draft or published) embeds quote `quoteId` in `locale`, newest
 * first, as the quote's "Embedded in" list in the admin shows them: `{ id, title }`, the title in
 * `locale` or, where that language has none, in any other (the list must never show an empty row).
 */
export async function storiesWithQuote(
  payload: Payload,
  quoteId: Id,
  locale: Locale,
  req?: PayloadRequest,
): Promise<{ id: Id; title: string }[]> {
  const { docs } = await keepingLocale(req, () =>
    payload.findVersions({
      collection: 'articles',
      where: { and: [{ latest: { equals: true } }, { [`version.quotes.${locale}`]: { in: [quoteId] } }] },
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: '-updatedAt',
      overrideAccess: true,
      req,
      select: { parent: true, version: { title: true } },
    }),
  )
  return docs.map((doc) => {
    const titles = ((doc.version as { title?: Partial<Record<Locale, string | null>> }).title ?? {}) as Partial<
      Record<Locale, string | null>
    >
    const title = titles[locale] || Object.values(titles).find((value) => value) || ''
    return { id: idOf(doc.parent), title }
  })
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/**
 * Publishing a story in `locale` publishes, in that language, the quotes its body embeds there
 * (`quoteIds`, the article's `quotes` in `locale`) whose translation was submitted for review
 * (state `ready`, not outdated): the editor who publishes the story reviewed it with its pull
 * quotes, and a story must not go live without them (decision 022). A quote whose original changed
 * after the translation was submitted (outdated), or that is still missing or in progress, is
 * left as it is. Saves with the publisher's own access (`req.user`; a scheduled publish, which has none,
 * with access overridden) in the publish's transaction (`req`), so a refusal refuses the publish; the request's locale and fallback are put back.
 * Returns the ids of the quotes it published.
 */
export async function publishReadyQuotesWithStory(req: PayloadRequest, quoteIds: Id[], locale: Locale): Promise<Id[]> {
  if (quoteIds.length === 0) return []
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'quotes',
      where: {
        and: [
          { id: { in: quoteIds } },
          { translationStatus: { equals: 'ready' } },
          { translationOutdated: { not_equals: true } },
        ],
      },
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { translationStatus: true },
    }),
  )
  const published: Id[] = []
  for (const quote of docs) {
    await keepingLocale(req, () =>
      req.payload.update({
        collection: 'quotes',
        id: quote.id,
        locale,
        fallbackLocale: false,
        depth: 0,
        data: { translationStatus: 'published' },
        // A scheduled publish runs without a user: it was allowed when it was scheduled.
        overrideAccess: !req.user,
        user: req.user,
        req,
      }),
    )
    published.push(quote.id)
  }
  return published
}
