import { withPayload } from '@payloadcms/next/withPayload'

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

// Public pages: only our own origin for everything. Next's pre-rendered pages carry inline
// bootstrap scripts that a per-request nonce cannot reach without giving up static pages; a
// nonce-only script policy is open work (see the reliability issue).
const readerPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: everywhere },
      { source: '/:locale(en|zh|ru|kk|mn)', headers: [{ key: 'Content-Security-Policy', value: readerPolicy }] },
      { source: '/:locale(en|zh|ru|kk|mn)/:path*', headers: [{ key: 'Content-Security-Policy', value: readerPolicy }] },
    ]
  },
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
