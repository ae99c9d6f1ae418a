import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { checkCell, type Fixtures, makeFixtures, type MatrixContext } from '../helpers/accessChecks'
import { type Gate, localGate } from '../helpers/accessGates'
import { type Cell, matrixCells, roleProfiles, type RoleKey } from '../helpers/accessMatrix'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const cells = matrixCells()

describe(onDatabase('the access matrix over the local API (overrideAccess: false)'), () => {
  let payload: Payload
  let fixtures: Fixtures
  const users = {} as Record<RoleKey, { id: number } | undefined>
  let ctx: MatrixContext

  beforeAll(async () => {
    payload = await testPayload()
    for (const [key, profile] of Object.entries(roleProfiles)) {
      const { translatorLocales, moderatorLocales } = profile
      users[key as RoleKey] = await makeUser(payload, profile.role, { translatorLocales, moderatorLocales })
    }
    users.anonymous = undefined
    const oracle: Gate = localGate(payload, undefined, true)
    fixtures = await makeFixtures(oracle, 'local')
    ctx = {
      gate: (role) => localGate(payload, users[role]),
      oracle,
      fixtures,
      selfId: (role) => users[role]?.id,
    }
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('covers every role, collection and operation', () => {
    expect(new Set(cells.map((cell) => cell.role)).size).toBe(7)
    expect(new Set(cells.map((cell) => cell.subject)).size).toBe(7)
    expect(cells).toHaveLength(7 * (6 * 4 + 2))
  })

  it.each(cells.map((cell) => [cell.role, cell.operation, cell.subject, cell.verdict, cell] as const))(
    '%s → %s %s: %s',
    async (_role, _operation, _subject, _verdict, cell: Cell) => {
      await checkCell(ctx, cell)
    },
  )
})
