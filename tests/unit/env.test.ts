import { describe, expect, it } from '@jest/globals'

import { parseEnv } from '../../src/env'

describe('configuration checked at boot', () => {
  it('defaults to the embedded SQLite database under data/', () => {
    const env = parseEnv({})
    expect(env.databaseKind).toBe('sqlite')
    expect(env.DATABASE_URI).toBe('file:./data/altai.db')
    expect(env.pushSchema).toBe(true)
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// addresses', () => {
    expect(parseEnv({ DATABASE_URI: 'mongodb://db:27017/altai?replicaSet=rs0' }).databaseKind).toBe('mongodb')
    expect(parseEnv({ DATABASE_URI: 'mongodb+srv://cluster.example.net/altai' }).databaseKind).toBe('mongodb')
  })

  it('refuses any other database address with one line that names the variable, hiding a password', () => {
    expect(() => parseEnv({ DATABASE_URI: 'postgres://newsroom:s3cret@db/altai' })).toThrow(
      'Invalid configuration: DATABASE_URI must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB) (got "postgres://…@db/altai")',
    )
  })

  it('refuses to start in production without a long PAYLOAD_SECRET, and runs migrations instead of pushing', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: PAYLOAD_SECRET must be set/)
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET/)
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(env.pushSchema).toBe(false)
  })
})
