import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Client, createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'

import { storySlug } from '../../scripts/seed/index'
import { FORM_CLOCK_COOKIE, formClockToken } from '@/comments/signing'
import { translator } from '@/i18n/translate'
import { aReader, submit } from '../helpers/comments'
import { describeSqliteOnly, onDatabase, testPayload } from '../helpers/payload'

type Session = { db: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }
type SqliteDb = Payload['db'] & {
  sessions: Record<string, Session>
  client: Pick<Client, 'execute'>
}

const kk = translator('kk')

/** The JSON endpoint as a Kazakh reader's app calls it: POST /kk/comments, after opening the article. */
function commentRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new NextRequest('http://127.0.0.1:3000/kk/comments', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Cookie: `${FORM_CLOCK_COOKIE}=${formClockToken(Date.now() - 60_000)}`,
      'X-Forwarded-For': '192.0.2.10',
      ...headers,
    },
    body,
    duplex: 'half',
  } as ConstructorParameters<typeof NextRequest>[1])
}

describe(onDatabase('the comment write path when storage fails or requests are hostile'), () => {
  let payload: Payload
  let db: SqliteDb
  let articleId: number | string
  let postComment: (request: NextRequest) => Promise<Response>

  beforeAll(async () => {
    payload = await testPayload({ base: 'seeded' })
    // Imported once Payload runs on this file's database (the route's config import would open the default one).
    const { POST } = await import('@/app/(frontend)/[locale]/comments/route')
    postComment = (request) => POST(request, { params: Promise.resolve({ locale: 'kk' }) })
    db = payload.db as SqliteDb
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: storySlug } },
      locale: 'en',
    })
    articleId = docs[0]?.id as number | string
    await payload.updateGlobal({ slug: 'comment-rules', data: { perIpPer10Minutes: 1000, perEmailPerHour: 1000 } })
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  /** A statement on the connection comment transactions are written on (pragmas there are per connection). */
  async function onWriterConnection(statement: string) {
    const id = (await payload.db.beginTransaction()) as string
    await db.sessions[id].db.run(sql.raw(statement))
    await payload.db.commitTransaction(id)
  }
  const storedWithBody = async (body: string) =>
    (await payload.count({ collection: 'comments', where: { body: { equals: body } }, overrideAccess: true })).totalDocs

  it('stores 60 comments sent at the same moment by 60 readers, each acknowledged with its own stored comment', async () => {
    const requests = Array.from({ length: 60 }, (_, n) =>
      aReader(articleId, { fields: { body: `Бір мезетте жіберілген пікір №${n}` } }),
    )
    const results = await Promise.all(requests.map((request) => submit(payload, request)))
    const ids = results.map((result) => (result.kind === 'accepted' ? result.comment.id : null))
    expect(ids.every(Boolean)).toBe(true)
    expect(new Set(ids).size).toBe(60)
    const { docs } = await payload.find({
      collection: 'comments',
      where: { id: { in: ids as (number | string)[] } },
      limit: 100,
      overrideAccess: true,
    })
    expect(new Map(docs.map((doc) => [doc.id, doc.body]))).toEqual(
      new Map(ids.map((id, n) => [id, `Бір мезетте жіберілген пікір №${n}`])),
    )
  })

  it('marks the second of two readers posting the same text at the same moment as a duplicate, not both as pending', async () => {
    const text = 'Бір уақытта көшірілген науқан мәтіні'
    const results = await Promise.all([
      submit(payload, aReader(articleId, { fields: { body: text } })),
      submit(payload, aReader(articleId, { fields: { body: text } })),
    ])
    const docs = await Promise.all(
      results.map((r) =>
        r.kind === 'accepted'
          ? payload.findByID({ collection: 'comments', id: r.comment.id, overrideAccess: true })
          : null,
      ),
    )
    expect(docs.map((doc) => doc?.status).sort()).toEqual(['pending', 'spam'])
    expect(docs.find((doc) => doc?.status === 'spam')?.spamSignals).toMatchObject({
      duplicate: 'same text already on this article',
    })
    expect(docs.find((doc) => doc?.status === 'spam')?.spamSignals).toMatchObject({
      verdicts: { repeatOrDuplicate: 'spam' },
      verdict: 'spam',
    })
  })

  // Faults injected through SQLite itself (a deferred foreign key, a page limit on the writer connection).
  describeSqliteOnly('storage faults of the SQLite writer', () => {
    it('lets a write made outside any transaction wait while a comment holds the writer, instead of failing with “database is locked”', async () => {
      const user = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `lists-${Date.now()}@example.org`, password: 'a password for lists', roles: ['moderator'] },
      })
      const id = (await payload.db.beginTransaction()) as string
      // An admin's list settings: Payload stores them without a transaction of its own.
      const saved = payload.db
        .create({
          collection: 'payload-preferences',
          data: { key: 'collection-comments', value: { limit: 25 }, user: { relationTo: 'users', value: user.id } },
        })
        .then(
          () => 'saved',
          (error: unknown) => String(error),
        )
      await new Promise((resolve) => setTimeout(resolve, 300))
      await payload.db.commitTransaction(id)
      expect(await saved).toBe('saved')
    })

    it('commits a write that waited for the writer, and afterwards reads what others wrote since (no connection left on an old snapshot)', async () => {
      const url = (db as unknown as { clientConfig: { url: string } }).clientConfig.url
      const countOf = async (client: Pick<Client, 'execute'>, key: string) =>
        Number(
          (await client.execute({ sql: 'SELECT count(*) AS n FROM payload_preferences WHERE key = ?', args: [key] }))
            .rows[0].n,
        )
      const waitedKey = `waited-${Date.now()}`
      const id = (await payload.db.beginTransaction()) as string
      // A statement outside any transaction while the writer holds the lock: refused with SQLITE_BUSY, then tried again.
      const waited = db.client.execute({
        sql: "INSERT INTO payload_preferences (key, value) VALUES (?, '{}') RETURNING id",
        args: [waitedKey],
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      await payload.db.commitTransaction(id)
      await waited
      // Another process (a second replica) sees it stored, and can write.
      const other = createClient({ url })
      const laterKey = `later-${Date.now()}`
      try {
        expect(await countOf(other, waitedKey)).toBe(1)
        await other.execute({ sql: "INSERT INTO payload_preferences (key, value) VALUES (?, '{}')", args: [laterKey] })
      } finally {
        other.close()
      }
      // And this process reads what the other one wrote (a login's session, in the case that was seen).
      expect(await countOf(db.client, laterKey)).toBe(1)
    })

    it('tells Payload when SQLite refuses a commit, instead of answering as if the comment were stored', async () => {
      const id = (await payload.db.beginTransaction()) as string
      // Checked only at COMMIT: a comment on an article that does not exist.
      await db.sessions[id].db.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
      const req = { transactionID: id }
      await payload.create({
        collection: 'comments',
        req,
        overrideAccess: true,
        depth: 0,
        data: {
          article: 987_654,
          status: 'pending',
          language: 'kk',
          authorEmail: 'ghost@example.kz',
          body: 'Ешқашан сақталмайтын пікір',
        },
      })
      await expect(payload.db.commitTransaction(id)).rejects.toThrow(/FOREIGN KEY/i)
      expect(await storedWithBody('Ешқашан сақталмайтын пікір')).toBe(0)
      // The writer is free again afterwards.
      expect((await submit(payload, aReader(articleId))).kind).toBe('accepted')
    })

    it('answers a full database with the Kazakh “try again” message and no acknowledgement, then stores the retried submission once', async () => {
      // Big enough to need new pages whatever room the last page has left.
      const body = `Дискі толып тұрғанда жіберілген пікір. ${'Алтай '.repeat(600)}`.slice(0, 4900).trim()
      const json = JSON.stringify({ articleId, name: 'Айгүл', email: 'aigul@example.kz', body, language: 'kk' })
      await db.client.execute('VACUUM')
      const pages = Number(Object.values((await db.client.execute('PRAGMA page_count')).rows[0])[0])
      await onWriterConnection(`PRAGMA max_page_count = ${pages}`)
      try {
        const refused = await postComment(commentRequest(json))
        expect(refused.status).toBe(503)
        expect(refused.headers.get('retry-after')).toBeTruthy()
        expect(await refused.json()).toEqual({ error: kk('comments:errors.unavailable') })
        expect(await storedWithBody(body)).toBe(0)
      } finally {
        await onWriterConnection('PRAGMA max_page_count = 1073741823')
      }
      const stored = await postComment(commentRequest(json))
      expect(stored.status).toBe(201)
      const again = await postComment(commentRequest(json))
      expect(again.status).toBe(200)
      expect((await again.json()).id).toBe((await stored.json()).id)
      expect(await storedWithBody(body)).toBe(1)
    })
  })

  it('refuses a multi-megabyte body with 413 in the reader’s language, after reading at most 64 KB of it', async () => {
    let pulled = 0
    const chunk = new Uint8Array(16 * 1024).fill(0x61)
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 8 * 1024 * 1024) return controller.close()
        pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const chunked = await postComment(commentRequest(endless))
    expect(chunked.status).toBe(413)
    expect(await chunked.json()).toEqual({ error: kk('comments:errors.requestTooLarge', { count: 5000 }) })
    expect(pulled).toBeLessThanOrEqual(64 * 1024 + 2 * chunk.byteLength)

    const announced = await postComment(commentRequest('{}', { 'Content-Length': String(8 * 1024 * 1024) }))
    expect(announced.status).toBe(413)
    expect(announced.headers.get('connection')).toBe('close')
  })
})
