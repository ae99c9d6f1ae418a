#!/usr/bin/env node
// @ts-check
// The Debian packages the test suite needs, in one list used by `npm test` (its first step) and
// `.ci/run`. Missing ones are installed when we are root; otherwise one line names the command.
// Plain Node with no dependencies: it runs before `npm ci` on a fresh machine.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/**
 * Each package and why the tests need it. Later issues add their servers here
 * (redis-server, varnish, nginx, wrk) so that `npm test` keeps setting itself up.
 * @type {readonly { name: string, neededFor: string }[]}
 */
export const systemPackages = [
  { name: 'chromium', neededFor: 'browser tests (playwright-core drives /usr/bin/chromium; no browser is downloaded)' },
  { name: 'fonts-noto-cjk', neededFor: 'Chinese text in browser tests and screenshots' },
  { name: 'docker-compose', neededFor: 'validating docker-compose.yml (tests/unit/compose.test.ts)' },
  {
    name: 'redis-server',
    neededFor: 'the shared state of the replicas in the topology test (scripts/lib/cluster.mjs)',
  },
  { name: 'varnish', neededFor: 'the front cache in the topology test (deploy/varnish/default.vcl)' },
  { name: 'varnish-modules', neededFor: 'vmod_xkey: purging the front cache by cache tag' },
  { name: 'wrk', neededFor: 'the load generator of the cluster benchmark (bench/lib/clusterLoad.mjs)' },
  { name: 'nginx', neededFor: 'the static-file ceiling of the cluster benchmark (bench/lib/clusterLoad.mjs)' },
]

/**
 * True when dpkg says the package is installed. Where dpkg does not exist (not Debian) nothing
 * counts as installed: the tests are made for Debian's packages.
 * @param {string} name a Debian package name
 */
export function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' })
  return result.status === 0 && result.stdout.trim() === 'install ok installed'
}

/**
 * What to do about the missing packages: nothing, install them (root), or ask the user to.
 * @param {string[]} missing package names
 * @param {{ root: boolean }} who
 * @returns {{ action: 'none' } | { action: 'install', commands: string[][] } | { action: 'ask', message: string }}
 *   `commands` are argv lists: `apt-get update` once, then one `apt-get install`
 */
export function planFor(missing, { root }) {
  if (missing.length === 0) return { action: 'none' }
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing]
  if (root) return { action: 'install', commands: [['apt-get', 'update'], install] }
  return {
    action: 'ask',
    message: `✗ The tests need Debian packages that are not installed: run \`sudo ${install.join(' ')}\` (or run npm test as root to install them), then run it again.`,
  }
}

/**
 * Checks the list and acts on it. Returns the exit code: 0 when everything is (now) installed,
 * 1 when the user must install packages, apt-get's code when an install failed.
 * @param {readonly { name: string }[]} [packages]
 * @param {{ root?: boolean }} [options] default: whether this process runs as root
 */
export function ensureSystemPackages(packages = systemPackages, { root = process.getuid?.() === 0 } = {}) {
  const missing = packages.map((p) => p.name).filter((name) => !isInstalled(name))
  const plan = planFor(missing, { root })
  if (plan.action === 'none') return 0
  if (plan.action === 'ask') {
    console.error(plan.message)
    return 1
  }
  console.log(`▸ Installing the Debian packages the tests need: ${missing.join(' ')}`)
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      console.error(
        `✗ \`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}); fix the error above and run the tests again.`,
      )
      return result.status || 1
    }
  }
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(ensureSystemPackages())
