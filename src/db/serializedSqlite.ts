import { type Client, createClient, type InStatement, type Transaction, type TransactionMode } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

type Adapter = ReturnType<DatabaseAdapterObj['init']> & {
  client?: Client
  clientConfig?: { url: string }
}
type TransactionId = number | string | null | undefined | Promise<number | string | null>

/** How long a transaction may wait, from the moment it asks, for its turn and for another process's lock. */
const WAIT_FOR_WRITE_MS = 10_000
const TURN_TIMEOUT_MS = 15_000

/**
 * Pragmas of every connection we open. synchronous=NORMAL under WAL: a commit is written to the
 * WAL (the operating system holds it) without an fsync, so a killed process loses nothing it
 * committed; only a crash of the whole machine may lose the last commits before a checkpoint.
 * FULL fsynced on every commit, on the event loop (libsql is synchronous): ~3 ms of a stalled
 * server per comment on this disk.
 */
const CONNECTION_PRAGMAS = ['PRAGMA synchronous=NORMAL']

/**
 * SQLite has one writer at a time. Four things make that work under load in one Node process:
 * - transactions queue for their turn here (the libsql client sets no busy timeout: two concurrent
 *   comment submissions made one fail with SQLITE_BUSY); a lock held by another process (the seed
 *   script, a backup) is waited for, but every transaction gives up WAIT_FOR_WRITE_MS after it asked;
 * - they run on one long-lived writer connection: the libsql client opens a fresh connection for
 *   every transaction (schema parsed again, pragmas back to their defaults);
 * - a failed COMMIT (disk full, I/O error) is reported to Payload as an error: its adapter swallows
 *   it, and the operation would have answered as if the document were stored;
 * - a statement outside any transaction waits for the writer too, on a connection that is replaced
 *   after any failure (`runOutsideTransactions`).
 * The file runs in WAL mode so pages keep reading while a comment is written.
 */
export function serializedSqlite(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as Adapter
      const connect = adapter.connect?.bind(adapter)
      const writer = new WriterConnection()
      if (connect) {
        adapter.connect = async (options) => {
          await connect(options)
          const client = adapter.client
          if (!client || !adapter.clientConfig?.url) return
          await client.execute('PRAGMA journal_mode=WAL')
          for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma)
          writer.attach(client, adapter.clientConfig.url)
          runOutsideTransactions(client, adapter.clientConfig.url)
        }
      }
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const turns = new Map<number | string, { release: () => void; transaction: TrackedTransaction | null }>()
      let tail: Promise<void> = Promise.resolve()

      adapter.beginTransaction = async (options) => {
        const deadline = Date.now() + WAIT_FOR_WRITE_MS
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
          writer.lastOpened = null
          const id = await retryWhileBusy(() => begin(options) as Promise<TransactionId>, deadline)
          if (id === null || id === undefined) release()
          else turns.set(id, { release, transaction: writer.lastOpened })
          return id ?? null
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = async (id) => {
        const key = await id
        const turn = turns.get(key)
        turns.delete(key)
        try {
          await commit(key)
          if (turn?.transaction?.commitError) throw turn.transaction.commitError
        } finally {
          turn?.release()
        }
      }
      adapter.rollbackTransaction = async (id) => {
        const key = await id
        const turn = turns.get(key)
        turns.delete(key)
        try {
          await rollback(key)
        } finally {
          turn?.release()
        }
      }
      return adapter
    },
  }
}

/**
 * Statements outside any transaction (every read; some writes: an admin's list preferences, a
 * login's failed-attempt count) run on a connection of ours, not the client's own, for two reasons:
 * - while the writer connection holds the write lock, such a write fails at once with SQLITE_BUSY
 *   (the client sets no busy timeout, and a timeout would block the event loop the writer needs to
 *   finish): it is tried again, asynchronously, until WAIT_FOR_WRITE_MS have passed;
 * - libsql leaves a statement that failed (SQLITE_BUSY above all) unfinished until the garbage
 *   collector finalizes it, and its connection stays inside the implicit transaction that statement
 *   opened: every later read there saw the database as it was at the failure (a login's new session
 *   was not found, so signed-in editors were treated as anonymous), and a write tried again there
 *   was never committed and held the write lock (every login then failed). So after any failure the
 *   connection is closed, which finalizes the statement, and the next try gets a fresh one.
 * SQLite makes no change for a statement that answers SQLITE_BUSY, and a batch runs in one
 * transaction of its own, so trying again is safe. Reproduced in tests/integration/comment-faults.test.ts.
 */
function runOutsideTransactions(client: Client, url: string) {
  const outside = new Connection(url)
  client.execute = ((statement: InStatement, args?: unknown) =>
    retryWhileBusy(
      () =>
        outside.use((connection) =>
          (connection.execute as (s: InStatement, a?: unknown) => ReturnType<Client['execute']>)(statement, args),
        ),
      Date.now() + WAIT_FOR_WRITE_MS,
    )) as Client['execute']
  client.batch = ((statements: InStatement[], mode?: TransactionMode) =>
    retryWhileBusy(
      () => outside.use((connection) => connection.batch(statements, mode)),
      Date.now() + WAIT_FOR_WRITE_MS,
    )) as Client['batch']
  const close = client.close.bind(client)
  client.close = () => {
    outside.discard()
    close()
  }
}

