// CPU and memory of a process from /proc (Linux), for figures per request and after load.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat times: asked of the system, not assumed. */
export const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100 // the Linux value on every common architecture; getconf is in libc-bin
  }
})()

function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces and parentheses; the fields after its last ')' are fixed.
  return text.slice(text.lastIndexOf(')') + 2).split(' ')
}

/** User + system CPU time of the process (all its threads), in milliseconds. */
export function cpuMilliseconds(pid) {
  const fields = statFields(pid)
  // After the name: state is index 0, so utime (field 14) is index 11 and stime (field 15) index 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
}

/** Resident memory now (VmRSS) and its peak (VmHWM), in MB. */
export function residentMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 }
}

/** The process and all its descendants, by walking /proc's parent links. */
export function processTree(rootPid) {
  const parents = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      parents.set(Number(entry), Number(statFields(entry)[1]))
    } catch {
      // exited between the listing and the read
    }
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid)
  return tree
}

/** Sum of the resident memory of a process tree, in MB (a process gone meanwhile counts as 0). */
export function treeResidentMB(rootPid) {
  let total = 0
  for (const pid of processTree(rootPid)) {
    try {
      total += residentMemory(pid).rssMB || 0
    } catch {
      // exited
    }
  }
  return total
}
