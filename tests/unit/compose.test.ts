import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// The quick start's .env holds a secret: validate as a clean deployment would, with an empty one.
const emptyEnv = path.join(mkdtempSync(path.join(tmpdir(), 'compose-')), 'empty.env')
writeFileSync(emptyEnv, '')
const compose = ['--env-file', emptyEnv, '-f', 'docker-compose.yml', 'config']

import { describe, expect, it } from '@jest/globals'

import { varnishArgs } from '../../scripts/lib/cluster.mjs'

let resolved: string | undefined

/** `docker-compose config`: the file as Docker would run it (Debian's docker-compose validates without an engine). */
function resolvedConfig(): string {
  resolved ??= execFileSync('docker-compose', compose, {
    env: { ...process.env, PAYLOAD_SECRET: 'x'.repeat(40) },
    encoding: 'utf8',
  })
  return resolved
}

/** Each service's block of the resolved config (two-space indented names under `services:`). */
function serviceBlocks(resolved: string): Map<string, string> {
  const config = `\n${resolved}`
  const services = config.slice(config.indexOf('\nservices:\n'), config.search(/\n(volumes|networks):\n/))
  const blocks = new Map<string, string>()
  for (const part of services.split(/\n(?= {2}[A-Za-z0-9_-]+:\n)/).slice(1)) {
    const name = /^ {2}([A-Za-z0-9_-]+):/.exec(part)?.[1]
    if (name) blocks.set(name, part)
  }
  return blocks
}

describe('the production docker-compose file', () => {
  it('validates, runs MongoDB as a replica set and keeps media in a volume', () => {
    const config = resolvedConfig()
    expect(config).toMatch(/--replSet/)
    expect(config).toMatch(/DATABASE_URI: mongodb:\/\/mongo:27017\/altai\?replicaSet=rs0/)
    expect(config).toMatch(/media:\/app\/media/)
    expect(config).toMatch(/healthcheck/)
  })

  it('runs two or more app replicas of one image, each with Redis and the front cache to purge', () => {
    const services = serviceBlocks(resolvedConfig())
    const apps = [...services.keys()].filter((name) => /^app\d+$/.test(name))
    expect(apps.length).toBeGreaterThanOrEqual(2)
    expect(services.get('redis')).toMatch(/image: redis:/)
    const images = new Set(apps.map((app) => /\n {4}image: (\S+)/.exec(services.get(app) ?? '')?.[1]))
    expect(images.size).toBe(1)
    for (const app of apps) {
      const block = services.get(app) ?? ''
      expect({ app, redis: /REDIS_URL: redis:\/\/redis:6379/.test(block) }).toEqual({ app, redis: true })
      expect({ app, purge: /FRONT_CACHE_PURGE_URL: http:\/\/varnish:80/.test(block) }).toEqual({ app, purge: true })
      expect({ app, trustProxy: /TRUST_PROXY: '1'/.test(block) }).toEqual({ app, trustProxy: true })
      // Readers reach the replicas only through the front cache.
      expect({ app, published: /\n {4}ports:/.test(block) }).toEqual({ app, published: false })
    }
  })

  it('puts Varnish in front with the VCL that names every app replica as a backend', () => {
    const services = serviceBlocks(resolvedConfig())
    const varnish = services.get('varnish') ?? ''
    expect(varnish).toMatch(/image: varnish:/)
    expect(varnish).toMatch(/deploy\/varnish\/default\.vcl:\/etc\/varnish\/default\.vcl/)
    expect(varnish).toMatch(/\n {4}ports:/)
    const vcl = readFileSync('deploy/varnish/default.vcl', 'utf8')
    const backends = [...vcl.matchAll(/\.host = "(app\d+)";/g)].map(([, host]) => host)
    const apps = [...services.keys()].filter((name) => /^app\d+$/.test(name))
    expect(backends.sort()).toEqual(apps.sort())
    expect(vcl).toMatch(/import xkey;/)
  })

  it('runs Varnish with the parameters the tests and the bench measured (scripts/lib/cluster.mjs)', () => {
    const varnish = serviceBlocks(resolvedConfig()).get('varnish') ?? ''
    const command = /\n {4}command:\n((?: {4}- .*\n)+)/.exec(`${varnish}\n`)?.[1] ?? ''
    const given = [...command.matchAll(/- (.*)/g)].map(([, arg]) => arg.replace(/^'(.*)'$/, '$1'))
    // The storage size is the official image's VARNISH_SIZE; every -p parameter is on its command line.
    const params = varnishArgs.filter((_, i) => varnishArgs[i - 1] === '-p')
    expect(given.filter((_, i) => given[i - 1] === '-p')).toEqual(params)
    expect(varnish).toMatch(/VARNISH_SIZE: 256M/)
    expect(varnishArgs.join(' ')).toMatch(/-s malloc,256m/)
  })

  it('refuses to start the app without a PAYLOAD_SECRET', () => {
    const env = { ...process.env }
    delete env.PAYLOAD_SECRET
    expect(() => execFileSync('docker-compose', compose, { env, stdio: 'pipe' })).toThrow(/PAYLOAD_SECRET/)
  })
})
