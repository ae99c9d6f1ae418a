export { chromiumPath, quietFlags } from '../../scripts/lib/chromium.mjs'
