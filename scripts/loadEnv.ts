import { existsSync } from 'node:fs'

/** Scripts read `.env` the way Next does, so the site, the seed and the CLI agree on the database. */
export function loadDotEnv(file = '.env') {
  if (existsSync(file)) process.loadEnvFile(file)
}
