#!/usr/bin/env node
// @ts-check
// What the running site needs besides its production dependencies, copied into one folder: the
// Dockerfile's runtime stage is made from it, and `npm run bench` measures a start from it
// (bench/lib/imageStart.mjs). Usage: node scripts/pack-runtime.mjs <build folder> <target folder>
// The target then needs `npm ci --omit=dev` and serves with `node scripts/serve.mjs`.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * The files beside the build, relative to the project root, and why the server reads each.
 * The Payload config, collections and pages are TypeScript compiled into the build; nothing in the
 * running server loads TypeScript or a dev dependency (scripts/serve.mjs imports only plain JavaScript).
 * @type {readonly { path: string, why: string }[]}
 */
export const runtimeFiles = [
  { path: 'package.json', why: 'dependencies for `npm ci --omit=dev`, and "type": "module"' },
  { path: 'package-lock.json', why: 'the exact dependency versions the build was made with' },
  { path: 'patches', why: "patch-package applies them after `npm ci` (the admin's date formats)" },
  { path: 'next.config.mjs', why: 'Next reads its configuration again when the server starts' },
  { path: 'scripts/serve.mjs', why: 'the server: reader edge, request guards, then Next' },
  { path: 'locales', why: "the request guards' refusals in the reader's language" },
]

/**
 * Every path packed beside the build, relative to the project root: `runtimeFiles` and the
 * plain-JavaScript server layer (decision 008), every `.mjs` under src/, which serve.mjs and
 * next.config.mjs import (tests/unit/runtime-files.test.ts checks that nothing they load is missing).
 * @returns {string[]}
 */
export function runtimePaths() {
  const serverLayer = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => path.join('src', file))
  return [...runtimeFiles.map((file) => file.path), ...serverLayer]
}

/**
 * Copies the build (`buildDir`, without Next's build-time `cache/`) to `<target>/.next` and the
 * runtime files beside it. Returns the relative paths copied.
 * @param {string} buildDir e.g. `.next`, relative to the project root or absolute
 * @param {string} target a folder (made when missing)
 * @returns {string[]}
 * @throws {Error} when the build folder has no BUILD_ID (no finished build)
 */
export function packRuntime(buildDir, target) {
  const build = path.resolve(root, buildDir)
  if (!existsSync(path.join(build, 'BUILD_ID'))) throw new Error(`${build} holds no finished build (no BUILD_ID)`)
  mkdirSync(target, { recursive: true })
  cpSync(build, path.join(target, '.next'), {
    recursive: true,
    filter: (source) => path.relative(build, source) !== 'cache',
  })
  const copied = runtimePaths()
  for (const file of copied) cpSync(path.join(root, file), path.join(target, file), { recursive: true })
  return ['.next', ...copied]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [buildDir, target] = process.argv.slice(2)
  if (!buildDir || !target) {
    console.error('usage: node scripts/pack-runtime.mjs <build folder> <target folder>')
    process.exit(1)
  }
  console.log(`packed ${packRuntime(buildDir, path.resolve(target)).length} paths into ${target}`)
}
