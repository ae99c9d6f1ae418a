import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { currentEnv } from './src/envSchema.mjs'
import { securityHeaders } from './src/server/securityHeaders.mjs'

// The same headers on every answer, also on those the server layer gives without Next.
const everywhere = [...securityHeaders]

// Reader pages get their Content-Security-Policy from the reader edge (src/server/csp.mjs), which
// hashes Next's inline bootstrap scripts of each page; see docs/decisions/006.

/**
 * The build's id, which names its assets (`/_next/static/<id>/…`): BUILD_ID when set, else the git
 * commit when the work tree is clean (the commit then names exactly this code), else null and Next
 * makes one up. Every replica serves one build; replicas built apart from one commit match too.
 * @returns {string | null}
 */
function buildId() {
  const { BUILD_ID } = currentEnv()
  if (BUILD_ID) return BUILD_ID
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  try {
    return git('status', '--porcelain', '--untracked-files=no') === '' ? git('rev-parse', 'HEAD') : null
  } catch {
    return null // no git here (an image build without .git passes BUILD_ID)
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: everywhere }]
  },
  poweredByHeader: false,
  generateBuildId: async () => buildId(),
  // The test suite builds into its own folder so it never disturbs a running quick-start site.
  distDir: currentEnv().NEXT_DIST_DIR,
  images: { unoptimized: true },
  experimental: { globalNotFound: true },
  // Metadata is rendered into <head> before the page for every client, never streamed after it:
  // reader pages reach the browser without Next's scripts (decision 013), which would move it.
  htmlLimitedBots: /./,
  // `npm test` type-checks the whole project first; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // The Payload CLI, the seed and tests run outside Next; keep server-only packages external.
  // `redis`: the app and the server layer share one connection (src/server/redis.mjs).
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client', 'redis', '@redis/client'],
  // Several replicas share Next's incremental cache in Redis (decision 018); read when the server
  // starts, so one build runs with or without it. Without REDIS_URL, Next's own cache on disk.
  ...(currentEnv().REDIS_URL
    ? {
        cacheHandler: fileURLToPath(new URL('./src/server/nextCacheHandler.mjs', import.meta.url)),
        cacheMaxMemorySize: 0,
      }
    : {}),
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every route for the colour-scheme client hint (`Accept-CH`, `Critical-CH`, `Vary`).
 * Only its admin uses it; on reader pages `Critical-CH` makes Chromium fetch every first page view
 * twice and `Vary` splits caches, so the hint is kept to the admin.
 */
async function headers() {
  const rules = (await withPayloadConfig.headers?.()) ?? []
  return rules.flatMap((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? [
          { ...rule, source: '/admin' },
          { ...rule, source: '/admin/:path*' },
        ]
      : [rule],
  )
}

const config = { ...withPayloadConfig, headers }

export default config
