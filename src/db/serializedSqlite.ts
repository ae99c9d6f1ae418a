import type { DatabaseAdapterObj } from 'payload'

type Adapter = ReturnType<DatabaseAdapterObj['init']> & {
  client?: { execute: (sql: string) => Promise<unknown> }
}
type TransactionId = number | string | null | undefined | Promise<number | string | null>

const BUSY_RETRY_MS = 10_000
const TURN_TIMEOUT_MS = 15_000

/**
 * SQLite has one writer at a time, and the libsql client opens a connection per transaction
 * with no busy timeout: two concurrent comment submissions made one fail with SQLITE_BUSY. So
 * transactions in this process queue for their turn, a lock still held by another process
 * (the seed script, say) is waited for, and the file runs in WAL mode so pages keep reading
 * while a comment is written.
 */
export function serializedSqlite(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as Adapter
      const connect = adapter.connect?.bind(adapter)
      if (connect) {
        adapter.connect = async (options) => {
          await connect(options)
          await adapter.client?.execute('PRAGMA journal_mode=WAL')
        }
      }
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const releases = new Map<number | string, () => void>()
      let tail: Promise<void> = Promise.resolve()

      adapter.beginTransaction = async (options) => {
        let release: () => void = () => undefined
        const turn = new Promise<void>((resolve) => {
          release = resolve
        })
        const previous = tail
        tail = previous.then(() => turn)
        // A turn never given back (an operation that began a transaction and never ended it) must
        // not stall the site forever: after a while we go ahead and let SQLite's own lock decide.
        let waited: NodeJS.Timeout | undefined
        await Promise.race([previous, new Promise<void>((resolve) => (waited = setTimeout(resolve, TURN_TIMEOUT_MS)))])
        clearTimeout(waited)
        try {
          const id = await retryWhileBusy(() => begin(options) as Promise<TransactionId>)
          if (id === null || id === undefined) release()
          else releases.set(id, release)
          return id ?? null
        } catch (error) {
          release()
          throw error
        }
      }
      const finish = (action: (id: number | string | Promise<number | string>) => Promise<void>) => async (id: number | string | Promise<number | string>) => {
        const key = await id
        try {
          await action(key)
        } finally {
          releases.get(key)?.()
          releases.delete(key)
        }
      }
      adapter.commitTransaction = finish(commit)
      adapter.rollbackTransaction = finish(rollback)
      return adapter
    },
  }
}

async function retryWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_RETRY_MS
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      return await attempt()
    } catch (error) {
      if (!/SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message)) || Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}
