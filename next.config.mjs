import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The test suite builds into its own folder so it never disturbs a running quick-start site.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  experimental: { globalNotFound: true },
  // `npm test` type-checks the whole project first; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // The Payload CLI, the seed and tests run outside Next; keep server-only packages external.
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
