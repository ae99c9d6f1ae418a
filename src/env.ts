import path from 'node:path'
import { z } from 'zod'

/**
 * Configuration, validated once at boot. A wrong value stops the process with one line that
 * names the variable and the fix, instead of a stack trace from deep inside a database driver.
 */
const DEV_SECRET = 'altai-dev-secret-not-for-production-use-0000'

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URI: z
      .string()
      .default('file:./data/altai.db')
      .refine((uri) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(uri), {
        message: 'must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
      }),
    PAYLOAD_SECRET: z.string().optional(),
    MEDIA_DIR: z.string().default('data/media'),
    SITE_URL: z.url({ message: 'must be an absolute URL such as https://news.example.org' }).default('http://localhost:3000'),
    DB_PUSH: z.enum(['true', 'false']).optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, { message: 'must look like smtp://user:password@host:587' }).optional(),
    MAIL_FROM: z.string().default('Altai News <newsroom@localhost>'),
    /** Moderators get one email per this many seconds of new comments, however many arrive. */
    MAIL_BATCH_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV !== 'production') return
    if (!config.PAYLOAD_SECRET || config.PAYLOAD_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'must be set to a random string of at least 32 characters in production (e.g. `openssl rand -hex 32`)',
      })
    }
  })

export type Env = z.infer<typeof schema> & {
  PAYLOAD_SECRET: string
  databaseKind: 'sqlite' | 'mongodb'
  /** Payload pushes the SQL schema itself only in development and tests; elsewhere migrations run. */
  pushSchema: boolean
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
    // One line is the whole message: the stack would only point at this file.
    this.stack = `${this.name}: ${message}`
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue?.path.join('.') || 'environment'
    const given = issue?.path[0] ? source[String(issue.path[0])] : undefined
    const shown = given === undefined ? '' : ` (got "${given.replace(/\/\/[^@/]*@/, '//…@')}")`
    throw new ConfigurationError(`Invalid configuration: ${name} ${issue?.message}${shown}`)
  }
  const config = result.data
  const databaseKind = config.DATABASE_URI.startsWith('file:') ? 'sqlite' : 'mongodb'
  return {
    ...config,
    PAYLOAD_SECRET: config.PAYLOAD_SECRET || DEV_SECRET,
    MEDIA_DIR: path.resolve(/*turbopackIgnore: true*/ process.cwd(), config.MEDIA_DIR),
    databaseKind,
    pushSchema: config.DB_PUSH ? config.DB_PUSH === 'true' : config.NODE_ENV !== 'production',
  }
}

const watched = Object.keys(schema.shape)
let cached: { key: string; value: Env } | null = null

/**
 * The configuration as the environment says now. Parsed at first use (the config does that at
 * boot) and again only if a variable changes: a test that points DATABASE_URI at its own file
 * after importing a module gets that file, never the demo database.
 */
export function currentEnv(): Env {
  const key = watched.map((name) => `${name}=${process.env[name] ?? ''}`).join('\n')
  if (cached?.key !== key) cached = { key, value: parseEnv(process.env) }
  return cached.value
}

export const env: Env = new Proxy({} as Env, {
  get: (_target, property) => currentEnv()[property as keyof Env],
})
