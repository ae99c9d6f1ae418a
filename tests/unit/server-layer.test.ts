import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'

import { copyDatabase } from '../../scripts/lib/copyDatabase.mjs'
import { freePort } from '../../scripts/lib/freePort.mjs'

/** Every file under `dir` whose name ends with `extension`. */
function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file, extension) : file.endsWith(extension) ? [file] : []
  })
}

describe('the plain-Node server layer', () => {
  it('type-checks every .mjs module under src/ and scripts/ in `npm test` (each opts in with // @ts-check)', () => {
    const modules = [...filesUnder('src', '.mjs'), ...filesUnder('scripts', '.mjs')]
    expect(modules.length).toBeGreaterThan(15)
    const unchecked = modules.filter((file) => {
      const lines = readFileSync(file, 'utf8').split('\n')
      const first = lines[0]?.startsWith('#!') ? lines[1] : lines[0]
      return first?.trim() !== '// @ts-check'
    })
    expect(unchecked).toEqual([])
    // …and the type check includes them: tsconfig.json takes every .mjs in.
    const tsconfig = readFileSync('tsconfig.json', 'utf8')
    expect(tsconfig).toContain('"**/*.mjs"')
  })
})

describe('copying a live SQLite database', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'altai-copy-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('copies what a running writer committed, including pages still only in its WAL, while the writer keeps its connection open', async () => {
    const source = path.join(dir, 'live.db')
    const writer = createClient({ url: `file:${source}` })
    await writer.execute('PRAGMA journal_mode = WAL')
    // No checkpoint until the writer closes: every commit below lives in live.db-wal only.
    await writer.execute('PRAGMA wal_autocheckpoint = 0')
    await writer.execute('CREATE TABLE comments (id INTEGER PRIMARY KEY, body TEXT)')
    for (let i = 0; i < 50; i++)
      await writer.execute({ sql: 'INSERT INTO comments (body) VALUES (?)', args: [`Пікір ${i}`] })
    expect(statSync(`${source}-wal`).size).toBeGreaterThan(0)

    const target = path.join(dir, 'copy.db')
    await copyDatabase(source, target)
    await writer.execute({ sql: 'INSERT INTO comments (body) VALUES (?)', args: ['after the copy'] })
    writer.close()

    expect(existsSync(`${target}-wal`)).toBe(false)
    const copy = createClient({ url: `file:${target}` })
    const { rows } = await copy.execute('SELECT COUNT(*) AS n, MAX(body) AS last FROM comments')
    const integrity = await copy.execute('PRAGMA integrity_check')
    copy.close()
    expect(Number(rows[0].n)).toBe(50)
    expect(Object.values(integrity.rows[0])[0]).toBe('ok')
  })

  it('replaces an older copy at the target instead of failing', async () => {
    const source = path.join(dir, 'live.db')
    const target = path.join(dir, 'copy.db')
    await copyDatabase(source, target)
    const copy = createClient({ url: `file:${target}` })
    const { rows } = await copy.execute('SELECT COUNT(*) AS n FROM comments')
    copy.close()
    expect(Number(rows[0].n)).toBe(51)
  })
})

describe('the test site’s port', () => {
  it('is the port the last test build was made for when that port is free, and another one when it is taken', async () => {
    const preferred = await freePort()
    expect(await freePort(preferred)).toBe(preferred)

    const holder = createServer()
    await new Promise<void>((resolve) => holder.listen(preferred, '127.0.0.1', resolve))
    try {
      const other = await freePort(preferred)
      expect(other).not.toBe(preferred)
      expect(other).toBeGreaterThan(0)
    } finally {
      await new Promise((resolve) => holder.close(resolve))
    }
  })
})
