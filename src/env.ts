import { currentEnv, type Env as ParsedEnv } from './envSchema.mjs'

// Configuration, validated at boot by the one schema in `envSchema.mjs` (shared with the
// plain-Node server). Read configuration here, never from the raw environment (a lint rule says so).
export { ConfigurationError, currentEnv, envNames, envSchema, parseEnv } from './envSchema.mjs'
export type Env = ParsedEnv

/**
 * The current configuration, property by property: each read goes through `currentEnv()`, so
 * tests that change a variable after importing a module see the change (it re-parses only then).
 */
export const env: Env = new Proxy({} as Env, {
  get: (_target, property) => currentEnv()[property as keyof Env],
})
