import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { packRuntime, runtimePaths } from '../../scripts/pack-runtime.mjs'

/** What the production server loads before Next: the server and Next's configuration. */
const entries = ['scripts/serve.mjs', 'next.config.mjs']

/** Import specifiers of one JavaScript file (static, side-effect and dynamic imports with a literal). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  )
}

/** The project files `entries` load, transitively, and the packages they import by name. */
function closure() {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const spec of specifiers(file)) {
      if (spec.startsWith('.')) visit(path.normalize(path.join(path.dirname(file), spec)))
      else if (!spec.startsWith('node:') && !builtinModules.includes(spec))
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
    }
  }
  entries.forEach(visit)
  return { files: [...files], packages: [...packages] }
}

describe('the production runtime (scripts/pack-runtime.mjs, the Dockerfile’s runtime stage)', () => {
  it('packs every project file the server and next.config.mjs load', () => {
    const packed = runtimePaths()
    const inPack = (file: string) => packed.some((p) => file === p || file.startsWith(`${p}/`))
    const { files } = closure()
    expect(files).toEqual(expect.arrayContaining(['scripts/serve.mjs', 'src/envSchema.mjs']))
    expect(files.filter((file) => !inPack(file))).toEqual([])
    for (const file of packed) expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true })
  })

  it('loads only packages that `npm ci --omit=dev` installs: no dev dependency at run time', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean }>
    }
    const { packages } = closure()
    expect(packages).toEqual(expect.arrayContaining(['next', 'zod']))
    const missing = packages.filter((name) => {
      const entry = lock.packages[`node_modules/${name}`]
      return !entry || entry.dev === true
    })
    expect(missing).toEqual([])
  })

  it('copies a finished build without its build-time cache, and refuses an unfinished one', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'pack-runtime-'))
    const build = path.join(work, 'build')
    mkdirSync(path.join(build, 'cache'), { recursive: true })
    mkdirSync(path.join(build, 'server'), { recursive: true })
    writeFileSync(path.join(build, 'cache', 'webpack.pack'), 'x')
    writeFileSync(path.join(build, 'server', 'page.js'), 'x')
    expect(() => packRuntime(build, path.join(work, 'out'))).toThrow(/no finished build/)
    writeFileSync(path.join(build, 'BUILD_ID'), 'abc')
    packRuntime(build, path.join(work, 'out'))
    expect(existsSync(path.join(work, 'out/.next/server/page.js'))).toBe(true)
    expect(existsSync(path.join(work, 'out/.next/cache'))).toBe(false)
    expect(existsSync(path.join(work, 'out/scripts/serve.mjs'))).toBe(true)
    expect(existsSync(path.join(work, 'out/src/server/readerEdge.mjs'))).toBe(true)
  })
})
