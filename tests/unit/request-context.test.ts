import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { requestContextFlags } from '@/requestContext'

/** Every .ts/.tsx/.mjs file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? sources(file) : /\.(ts|tsx|mjs)$/.test(name) ? [file] : []
  })
}

describe('the flags hooks pass each other in Payload’s request context', () => {
  it('are each declared in src/requestContext.ts, and each declared flag is still used somewhere', () => {
    // The site's ReadingContext (src/content, src/app) is another thing also called `context`.
    const files = [...sources('collections'), ...sources('src'), ...sources('scripts/seed')].filter(
      (file) =>
        !file.startsWith(path.join('src', 'content')) &&
        !file.startsWith(path.join('src', 'app')) &&
        !file.endsWith('requestContext.ts') &&
        !file.endsWith('payload-types.ts'),
    )
    const used = new Set<string>()
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bcontext\??\.([A-Za-z_]\w*)|\bcontext(?: =|:) \{ ?([A-Za-z_]\w*)/g))
        used.add(match[1] ?? match[2])
    }
    expect([...used].sort()).toEqual([...requestContextFlags].sort())
  })
})
