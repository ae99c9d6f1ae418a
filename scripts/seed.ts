import { loadDotEnv } from './loadEnv'

loadDotEnv()

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { env } = await import('@/env')
const { seed } = await import('./seed/index')

const started = Date.now()
const payload = await getPayload({ config })
if (env.databaseKind === 'sqlite' && !env.pushSchema) {
  // The schema comes from the committed migrations, as in production; already applied ones are skipped.
  await payload.db.migrate()
}
const log = (line: string) => console.log(`  ${line}`)
console.log(`Seeding the Altai story into ${env.databaseKind} (${env.NODE_ENV})`)
const result = await seed(payload, { log, demoAccounts: env.NODE_ENV !== 'production' })

if (result.demoAccounts.length > 0) {
  console.log('\nDemo accounts (shown this once; sign in at /admin):')
  for (const account of result.demoAccounts)
    console.log(`  ${account.role.padEnd(10)} ${account.email}  ${account.password}`)
}
console.log(
  `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.created.length ? `created ${result.created.join(', ')}` : 'nothing new, everything was already there'}.`,
)
process.exit(0)
