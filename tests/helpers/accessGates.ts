import type { Payload, Where } from 'payload'
import { stringify } from 'qs-esm'

import type { Locale } from '@/i18n/locales'

/**
 * One way of talking to the CMS as one person: the local API with that user (overrideAccess:
 * false), REST or GraphQL with their token. A refusal is data ({ ok: false, status }), so one
 * checker judges all three.
 */
export type Id = number
export type Doc = Record<string, unknown> & { id: Id }
export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; message: string }
export type ReadOptions = { locale?: Locale | 'all'; draft?: boolean }
export type Upload = { data: Buffer; name: string; mimetype: string }
export type Collection = 'articles' | 'quotes' | 'organizations' | 'media' | 'comments' | 'users'

export interface Gate {
  find(collection: Collection, where: Where, options?: ReadOptions): Promise<Outcome<Doc[]>>
  findByID(collection: Collection, id: Id, options?: ReadOptions): Promise<Outcome<Doc>>
  findVersions(collection: 'articles', parent: Id): Promise<Outcome<Doc[]>>
  create(
    collection: Collection,
    data: Record<string, unknown>,
    options?: ReadOptions & { file?: Upload },
  ): Promise<Outcome<Doc>>
  update(collection: Collection, id: Id, data: Record<string, unknown>, options?: ReadOptions): Promise<Outcome<Doc>>
  delete(collection: Collection, id: Id): Promise<Outcome<Doc>>
  readRules(): Promise<Outcome<Record<string, unknown>>>
  updateRules(data: Record<string, unknown>): Promise<Outcome<Record<string, unknown>>>
}

const refused = (status: number, message: string) => ({ ok: false, status, message }) as const
const fine = <T>(value: T): Outcome<T> => ({ ok: true, value })

async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return fine(await work())
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    return refused(status, (error as Error).message)
  }
}

type Loose = Record<string, unknown>
/** Payload's local API with its per-collection typing loosened: these checks run over every collection alike. */
type LooseLocalAPI = {
  find(options: Loose): Promise<{ docs: Doc[] }>
  findByID(options: Loose): Promise<Doc>
  findVersions(options: Loose): Promise<{ docs: Doc[] }>
  create(options: Loose): Promise<Doc>
  update(options: Loose): Promise<Doc>
  delete(options: Loose): Promise<Doc>
  findGlobal(options: Loose): Promise<Loose>
  updateGlobal(options: Loose): Promise<Loose>
}

/** The local API as `user` (undefined: an anonymous reader); `override` is the test's own view of the database. */
export function localGate(payload: Payload, user: object | undefined, override = false): Gate {
  const local = payload as unknown as LooseLocalAPI
  const as = { overrideAccess: override, user, depth: 0 }
  return {
    find: (collection, where, options = {}) =>
      outcome(async () => (await local.find({ collection, where, limit: 200, ...options, ...as })).docs),
    findByID: (collection, id, options = {}) => outcome(() => local.findByID({ collection, id, ...options, ...as })),
    findVersions: (collection, parent) =>
      outcome(
        async () => (await local.findVersions({ collection, where: { parent: { equals: parent } }, ...as })).docs,
      ),
    create: (collection, data, { file, ...options } = {}) =>
      outcome(() =>
        local.create({
          collection,
          data,
          ...(file ? { file: { ...file, size: file.data.length } } : {}),
          ...options,
          ...as,
        }),
      ),
    update: (collection, id, data, options = {}) =>
      outcome(() => local.update({ collection, id, data, ...options, ...as })),
    delete: (collection, id) => outcome(() => local.delete({ collection, id, ...as })),
    readRules: () => outcome(() => local.findGlobal({ slug: 'comment-rules', ...as })),
    updateRules: (data) => outcome(() => local.updateGlobal({ slug: 'comment-rules', data, ...as })),
  }
}

/** `where` added to `into` as Payload's REST API reads it (`where[a][in][0]=1`), written by `qs-esm` as Payload's docs advise. */
export function whereQuery(where: Where, prefix = 'where', into = new URLSearchParams()): URLSearchParams {
  for (const [key, value] of new URLSearchParams(stringify({ [prefix]: where }))) into.append(key, value)
  return into
}

function readParams(options: ReadOptions = {}, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams({ depth: '0', ...extra })
  if (options.locale) params.set('locale', options.locale)
  if (options.draft !== undefined) params.set('draft', String(options.draft))
  return params
}

