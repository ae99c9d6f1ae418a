import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

/** What to do once a transaction is over; each is awaited, and an error in one is logged, not thrown. */
export type TransactionCallbacks = {
  committed?: () => Promise<void> | void
  rolledBack?: () => Promise<void> | void
}

type TransactionKey = number | string
type Registry = Map<TransactionKey, TransactionCallbacks[]>
type Logger = { error: (details: object) => void }

/** One registry per adapter instance (one per Payload), found again through `req.payload.db`. */
const registries = new WeakMap<object, Registry>()

/**
 * Wraps a database adapter (SQLite or MongoDB alike) so that work outside the database can follow
 * its transactions: callbacks registered with `afterTransaction` run once the transaction is
 * committed, or once it is rolled back — also when the commit itself fails, since nothing was
 * stored then either. Payload rolls back a transaction on every refusal of an operation (validation,
 * access, a hook throwing), so this is the one place that sees every way a save can fail, through
 * REST, GraphQL and the local API.
 */
export function withTransactionCallbacks(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const registry: Registry = new Map()
      registries.set(adapter, registry)
      const logger = args.payload.logger as Logger
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const take = (key: TransactionKey | null | undefined) => {
        if (key === null || key === undefined) return []
        const waiting = registry.get(key) ?? []
        registry.delete(key)
        return waiting
      }

      adapter.commitTransaction = async (id) => {
        const key = await id
        const waiting = take(key)
        try {
          await commit(key)
        } catch (error) {
          await run(waiting, 'rolledBack', logger)
          throw error
        }
        await run(waiting, 'committed', logger)
      }
      adapter.rollbackTransaction = async (id) => {
        const key = await id
        const waiting = take(key)
        try {
          await rollback(key)
        } finally {
          await run(waiting, 'rolledBack', logger)
        }
      }
      return adapter
    },
  }
}

async function run(waiting: TransactionCallbacks[], outcome: keyof TransactionCallbacks, logger: Logger) {
  for (const callbacks of waiting) {
    try {
      await callbacks[outcome]?.()
    } catch (error) {
      logger.error({ err: error, msg: `A callback after a ${outcome === 'committed' ? 'commit' : 'rollback'} failed` })
    }
  }
}

/**
 * Registers callbacks for the end of the request's transaction.
 * @returns false when the request runs in no transaction (or the adapter is not wrapped with
 * `withTransactionCallbacks`): then nothing was registered and the caller must act without it.
 */
export async function afterTransaction(req: PayloadRequest, callbacks: TransactionCallbacks): Promise<boolean> {
  const key = await req.transactionID
  const registry = registries.get(req.payload.db)
  if (key === null || key === undefined || !registry) return false
  registry.set(key, [...(registry.get(key) ?? []), callbacks])
  return true
}
