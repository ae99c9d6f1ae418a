// @ts-check
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** What a production build depends on; a build is reused while this hash is unchanged. */
const buildInputs = [
  'package-lock.json',
  'patches',
  'next.config.mjs',
  'payload.config.ts',
  'tsconfig.json',
  'src',
  'collections',
  'locales',
]

/**
 * A sha256 (hex) of the build inputs above plus `extra` paths: file names and contents, walked in order.
 * @param {string[]} [extra] more files or folders, e.g. the seed for the test build
 * @returns {string}
 */
export function sourceFingerprint(extra = []) {
  const hash = createHash('sha256')
  const walk = (/** @type {string} */ entry) => {
    if (!existsSync(entry)) return
    if (statSync(entry).isDirectory()) for (const child of readdirSync(entry).sort()) walk(path.join(entry, child))
    else hash.update(entry).update(readFileSync(entry))
  }
  ;[...buildInputs, ...extra].forEach(walk)
  return hash.digest('hex')
}
