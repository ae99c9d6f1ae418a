import { expect } from '@jest/globals'
import sharp from 'sharp'

import type { Locale } from '@/i18n/locales'
import type { Cell, RoleKey } from './accessMatrix'
import { roleProfiles } from './accessMatrix'
import { lexicalBody } from '../../scripts/seed/lexical'
import type { Collection, Doc, Gate, Id, Outcome, ReadOptions, Upload } from './accessGates'

/** Later than the seeded story, so helpers that pick "the first story" or "the oldest comment" never pick these. */
const LATER = '2030-01-01T00:00:00.000Z'
const MUCH_LATER = '2099-01-01T00:00:00.000Z'

export type Fixtures = {
  tag: string
  articles: { published: Id; draft: Id; publishedWithDraft: Id }
  liveTitle: string
  unpublishedTitle: string
  quotes: { ofPublished: Id; ofDraft: Id }
  organizations: { one: Id }
  media: { one: Id }
  comments: { approvedKk: Id; pendingKk: Id; pendingRu: Id }
  users: { bystander: Id }
  image: Upload
}

export function must<T>(result: Outcome<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.status} ${result.message}`)
  return result.value
}

export async function tinyPng(): Promise<Upload> {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a6ea5' } })
    .png()
    .toBuffer()
  return { data, name: 'matrix.png', mimetype: 'image/png' }
}

/** A fresh value per use, letters and digits only (it also goes into email addresses). */
let counter = 0
export const unique = (tag: string) => `${tag}x${(counter += 1)}x${Math.random().toString(36).slice(2, 8)}`

/** What a new document of each collection looks like; `marker` lands in a field the checks search for. */
function newDocument(
  collection: Collection,
  marker: string,
  fixtures: Pick<Fixtures, 'articles'>,
): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return { title: marker, sourceLocale: 'en', publishedAt: LATER }
    case 'quotes':
      return { text: marker, speakerName: 'Matrix speaker', sourceLocale: 'en' }
    case 'organizations':
      return { name: marker, country: 'KZ', kind: 'ngo' }
    case 'media':
      return { alt: marker }
    case 'comments':
      return {
        article: fixtures.articles.published,
        language: 'en',
        authorName: 'Matrix',
        authorEmail: `${marker}@matrix.example`,
        body: marker,
        status: 'pending',
        createdAt: MUCH_LATER,
      }
    case 'users':
      return { email: `${marker}@matrix.example`, password: 'matrix password 12345', roles: ['editor'], name: marker }
  }
}

const markerField: Record<Collection, string> = {
  articles: 'title',
  quotes: 'text',
  organizations: 'name',
  media: 'alt',
  comments: 'body',
  users: 'name',
}

/** The field an update changes: localized where the collection has languages. */
const updateField: Record<Collection, string> = {
  articles: 'dek',
  quotes: 'speakerRole',
  organizations: 'description',
  media: 'caption',
  // moderationReason is cleared once recorded; the name is a field moderators may correct.
  comments: 'authorName',
  users: 'name',
}

export async function makeFixtures(oracle: Gate, tag: string): Promise<Fixtures> {
  const image = await tinyPng()
  const base = { articles: { published: 0, draft: 0, publishedWithDraft: 0 } }
  const create = async (
    collection: Collection,
    data: Record<string, unknown>,
    options: ReadOptions & { file?: Upload } = {},
  ) => must(await oracle.create(collection, data, { locale: 'en', ...options }), `creating a ${collection} fixture`).id
  const liveTitle = `Matrix live ${tag}`
  const unpublishedTitle = `Matrix unpublished edit ${tag}`
  base.articles.published = await create('articles', {
    title: `Matrix published ${tag}`,
    sourceLocale: 'en',
    _status: 'published',
    publishedAt: LATER,
  })
  base.articles.draft = await create(
    'articles',
    { title: `Matrix embargoed ${tag}`, sourceLocale: 'en', _status: 'draft' },
    { draft: true },
  )
  base.articles.publishedWithDraft = await create('articles', {
    title: liveTitle,
    sourceLocale: 'en',
    _status: 'published',
    publishedAt: LATER,
  })
  must(
    await oracle.update(
      'articles',
      base.articles.publishedWithDraft,
      { title: unpublishedTitle },
      { locale: 'en', draft: true },
    ),
    'saving a draft',
  )
  const comment = (language: Locale, status: string, label: string) =>
    create('comments', {
      ...newDocument('comments', `matrix-${label}-${tag}`, base),
      language,
      status,
      body: `Matrix ${label} ${tag}`,
    })
  const fixtures: Fixtures = {
    tag,
    ...base,
    liveTitle,
    unpublishedTitle,
    quotes: {
      ofPublished: await create('quotes', { ...newDocument('quotes', `Matrix quote ${tag}`, base) }),
      ofDraft: await create('quotes', newDocument('quotes', `Matrix embargoed quote ${tag}`, base)),
    },
    organizations: { one: await create('organizations', newDocument('organizations', `Matrix org ${tag}`, base)) },
    media: { one: await create('media', { alt: `Matrix image ${tag}` }, { file: image }) },
    comments: {
      approvedKk: await comment('kk', 'approved', 'approved-kk'),
      pendingKk: await comment('kk', 'pending', 'pending-kk'),
      pendingRu: await comment('ru', 'pending', 'pending-ru'),
    },
    users: { bystander: await create('users', newDocument('users', `bystander${tag}`, base)) },
    image,
  }
  // A quote is public once a published story embeds it; one embedded only in a draft stays in the newsroom.
  const embed = async (article: Id, quote: Id, draft: boolean) =>
    must(
      await oracle.update(
        'articles',
        article,
        { body: lexicalBody([{ type: 'pullQuote', quoteId: quote }]) },
        { locale: 'en', draft },
      ),
      'embedding a quote in an article',
    )
  await embed(base.articles.published, fixtures.quotes.ofPublished, false)
  await embed(base.articles.draft, fixtures.quotes.ofDraft, true)
  // The documents translators work on are translated into every language, so a save in one is valid.
  for (const locale of ['zh', 'ru', 'kk', 'mn'] as Locale[]) {
    const translate = async (collection: Collection, id: Id, data: Record<string, unknown>) =>
      must(await oracle.update(collection, id, data, { locale }), `translating a ${collection} fixture into ${locale}`)
    await translate('articles', fixtures.articles.published, { title: `Matrix published ${tag} ${locale}` })
    await translate('quotes', fixtures.quotes.ofPublished, {
      text: `Matrix quote ${tag} ${locale}`,
      speakerName: `Speaker ${locale}`,
    })
    await translate('organizations', fixtures.organizations.one, { name: `Matrix org ${tag} ${locale}` })
    await translate('media', fixtures.media.one, { alt: `Matrix image ${tag} ${locale}` })
  }
  return fixtures
}

/** Everything stored about a document, every language, live and latest draft: "nothing changed" compares these. */
async function snapshot(oracle: Gate, collection: Collection, id: Id) {
  const live = must(await oracle.findByID(collection, id, { locale: 'all' }), `reading ${collection} ${id}`)
  const latest =
    collection === 'articles'
      ? must(await oracle.findByID(collection, id, { locale: 'all', draft: true }), 'reading the draft')
      : null
  return { live, latest }
}

async function expectRefusedAndUnchanged(
  oracle: Gate,
  collection: Collection,
  id: Id,
  attempt: () => Promise<Outcome<unknown>>,
) {
  const before = await snapshot(oracle, collection, id)
  const result = await attempt()
  expect(result.ok).toBe(false)
  if (!result.ok) expect([403, 404]).toContain(result.status)
  expect(await snapshot(oracle, collection, id)).toEqual(before)
}

export type MatrixContext = {
  gate: (role: RoleKey) => Gate
  oracle: Gate
  fixtures: Fixtures
  selfId: (role: RoleKey) => Id | undefined
}

const ids = (docs: Doc[]) => docs.map((doc) => doc.id).sort((a, b) => a - b)
const sorted = (list: (Id | undefined)[]) => list.filter((id): id is Id => id !== undefined).sort((a, b) => a - b)

function fixtureIds(
  ctx: MatrixContext,
  role: RoleKey,
  collection: Collection,
): { all: Id[]; visible: Record<'allow' | 'public' | 'own' | 'language' | 'colleagues', Id[]> } {
  const f = ctx.fixtures
  switch (collection) {
    case 'articles': {
      const all = [f.articles.published, f.articles.draft, f.articles.publishedWithDraft]
      return {
        all,
        visible: {
          allow: all,
          public: [f.articles.published, f.articles.publishedWithDraft],
          own: [],
          language: [],
          colleagues: [],
        },
      }
    }
    case 'quotes': {
      const all = [f.quotes.ofPublished, f.quotes.ofDraft]
      return { all, visible: { allow: all, public: [f.quotes.ofPublished], own: [], language: [], colleagues: [] } }
    }
    case 'organizations':
      return {
        all: [f.organizations.one],
        visible: { allow: [f.organizations.one], public: [], own: [], language: [], colleagues: [] },
      }
    case 'media':
      return {
        all: [f.media.one],
        visible: { allow: [f.media.one], public: [], own: [], language: [], colleagues: [] },
      }
    case 'comments': {
      const all = [f.comments.approvedKk, f.comments.pendingKk, f.comments.pendingRu]
      return {
        all,
        visible: {
          allow: all,
          public: [f.comments.approvedKk],
          own: [],
          language: [f.comments.pendingRu],
          colleagues: [],
        },
      }
    }
    case 'users': {
      const all = sorted([f.users.bystander, ctx.selfId(role)])
      return {
        all,
        visible: { allow: all, public: [], own: sorted([ctx.selfId(role)]), language: [], colleagues: all },
      }
    }
  }
}

async function checkRead(ctx: MatrixContext, cell: Cell, collection: Collection) {
  const gate = ctx.gate(cell.role)
  const { all, visible } = fixtureIds(ctx, cell.role, collection)
  const listed = await gate.find(collection, { id: { in: all } }, { locale: 'en' })
  if (cell.verdict === 'deny') {
    expect(listed.ok).toBe(false)
    if (!listed.ok) expect(listed.status).toBe(403)
    for (const id of all) expect((await gate.findByID(collection, id)).ok).toBe(false)
    return
  }
  const expected = sorted(visible[cell.verdict as keyof typeof visible])
  expect(ids(must(listed, `listing ${collection}`))).toEqual(expected)
  if (cell.verdict === 'colleagues') {
    // A colleague's name, never their email address; one's own account in full.
    for (const doc of must(listed, `listing ${collection}`)) {
      const own = doc.id === ctx.selfId(cell.role)
      const shown = { name: typeof doc.name === 'string', email: Boolean(doc.email) }
      expect([doc.id, shown]).toEqual([doc.id, own ? { name: shown.name, email: true } : { name: true, email: false }])
    }
  }
  for (const id of all) {
    const one = await gate.findByID(collection, id, { locale: 'en' })
    expect([id, one.ok]).toEqual([id, expected.includes(id)])
  }
  if (collection !== 'articles') return
  // Drafts: a reader asking for the draft still gets the published text, and no version history.
  const f = ctx.fixtures
  const latest = await gate.findByID('articles', f.articles.publishedWithDraft, { locale: 'en', draft: true })
  const drafts = await gate.find('articles', { id: { in: all } }, { locale: 'en', draft: true })
  const versions = await gate.findVersions('articles', f.articles.publishedWithDraft)
  if (cell.verdict === 'public') {
    // Refusing the draft flag outright would do too; showing the unpublished headline would not.
    if (latest.ok) expect(latest.value.title).toBe(f.liveTitle)
    expect(JSON.stringify(must(drafts, 'listing with draft=true'))).not.toContain(f.unpublishedTitle)
    expect(versions.ok ? versions.value : []).toEqual([])
  } else {
    expect(must(latest, 'reading the latest draft').title).toBe(f.unpublishedTitle)
  }
}

async function checkCreate(ctx: MatrixContext, cell: Cell, collection: Collection) {
  const marker = unique(`new${ctx.fixtures.tag}`)
  const data = newDocument(collection, marker, ctx.fixtures)
  if (collection === 'comments') delete data.createdAt
  const file = collection === 'media' ? ctx.fixtures.image : undefined
  const result = await ctx.gate(cell.role).create(collection, data, { locale: 'en', file })
  const stored = must(
    await ctx.oracle.find(collection, { [markerField[collection]]: { equals: marker } }, { locale: 'en' }),
    'looking for the new document',
  )
  if (cell.verdict === 'allow') {
    expect(must(result, `creating ${collection}`).id).toBeGreaterThan(0)
    expect(stored).toHaveLength(1)
    must(await ctx.oracle.delete(collection, stored[0]?.id as Id), 'cleaning up')
  } else {
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.status).toBe(403)
    expect(stored).toEqual([])
  }
}

function updateTarget(ctx: MatrixContext, role: RoleKey, collection: Collection): { allowed: Id[]; refused: Id[] } {
  const f = ctx.fixtures
  switch (collection) {
    case 'articles':
      return { allowed: [f.articles.published], refused: [f.articles.published] }
    case 'quotes':
      return { allowed: [f.quotes.ofPublished], refused: [f.quotes.ofPublished] }
    case 'organizations':
      return { allowed: [f.organizations.one], refused: [f.organizations.one] }
    case 'media':
      return { allowed: [f.media.one], refused: [f.media.one] }
    case 'comments':
      return { allowed: [f.comments.pendingRu], refused: [f.comments.pendingKk, f.comments.approvedKk] }
    case 'users':
      return { allowed: sorted([ctx.selfId(role) ?? f.users.bystander]), refused: [f.users.bystander] }
  }
}

async function checkUpdate(ctx: MatrixContext, cell: Cell, collection: Collection) {
  const gate = ctx.gate(cell.role)
  const field = updateField[collection]
  const { allowed, refused } = updateTarget(ctx, cell.role, collection)
  // A translator's save of an article is a draft save (they never write the published version).
  const draft = cell.verdict === 'locale' && collection === 'articles' ? { draft: true } : {}
  const change = async (id: Id, locale: Locale) => {
    const value = unique('changed')
    const result = await gate.update(collection, id, { [field]: value }, { locale, ...draft })
    must(result, `updating ${collection} ${id} in ${locale}`)
    const stored = must(await ctx.oracle.findByID(collection, id, { locale, ...draft }), 'reading back')
    expect(stored[field]).toBe(value)
  }
  const tryChange = (id: Id, locale: Locale) =>
    expectRefusedAndUnchanged(ctx.oracle, collection, id, () =>
      gate.update(collection, id, { [field]: unique('refused') }, { locale, ...draft }),
    )

  switch (cell.verdict) {
    case 'allow':
      for (const id of [...allowed, ...refused]) await change(id, 'en')
      return
    case 'deny':
      for (const id of new Set([...allowed, ...refused])) await tryChange(id, 'en')
      return
    case 'own':
      await change(ctx.selfId(cell.role) as Id, 'en')
      await tryChange(ctx.fixtures.users.bystander, 'en')
      return
    case 'language':
      for (const id of allowed) await change(id, 'en')
      for (const id of refused) await tryChange(id, 'en')
      return
    case 'locale': {
      const mine = roleProfiles[cell.role as 'translatorKk'].translatorLocales ?? []
      // A translator's draft goes on the article that already has one: a draft on top of the plainly
      // published article would make an editor's later save without `_status` take it offline.
      const target = (collection === 'articles' ? ctx.fixtures.articles.publishedWithDraft : allowed[0]) as Id
      for (const locale of mine) await change(target, locale)
      for (const locale of (['en', 'zh', 'ru', 'kk', 'mn'] as Locale[]).filter((l) => !mine.includes(l)))
        await tryChange(target, locale)
      return
    }
    default:
      throw new Error(`no update check for ${cell.verdict}`)
  }
}

async function checkDelete(ctx: MatrixContext, cell: Cell, collection: Collection) {
  const gate = ctx.gate(cell.role)
  if (cell.verdict === 'allow') {
    const marker = unique(`gone${ctx.fixtures.tag}`)
    const file = collection === 'media' ? ctx.fixtures.image : undefined
    const doomed = must(
      await ctx.oracle.create(collection, newDocument(collection, marker, ctx.fixtures), { locale: 'en', file }),
      'creating a document to delete',
    )
    must(await gate.delete(collection, doomed.id), `deleting ${collection}`)
    expect((await ctx.oracle.findByID(collection, doomed.id)).ok).toBe(false)
    return
  }
  const { allowed, refused } = updateTarget(ctx, cell.role, collection)
  for (const id of new Set([...allowed, ...refused]))
    await expectRefusedAndUnchanged(ctx.oracle, collection, id, () => gate.delete(collection, id))
}

async function checkRules(ctx: MatrixContext, cell: Cell) {
  const gate = ctx.gate(cell.role)
  if (cell.operation === 'read') {
    const rules = await gate.readRules()
    if (cell.verdict === 'allow')
      expect(typeof must(rules, 'reading the comment rules').reportsToRequeue).toBe('number')
    else {
      expect(rules.ok).toBe(false)
      if (!rules.ok) expect(rules.status).toBe(403)
    }
    return
  }
  const before = must(await ctx.oracle.readRules(), 'reading the comment rules')
  const wanted = Number(before.reportsToRequeue ?? 3) === 3 ? 4 : 3
  const result = await gate.updateRules({ reportsToRequeue: wanted })
  const after = must(await ctx.oracle.readRules(), 'reading the comment rules')
  if (cell.verdict === 'allow') {
    must(result, 'updating the comment rules')
    expect(after.reportsToRequeue).toBe(wanted)
    must(await ctx.oracle.updateRules({ reportsToRequeue: before.reportsToRequeue }), 'restoring the comment rules')
  } else {
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.status).toBe(403)
    expect(after).toEqual(before)
  }
}

/** Asserts one cell of the matrix against the real system. */
export async function checkCell(ctx: MatrixContext, cell: Cell): Promise<void> {
  if (cell.subject === 'comment-rules') return checkRules(ctx, cell)
  const collection = cell.subject
  if (cell.operation === 'read') return checkRead(ctx, cell, collection)
  if (cell.operation === 'create') return checkCreate(ctx, cell, collection)
  if (cell.operation === 'update') return checkUpdate(ctx, cell, collection)
  return checkDelete(ctx, cell, collection)
}
