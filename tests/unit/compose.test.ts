import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// The quick start's .env holds a secret: validate as a clean deployment would, with an empty one.
const emptyEnv = path.join(mkdtempSync(path.join(tmpdir(), 'compose-')), 'empty.env')
writeFileSync(emptyEnv, '')
const compose = ['--env-file', emptyEnv, '-f', 'docker-compose.yml', 'config']

import { describe, expect, it } from '@jest/globals'

describe('the production docker-compose file', () => {
  it('validates, runs MongoDB as a replica set and keeps media in a volume', () => {
    // Debian's docker-compose validates a file without a Docker engine (.ci/run installs it).
    const config = execFileSync('docker-compose', compose, {
      env: { ...process.env, PAYLOAD_SECRET: 'x'.repeat(40) },
      encoding: 'utf8',
    })
    expect(config).toMatch(/--replSet/)
    expect(config).toMatch(/DATABASE_URI: mongodb:\/\/mongo:27017\/altai\?replicaSet=rs0/)
    expect(config).toMatch(/media:\/app\/media/)
    expect(config).toMatch(/healthcheck/)
  })

  it('refuses to start the app without a PAYLOAD_SECRET', () => {
    const env = { ...process.env }
    delete env.PAYLOAD_SECRET
    expect(() => execFileSync('docker-compose', compose, { env, stdio: 'pipe' })).toThrow(/PAYLOAD_SECRET/)
  })
})