/** A connection of ours to the database file: opened with our pragmas when first used, replaced after a failure. */
class Connection {
  private client: Client | null = null

  constructor(private readonly url: string) {}

  async ready(): Promise<Client> {
    if (!this.client) {
      const client = createClient({ url: this.url })
      for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma)
      this.client = client
    }
    return this.client
  }

  /** Closes the connection (finalizing any statement a failure left unfinished); the next use opens a new one. */
  discard() {
    this.client?.close()
    this.client = null
  }

  /** Runs `work` on the connection; if it fails, the connection is replaced before the error is passed on. */
  async use<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.ready()
    try {
      return await work(client)
    } catch (error) {
      if (this.client === client) this.discard()
      throw error
    }
  }
}

type TrackedTransaction = Transaction & { commitError?: unknown }

/** The one connection transactions run on, replacing the client's connection-per-transaction. */
class WriterConnection {
  private connection: Connection | null = null
  private inUse = false
  /** The transaction opened by the latest `begin`, so its commit's outcome can be checked. */
  lastOpened: TrackedTransaction | null = null

  attach(client: Client, url: string) {
    this.connection = new Connection(url)
    const ownTransaction = client.transaction.bind(client)
    client.transaction = async (mode?: TransactionMode) => {
      // Only when a turn timed out do two transactions overlap; the second gets a connection of its own.
      const transaction = this.inUse ? trackCommit(await ownTransaction(mode)) : await this.open(mode)
      this.lastOpened = transaction
      return transaction
    }
  }

  private discard() {
    this.connection?.discard()
  }

  private async open(mode: TransactionMode = 'write'): Promise<TrackedTransaction> {
    this.inUse = true
    let connection: Client
    try {
      if (!this.connection) throw new Error('the writer connection is used before the adapter connected')
      connection = await this.connection.ready()
      await connection.execute(mode === 'read' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE')
    } catch (error) {
      this.inUse = false
      // A connection left in a transaction, or on an old snapshot, by an earlier failure is replaced.
      // So is one whose BEGIN IMMEDIATE found another process writing (SQLITE_BUSY): SQLite leaves
      // that statement suspended, still counted as a writer, until it is finalized, which libsql
      // does only when the garbage collector gets to it; meanwhile every COMMIT on the connection
      // failed with "cannot commit transaction - SQL statements in progress" (two replicas over
      // one file refused about one comment in twenty that way). Closing the connection finalizes it.
      if (/within a transaction|BUSY/i.test(String((error as Error)?.message))) this.discard()
      throw error
    }
    let open = true
    const end = () => {
      open = false
      this.inUse = false
    }
    const transaction: TrackedTransaction = {
      execute: (statement: InStatement) => connection.execute(statement),
      batch: async (statements) => {
        const results = []
        for (const statement of statements) results.push(await connection.execute(statement))
        return results
      },
      executeMultiple: async () => {
        throw new Error('executeMultiple is not supported inside a queued transaction')
      },
      commit: async () => {
        try {
          await connection.execute('COMMIT')
          end()
        } catch (error) {
          // Still open: the caller rolls back. Remember it, Payload must not report a stored document.
          transaction.commitError = error
          throw error
        }
      },
      rollback: async () => {
        if (!open) return
        try {
          await connection.execute('ROLLBACK')
        } catch {
          // SQLite may have rolled back by itself (disk full, I/O error).
        } finally {
          // After a failure the next transaction starts on a fresh connection: a failed COMMIT left
          // this one on a stale read snapshot (SQLITE_BUSY_SNAPSHOT once another connection wrote).
          this.discard()
          end()
        }
      },
      close: () => {
        if (open) void transaction.rollback()
      },
      get closed() {
        return !open
      },
    }
    return transaction
  }
}

function trackCommit(transaction: Transaction): TrackedTransaction {
  const tracked = transaction as TrackedTransaction
  const commit = transaction.commit.bind(transaction)
  tracked.commit = async () => {
    try {
      await commit()
    } catch (error) {
      tracked.commitError = error
      throw error
    }
  }
  return tracked
}

/**
 * Longest pause between two tries for a lock another process holds. The other process (a second
 * replica) begins its next transaction as soon as it commits, so a waiter gets the lock only if a
 * try falls in the gap: with pauses growing to 200 ms a waiting batch sat through up to six of them
 * (the p99 of two replicas was 190 to 340 ms, p50 about 20 ms); short pauses, spread at random so
 * two waiters do not keep colliding, find the gap sooner. A refused try costs a reconnection
 * (see `open`): about 1 ms here, measured with the schema of this site.
 */
const MAX_BUSY_PAUSE_MS = 25

async function retryWhileBusy<T>(attempt: () => Promise<T>, deadline: number): Promise<T> {
  for (let pause = 2; ; pause = Math.min(pause * 2, MAX_BUSY_PAUSE_MS)) {
    try {
      return await attempt()
    } catch (error) {
      if (!/SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message)) || Date.now() > deadline)
        throw error
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())))
    }
  }
}
