// Debian's Chromium with the flags the browser tests use (tests/helpers/browser.ts): no sandbox,
// no GPU, and none of the background networking that would dial out of a machine without network.
export const chromiumPath = '/usr/bin/chromium'

export const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
