import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { checkCell, type Fixtures, makeFixtures, type MatrixContext, must } from '../helpers/accessChecks'
import { type Collection, type Gate, graphQLGate, graphQLNames, restGate } from '../helpers/accessGates'
import { type Cell, matrixCells, roleProfiles, type RoleKey } from '../helpers/accessMatrix'
import { ownAccounts } from '../helpers/sessions'
import { siteUrl } from '../helpers/site'

const transports = { REST: restGate, GraphQL: graphQLGate } as const
type Transport = keyof typeof transports

/** GraphQL carries no file, so an image can only be created over REST (and the local API). */
const notOverGraphQL = (cell: Cell) =>
  cell.subject === 'media' && cell.operation === 'create' && cell.verdict === 'allow'

const cases = (Object.keys(transports) as Transport[]).flatMap((transport) =>
  matrixCells()
    .filter((cell) => transport === 'REST' || !notOverGraphQL(cell))
    .map((cell) => [transport, cell.role, cell.operation, cell.subject, cell.verdict, cell] as const),
)

describe('the access matrix over REST and GraphQL on the running site', () => {
  const sessions = {} as Record<RoleKey, { token?: string; id?: number }>
  let fixtures: Fixtures
  let oracle: Gate

  beforeAll(async () => {
    sessions.anonymous = {}
    const accounts = await ownAccounts(`matrix${Date.now().toString(36)}`, roleProfiles)
    for (const [key, { token, user }] of Object.entries(accounts)) sessions[key as RoleKey] = { token, id: user.id }
    oracle = restGate(siteUrl(), sessions.admin.token)
    fixtures = await makeFixtures(oracle, `e2e${Date.now().toString(36)}`)
  }, 120_000)

  afterAll(async () => {
    if (!fixtures) return
    const leftovers: [Collection, number[]][] = [
      ['comments', Object.values(fixtures.comments)],
      ['quotes', Object.values(fixtures.quotes)],
      ['articles', Object.values(fixtures.articles)],
      ['organizations', Object.values(fixtures.organizations)],
      ['media', Object.values(fixtures.media)],
      ['users', Object.values(fixtures.users)],
    ]
    for (const [collection, ids] of leftovers) for (const id of ids) await oracle.delete(collection, id)
  }, 60_000)

  const context = (transport: Transport): MatrixContext => ({
    gate: (role) => transports[transport](siteUrl(), sessions[role].token),
    oracle,
    fixtures,
    selfId: (role) => sessions[role].id,
  })

  it('uses names the GraphQL schema really has (introspection is off in production, so each is asked for)', async () => {
    const ask = async (query: string) => {
      const response = await fetch(`${siteUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${sessions.admin.token}` },
        body: JSON.stringify({ query }),
      })
      return JSON.stringify(await response.json())
    }
    expect(await ask('{ __schema { queryType { name } } }')).toMatch(/introspection is not allowed/)
    for (const { one, many } of Object.values(graphQLNames)) {
      expect(await ask(`{ ${many}(limit: 1) { totalDocs } }`)).toMatch(/"totalDocs":\d+/)
      expect(await ask(`mutation { delete${one}(id: 0) { id } }`)).not.toMatch(/Cannot query field/)
      expect(await ask(`mutation { update${one}(id: 0) { id } }`)).not.toMatch(/Cannot query field/)
    }
    expect(await ask('{ CommentRule { reportsToRequeue } }')).toMatch(/"reportsToRequeue":\d+/)
    expect(await ask(`{ versionsArticles(limit: 1) { totalDocs } }`)).toMatch(/"totalDocs":\d+/)
  })

  it('gives readers no unpublished translation over REST or GraphQL, even after an English fix carried the draft live', async () => {
    const draftHeadline = `Аударма әлі дайын емес ${fixtures.tag}`
    const rest = (role: RoleKey) => restGate(siteUrl(), sessions[role].token)
    const id = fixtures.articles.published
    must(
      await rest('translatorKk').update(
        'articles',
        id,
        { title: draftHeadline, translationStatus: 'in-progress' },
        { locale: 'kk', draft: true },
      ),
      'saving the draft',
    )
    must(
      await rest('editor').update(
        'articles',
        id,
        { dek: `English fix ${fixtures.tag}`, _status: 'published' },
        { locale: 'en' },
      ),
      'publishing the fix',
    )
    // The live document holds the draft now; staff see it, readers must not.
    expect(must(await oracle.findByID('articles', id, { locale: 'kk' }), 'reading as admin').title).toBe(draftHeadline)
    for (const transport of Object.keys(transports) as Transport[]) {
      const reader = transports[transport](siteUrl())
      expect([transport, must(await reader.findByID('articles', id, { locale: 'kk' }), 'reading kk').title]).toEqual([
        transport,
        null,
      ])
      expect(JSON.stringify(await reader.find('articles', { id: { equals: id } }, { locale: 'kk' }))).not.toContain(
        draftHeadline,
      )
    }
    expect(JSON.stringify(await rest('anonymous').findByID('articles', id, { locale: 'all' }))).not.toContain(
      draftHeadline,
    )
    expect(must(await rest('translatorMn').findByID('articles', id, { locale: 'kk' }), 'reading as staff').title).toBe(
      draftHeadline,
    )
  })

  it.each(cases)('%s: %s → %s %s: %s', async (transport, _role, _operation, _subject, _verdict, cell) => {
    await checkCell(context(transport), cell)
  })
})