/** REST against the running test site, with a JWT from /api/users/login (none: an anonymous reader). */
export function restGate(baseUrl: string, token?: string): Gate {
  const auth: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  const call = async (
    method: string,
    path: string,
    params: URLSearchParams,
    body?: unknown,
  ): Promise<Outcome<Record<string, unknown>>> => {
    const url = `${baseUrl}/api${path}?${params}`
    const init: RequestInit = { method, headers: { ...auth } }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { ...auth, 'Content-Type': 'application/json' }
    }
    const response = await fetch(url, init)
    const text = await response.text()
    let json: Record<string, unknown> = {}
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      return refused(response.status, text.slice(0, 200))
    }
    if (!response.ok) return refused(response.status, JSON.stringify(json.errors ?? json).slice(0, 300))
    return fine(json)
  }
  const map = async <T>(
    result: Promise<Outcome<Record<string, unknown>>>,
    pick: (body: Record<string, unknown>) => T,
  ): Promise<Outcome<T>> => {
    const done = await result
    return done.ok ? fine(pick(done.value)) : done
  }
  return {
    find: (collection, where, options) =>
      map(
        call('GET', `/${collection}`, whereQuery(where, 'where', readParams(options, { limit: '200' }))),
        (body) => body.docs as Doc[],
      ),
    findByID: (collection, id, options) =>
      map(call('GET', `/${collection}/${id}`, readParams(options)), (body) => body as Doc),
    findVersions: (collection, parent) =>
      map(
        call('GET', `/${collection}/versions`, whereQuery({ parent: { equals: parent } }, 'where', readParams())),
        (body) => body.docs as Doc[],
      ),
    create: (collection, data, { file, ...options } = {}) => {
      let body: unknown = data
      if (file) {
        const form = new FormData()
        form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
        form.set('_payload', JSON.stringify(data))
        body = form
      }
      return map(call('POST', `/${collection}`, readParams(options), body), (json) => json.doc as Doc)
    },
    update: (collection, id, data, options) =>
      map(call('PATCH', `/${collection}/${id}`, readParams(options), data), (body) => body.doc as Doc),
    delete: (collection, id) => map(call('DELETE', `/${collection}/${id}`, readParams()), (body) => body.doc as Doc),
    readRules: () => map(call('GET', '/globals/comment-rules', readParams()), (body) => body),
    updateRules: (data) =>
      map(call('POST', '/globals/comment-rules', readParams(), data), (body) => body.result as Record<string, unknown>),
  }
}

/** Names Payload's GraphQL schema gives each collection (checked against the schema by the e2e test). */
export const graphQLNames: Record<Collection, { one: string; many: string; fields: string }> = {
  articles: { one: 'Article', many: 'Articles', fields: 'id title dek _status' },
  quotes: { one: 'Quote', many: 'Quotes', fields: 'id text speakerRole' },
  organizations: { one: 'Organization', many: 'Organizations', fields: 'id name description' },
  media: { one: 'Media', many: 'allMedia', fields: 'id alt caption' },
  comments: { one: 'Comment', many: 'Comments', fields: 'id body status language moderationReason' },
  users: { one: 'User', many: 'Users', fields: 'id name email' },
}

/** GraphQL against the running test site; a refusal is an error with Payload's status code. */
export function graphQLGate(baseUrl: string, token?: string): Gate {
  const run = async (
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Outcome<Record<string, unknown>>> => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    const json = (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    const error = json.errors?.[0]
    if (error) return refused(error.extensions?.statusCode ?? response.status, error.message)
    return fine(json.data ?? {})
  }
  const args = (options: ReadOptions = {}) =>
    [options.locale ? `locale: ${options.locale}` : '', options.draft !== undefined ? `draft: ${options.draft}` : '']
      .filter(Boolean)
      .join(', ')
  const withArgs = (list: string) => (list ? `, ${list}` : '')
  const pick = async <T>(
    result: Promise<Outcome<Record<string, unknown>>>,
    key: string,
    inner?: string,
  ): Promise<Outcome<T>> => {
    const done = await result
    if (!done.ok) return done
    const value = done.value[key] as Record<string, unknown> | null
    if (value === null || value === undefined) return refused(404, `${key} returned null`)
    return fine((inner ? value[inner] : value) as T)
  }
  return {
    find: (collection, where, options) => {
      const { one, many, fields } = graphQLNames[collection]
      // GraphQL's id operators have no `in`: ask for each id instead.
      const ids = (where.id as { in?: Id[] } | undefined)?.in
      const query = ids ? { OR: ids.map((id) => ({ id: { equals: id } })) } : where
      return pick(
        run(
          `query($where: ${one}_where) { ${many}(where: $where, limit: 200${withArgs(args(options))}) { docs { ${fields} } } }`,
          { where: query },
        ),
        many,
        'docs',
      )
    },
    findByID: (collection, id, options) => {
      const { one, fields } = graphQLNames[collection]
      return pick(run(`{ ${one}(id: ${id}${withArgs(args(options))}) { ${fields} } }`), one)
    },
    findVersions: (_collection, parent) =>
      pick(
        run(`{ versionsArticles(where: { parent: { equals: ${parent} } }) { docs { id version { title } } } }`),
        'versionsArticles',
        'docs',
      ),
    create: (collection, data, options) => {
      const { one } = graphQLNames[collection]
      return pick(
        run(`mutation($data: mutation${one}Input!) { create${one}(data: $data${withArgs(args(options))}) { id } }`, {
          data,
        }),
        `create${one}`,
      )
    },
    update: (collection, id, data, options) => {
      const { one } = graphQLNames[collection]
      return pick(
        run(
          `mutation($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data${withArgs(args(options))}) { id } }`,
          { data },
        ),
        `update${one}`,
      )
    },
    delete: (collection, id) => {
      const { one } = graphQLNames[collection]
      return pick(run(`mutation { delete${one}(id: ${id}) { id } }`), `delete${one}`)
    },
    readRules: () => pick(run('{ CommentRule { reportsToRequeue perIpPer10Minutes } }'), 'CommentRule'),
    updateRules: (data) =>
      pick(
        run('mutation($data: mutationCommentRuleInput!) { updateCommentRule(data: $data) { reportsToRequeue } }', {
          data,
        }),
        'updateCommentRule',
      ),
  }
}
