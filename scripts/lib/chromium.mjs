// @ts-check
// Debian's Chromium, never a downloaded one, with the flags every browser run here uses: no
// sandbox, no GPU, and none of the background networking that dials out of a closed machine.
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
