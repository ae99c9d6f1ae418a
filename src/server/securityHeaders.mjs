// @ts-check
/**
 * Headers every answer of the site carries: set by Next for what it answers (next.config.mjs
 * `headers()`), and by the server layer for what it answers without Next (src/server/commentEndpoint.mjs).
 * @type {readonly { key: string, value: string }[]}
 */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]
