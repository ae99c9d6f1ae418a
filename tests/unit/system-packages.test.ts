import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'

import { ensureSystemPackages, isInstalled, planFor, systemPackages } from '../../scripts/system-packages.mjs'

describe('the test command sets up its own system packages', () => {
  it('keeps one list, used first by npm test and by .ci/run', () => {
    expect(systemPackages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['chromium', 'fonts-noto-cjk', 'docker-compose']),
    )
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>
    expect(scripts.test.startsWith('node scripts/system-packages.mjs && ')).toBe(true)
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^node scripts\/system-packages\.mjs$/m)
  })

  it('passes on this machine, where every listed package is installed', () => {
    expect(systemPackages.filter((p) => !isInstalled(p.name))).toEqual([])
    const run = spawnSync(process.execPath, ['scripts/system-packages.mjs'], { encoding: 'utf8' })
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' })
  })

  it('stops a user who is not root with one line naming the apt-get install to run, and installs nothing', () => {
    const lines: string[] = []
    const original = console.error
    console.error = (line: string) => lines.push(line)
    try {
      expect(ensureSystemPackages([{ name: 'chromium' }, { name: 'altai-no-such-package' }], { root: false })).toBe(1)
    } finally {
      console.error = original
    }
    expect(lines).toEqual([
      '✗ The tests need Debian packages that are not installed: run `sudo apt-get install -y --no-install-recommends altai-no-such-package` (or run npm test as root to install them), then run it again.',
    ])
  })

  it('as root, updates the package lists once and installs every missing package in one apt-get install without recommends', () => {
    expect(planFor(['chromium', 'fonts-noto-cjk'], { root: true })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
      ],
    })
    expect(planFor([], { root: true })).toEqual({ action: 'none' })
  })
})
