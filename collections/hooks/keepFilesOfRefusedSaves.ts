import { constants } from 'node:fs'
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest, Where } from 'payload'

import { afterTransaction } from '@/db/transactionCallbacks'
import { keepingLocale } from '@/db/keepingLocale'

/*
 * Why staging and rollback, and not "write only after the save": Payload 3.90 writes an upload's
 * files in the middle of the operation — on update it deletes the stored original and sizes, and
 * writes the new ones, *before* field validation and the beforeChange hooks run (on create, before
 * the database insert and the afterChange hooks). No hook or option runs between "everything
 * validated" and "files written", and validating ahead in a hook would copy Payload's rules (field
 * validation, access, every hook) into ours. So every file a save may touch is copied aside before
 * Payload touches it, and the copies follow the database transaction (src/db/transactionCallbacks.ts):
 * on commit they are dropped; on rollback — which Payload does for every refusal, whatever its
 * cause or path — each file is put back byte for byte and each new file removed.
 */

type StoredFiles = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | null | undefined> | null
}

/** The files of one transaction: for each path, its copy (it existed) or null (it did not). */
class FileJournal {
  private readonly entries = new Map<string, Promise<string | null>>()
  private stageDir: Promise<string> | null = null

  /** Copies `file` aside unless it is already in the journal; a missing file is noted as new. */
  protect(file: string): Promise<string | null> {
    const known = this.entries.get(file)
    if (known) return known
    const index = this.entries.size
    const entry = (async () => {
      const exists = await stat(file).then(
        (info) => info.isFile(),
        () => false,
      )
      if (!exists) return null
      this.stageDir ??= mkdtemp(path.join(os.tmpdir(), 'altai-media-'))
      const copy = path.join(await this.stageDir, String(index))
      // A copy-on-write clone where the file system offers one, a plain copy otherwise.
      await copyFile(file, copy, constants.COPYFILE_FICLONE)
      return copy
    })()
    this.entries.set(file, entry)
    return entry
  }

  /** Puts every protected file back as it was and removes the ones the save created; tries every file before reporting a failure. */
  async restore(): Promise<void> {
    const failures: unknown[] = []
    for (const [file, entry] of this.entries) {
      try {
        const copy = await entry
        if (copy) await copyFile(copy, file)
        else await rm(file, { force: true })
      } catch (error) {
        failures.push(error)
      }
    }
    await this.discard()
    if (failures.length > 0)
      throw new AggregateError(failures, `${failures.length} media file(s) could not be restored after a refused save`)
  }

  async discard(): Promise<void> {
    if (this.stageDir) await rm(await this.stageDir, { recursive: true, force: true })
  }
}

const journals = new Map<number | string, FileJournal>()

/** The journal of the request's transaction, made (and tied to its end) on first use. */
async function journalOf(req: PayloadRequest): Promise<FileJournal | null> {
  const key = await req.transactionID
  if (key === null || key === undefined) return null
  const known = journals.get(key)
  if (known) return known
  const journal = new FileJournal()
  journals.set(key, journal)
  const tied = await afterTransaction(req, {
    committed: () => {
      journals.delete(key)
      return journal.discard()
    },
    rolledBack: () => {
      journals.delete(key)
      return journal.restore()
    },
  })
  if (!tied) {
    journals.delete(key)
    return null
  }
  return journal
}

const filesOf = (doc: StoredFiles, staticDir: string): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
    .filter(
      (name): name is string => typeof name === 'string' && name !== '' && !name.includes('/') && !name.includes('\\'),
    )
    .map((name) => path.join(staticDir, name))

async function protectAll(req: PayloadRequest, files: string[]): Promise<void> {
  if (files.length === 0) return
  const journal = await journalOf(req)
  if (!journal) {
    req.payload.logger.warn(
      'An upload is saved outside a transaction: its files cannot be restored if the save is refused.',
    )
    return
  }
  for (const file of files) await journal.protect(file)
}

/**
 * Before Payload reads, crops, deletes or rewrites anything: copies aside the stored files (original
 * and every size) of the documents an update may change on disk — a new file, a crop or resize
 * (`uploadEdits`), or a focal point other than the stored one (the admin sends the focal point with
 * every save, so an alt-text edit copies nothing). Reads the documents inside the operation's transaction.
 */
export const keepStoredFilesUntilSaved: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !collection.upload) return args
  const staticDir = collection.upload.staticDir
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const newFile = Boolean(req.file) || Boolean(req.query?.uploadEdits)
  if (!staticDir || (!newFile && data.focalX === undefined && data.focalY === undefined)) return args

  const { id, where } = args as { id?: number | string; where?: Where }
  const docs = await keepingLocale(req, () =>
    req.payload.find({
      collection: collection.slug,
      where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  const refocused = (doc: Record<string, unknown>) =>
    (data.focalX !== undefined && data.focalX !== doc.focalX) ||
    (data.focalY !== undefined && data.focalY !== doc.focalY)
  const touched = docs.docs.filter((doc) => newFile || refocused(doc as unknown as Record<string, unknown>))
  await protectAll(
    req,
    touched.flatMap((doc) => filesOf(doc as StoredFiles, staticDir)),
  )
  return args
}

/**
 * Once Payload has named the files it is about to write (after its file processing, before it
 * writes them): notes each, so a refused save removes the new ones and restores any it overwrote.
 */
export const keepNewFilesUntilSaved: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  const staticDir = collection.upload ? collection.upload.staticDir : undefined
  // Payload sets req.file whenever it processed a file in this operation (upload, crop, focal point).
  if (!staticDir || !req.file || !data) return data
  await protectAll(req, filesOf(data as StoredFiles, staticDir))
  return data
}
