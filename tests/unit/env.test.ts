import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'

import { envNames, envSchema, parseEnv } from '@/env'

describe('configuration checked at boot', () => {
  it('defaults to the embedded SQLite database under data/', () => {
    const env = parseEnv({})
    expect(env.databaseKind).toBe('sqlite')
    expect(env.DATABASE_URI).toBe('file:./data/altai.db')
    expect(env.pushSchema).toBe(true)
  })

  it('takes the site’s address from PORT when SITE_URL is unset, so a quick start on another port signs in', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000')
    expect(parseEnv({ PORT: '3300' }).SITE_URL).toBe('http://localhost:3300')
    expect(parseEnv({ PORT: '3300', SITE_URL: 'https://news.example.org' }).SITE_URL).toBe('https://news.example.org')
  })

  it('lets the admin save from the quick start under any loopback name, and a real site from its own origin only', () => {
    expect(parseEnv({ PORT: '3100' }).adminOrigins).toEqual([
      'http://localhost:3100',
      'http://127.0.0.1:3100',
      'http://[::1]:3100',
    ])
    expect(parseEnv({ SITE_URL: 'https://news.example.org' }).adminOrigins).toEqual(['https://news.example.org'])
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

describe('every variable in the one schema, as the README says', () => {
  it('the README configuration table lists exactly the schema’s variables, each with the schema’s default', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(
      readme.indexOf('## Configuration'),
      readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
    )
    const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map(([, name, shown]) => ({
      name,
      shown: shown.trim(),
    }))
    expect(rows.map((row) => row.name)).toEqual(envNames)
    for (const { name, shown } of rows) {
      const field = envSchema.shape[name as keyof typeof envSchema.shape]
      const schemaDefault = field.safeParse(undefined).data
      // A default in backticks is the schema's; a dash or words mean the schema has none.
      const readmeDefault = /^`(.*)`$/.exec(shown)?.[1]
      expect({ name, default: readmeDefault }).toEqual({
        name,
        default: schemaDefault === undefined ? undefined : String(schemaDefault),
      })
    }
  })

  it('accepts only a redis:// or rediss:// address for REDIS_URL', () => {
    expect(parseEnv({ REDIS_URL: 'rediss://cache.example.org:6380' }).REDIS_URL).toBe('rediss://cache.example.org:6380')
    expect(() => parseEnv({ REDIS_URL: 'http://cache.example.org:6379' })).toThrow(
      'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379 (got "http://cache.example.org:6379")',
    )
  })

  it('makes cookies Secure in production unless ALLOW_HTTP_COOKIES is switched on, and never outside production', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(parseEnv(production).secureCookies).toBe(true)
    expect(parseEnv({ ...production, ALLOW_HTTP_COOKIES: '1' }).secureCookies).toBe(false)
    expect(parseEnv({ ...production, ALLOW_HTTP_COOKIES: 'false' }).secureCookies).toBe(true)
    expect(parseEnv({}).secureCookies).toBe(false)
  })

  it('takes a BUILD_ID fit for an asset path (empty = unset) and RENDER_ON_FIRST_REQUEST as a switch', () => {
    expect(parseEnv({ BUILD_ID: '1b85bfe0c4a1' }).BUILD_ID).toBe('1b85bfe0c4a1')
    expect(parseEnv({ BUILD_ID: '' }).BUILD_ID).toBe('')
    expect(() => parseEnv({ BUILD_ID: '../x' })).toThrow(/^Invalid configuration: BUILD_ID must be up to 64 letters/)
    expect(parseEnv({ RENDER_ON_FIRST_REQUEST: '1' }).renderOnFirstRequest).toBe(true)
    expect(parseEnv({}).renderOnFirstRequest).toBe(false)
  })

  it('reads TRUST_PROXY as a switch and refuses a value that is neither on nor off', () => {
    expect(parseEnv({ TRUST_PROXY: 'yes' }).trustProxy).toBe(true)
    expect(parseEnv({ TRUST_PROXY: '0' }).trustProxy).toBe(false)
    expect(parseEnv({}).trustProxy).toBe(false)
    expect(() => parseEnv({ TRUST_PROXY: 'maybe' })).toThrow(
      'Invalid configuration: TRUST_PROXY must be 1/true/yes or 0/false/no (got "maybe")',
    )
  })

  it('refuses a PORT that is not a port number', () => {
    expect(parseEnv({ PORT: '8080' }).PORT).toBe(8080)
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT must be a port number/)
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/^Invalid configuration: PORT /)
  })
})
