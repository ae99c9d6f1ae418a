// @ts-check
// The one schema of the configuration, in plain JavaScript so that the app (through env.ts,
// which adds the types) and the plain-Node server (scripts/serve.mjs) validate the same
// variables the same way. Every variable the newsroom reads is here; the README's
// "Configuration" table lists the same names and defaults (tests/unit/env.test.ts compares them).
import path from 'node:path'

import { z } from 'zod'

/** The secret used when none is set outside production: never valid in production. */
const DEV_SECRET = 'altai-dev-secret-not-for-production-use-0000'

/** An on/off switch: `1`, `true` or `yes` is on; unset, empty, `0`, `false` or `no` is off. */
const flag = z
  .enum(['1', 'true', 'yes', '0', 'false', 'no', ''], { message: 'must be 1/true/yes or 0/false/no' })
  .optional()
const isOn = (/** @type {string | undefined} */ value) => value === '1' || value === 'true' || value === 'yes'

export const envSchema = z
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
    /** The site's public address; unset, `http://localhost:<PORT>` (the admin's sign-in checks requests against it). */
    SITE_URL: z.url({ message: 'must be an absolute URL such as https://news.example.org' }).optional(),
    DB_PUSH: z.enum(['true', 'false']).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: 'must look like smtp://user:password@host:587' })
      .optional(),
    MAIL_FROM: z.string().default('Altai News <newsroom@localhost>'),
    /** Moderators get one email per this many seconds of new comments, however many arrive. */
    MAIL_BATCH_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    AKISMET_KEY: z.string().optional(),
    TRUST_PROXY: flag,
    ALLOW_HTTP_COOKIES: flag,
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().optional(),
    NEXT_DIST_DIR: z.string().default('.next'),
    /** Names this build's assets (`/_next/static/<id>/`); replicas built apart from one commit then match. Empty = unset. */
    BUILD_ID: z
      .string()
      .regex(/^[A-Za-z0-9_-]{0,64}$/, { message: 'must be up to 64 letters, digits, - or _ (e.g. a git commit)' })
      .optional(),
    /** `next build` for an image: nothing read from the database or SITE_URL is pre-rendered. */
    RENDER_ON_FIRST_REQUEST: flag,
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, { message: 'must start with mongodb:// or mongodb+srv://' })
      .optional(),
    /**
     * Shared state of several app replicas (decision 018): Next's incremental cache, rate limits,
     * the moderator digest's window and the purge fan-out. Unset: all of it stays in the process.
     */
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL such as redis://localhost:6379' })
      .optional(),
    /** Where the front cache (deploy/varnish/default.vcl) takes `PURGE` requests by cache tag; unset: no front cache. */
    FRONT_CACHE_PURGE_URL: z.url({ message: 'must be an absolute URL such as http://varnish:80/' }).optional(),
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

/** The names of every variable the schema knows, in the schema's order. */
export const envNames = Object.keys(envSchema.shape)

export class ConfigurationError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'ConfigurationError'
    // One line is the whole message: the stack would only point at this file.
    this.stack = `${this.name}: ${message}`
  }
}

/**
 * Validates an environment and derives what the code needs from it.
 * Returns the schema's values (defaults filled in) plus: `PAYLOAD_SECRET` always a string (a
 * development value outside production); `SITE_URL` always a URL (`http://localhost:<PORT>` when
 * unset, so a quick start on another port signs in); `MEDIA_DIR` an absolute path; `databaseKind`;
 * `pushSchema` (Payload pushes the SQL schema itself only in development and tests, elsewhere
 * migrations run); `trustProxy` (TRUST_PROXY on); `secureCookies` (cookies get `Secure`: in
 * production unless ALLOW_HTTP_COOKIES is on; the one rule for Payload's, the comment and the
 * clock cookies); `renderOnFirstRequest` (RENDER_ON_FIRST_REQUEST on: `next build` renders no page
 * that reads the database or SITE_URL, src/content/renderOnFirstRequest.ts); `adminOrigins` (the
 * origins the admin's session cookie is accepted from, `adminOrigins` below).
 * @param {Record<string, string | undefined>} source usually `process.env`
 * @throws {ConfigurationError} one line naming the first wrong variable, the fix and the value given (credentials in a URL masked)
 */
export function parseEnv(source) {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue?.path.join('.') || 'environment'
    const given = issue?.path[0] ? source[String(issue.path[0])] : undefined
    const shown = given === undefined ? '' : ` (got "${given.replace(/\/\/[^@/]*@/, '//…@')}")`
    throw new ConfigurationError(`Invalid configuration: ${name} ${issue?.message}${shown}`)
  }
  const config = result.data
  /** @type {'sqlite' | 'mongodb'} */
  const databaseKind = config.DATABASE_URI.startsWith('file:') ? 'sqlite' : 'mongodb'
  return {
    ...config,
    PAYLOAD_SECRET: config.PAYLOAD_SECRET || DEV_SECRET,
    SITE_URL: config.SITE_URL ?? `http://localhost:${config.PORT}`,
    MEDIA_DIR: path.resolve(/*turbopackIgnore: true*/ process.cwd(), config.MEDIA_DIR),
    databaseKind,
    pushSchema: config.DB_PUSH ? config.DB_PUSH === 'true' : config.NODE_ENV !== 'production',
    trustProxy: isOn(config.TRUST_PROXY),
    secureCookies: config.NODE_ENV === 'production' && !isOn(config.ALLOW_HTTP_COOKIES),
    renderOnFirstRequest: isOn(config.RENDER_ON_FIRST_REQUEST),
    adminOrigins: adminOrigins(config.SITE_URL ?? `http://localhost:${config.PORT}`),
  }
}

/** The names of this machine's loopback address, as a browser writes them in an origin. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/**
 * The origins whose requests may be signed by the admin's session cookie (Payload's `csrf` list;
 * a cookie on a request from any other origin is ignored, so the request is anonymous): SITE_URL's
 * own origin and, when SITE_URL names this machine (the quick start: `http://localhost:3000`),
 * the same port under its other loopback names, so the admin opened at `http://127.0.0.1:3000`
 * can save too (it answered every save with "You are not allowed to perform this action").
 * A site with a real host name gets its own origin only.
 * @param {string} siteUrl an absolute URL
 * @returns {string[]} origins such as `http://localhost:3000`
 */
function adminOrigins(siteUrl) {
  const url = new URL(siteUrl)
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin]
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
}

/** @typedef {ReturnType<typeof parseEnv>} Env */

/** @type {{ key: string, value: Env } | null} */
let cached = null

/**
 * The configuration as the environment says now. Parsed at first use (the Payload config does
 * that at boot, scripts/serve.mjs before it starts Next) and again only if a variable changed:
 * a test that points DATABASE_URI at its own file after importing a module gets that file.
 * @returns {Env}
 * @throws {ConfigurationError} see parseEnv
 */
export function currentEnv() {
  // The one place that reads the process environment (eslint.config.mjs forbids it elsewhere).
  const source = process.env
  const key = envNames.map((name) => `${name}=${source[name] ?? ''}`).join('\n')
  if (cached?.key !== key) cached = { key, value: parseEnv(source) }
  return cached.value
}
