import { createHash } from 'node:crypto'

import { lexicalToPlainText } from '@/content/plainText'

/** A short hash of the source text a translation was made from; any change to it changes the hash. */
export function sourceFingerprint(data: Record<string, unknown>, fields: readonly string[]): string {
  const hash = createHash('sha256')
  for (const name of fields) {
    const value = name
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)
    const text = value && typeof value === 'object' && 'root' in value ? lexicalToPlainText(value) : String(value ?? '')
    hash.update(`${name}\u0000${text.trim()}\u0000`)
  }
  return hash.digest('hex').slice(0, 16)
}
