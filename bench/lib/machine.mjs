// Where and on what a figure was measured: a number without its machine and load means little.
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

import { root } from './site.mjs'

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

export function describeMachine() {
  const [one, five, fifteen] = loadavg()
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: [one, five, fifteen].map((n) => Math.round(n * 100) / 100),
    node: process.version,
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: git(['status', '--porcelain', '--untracked-files=no'])?.length > 0,
  }
}
