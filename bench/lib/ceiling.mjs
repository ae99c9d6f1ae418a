// The static ceiling: the same page's HTML and headers, served by staticServer.mjs, loaded the same way.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { get } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadPage } from './load.mjs'
import { freePort, sleep } from './site.mjs'

/** The response exactly as sent: raw header pairs (repeated Set-Cookie kept) and body bytes. */
export function capturePage(url, headers = {}) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const pairs = []
        for (let i = 0; i < response.rawHeaders.length; i += 2)
          pairs.push([response.rawHeaders[i], response.rawHeaders[i + 1]])
        resolve({ status: response.statusCode, headers: pairs, body: Buffer.concat(chunks) })
      })
      response.on('error', reject)
    }).on('error', reject)
  })
}

export async function measureCeiling({ pageUrl, workDir, connections, duration, headers = {} }) {
  const page = await capturePage(pageUrl)
  if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}; nothing to serve as the ceiling`)
  const file = path.join(workDir, 'ceiling-page.json')
  writeFileSync(file, JSON.stringify({ headers: page.headers, body: page.body.toString('base64') }))
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./staticServer.mjs', import.meta.url)), file, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  try {
    await new Promise((resolve, reject) => {
      child.stdout.once('data', resolve)
      child.once('exit', (code) => reject(new Error(`the static server exited (${code})`)))
    })
    await sleep(200)
    const url = `http://127.0.0.1:${port}${new URL(pageUrl).pathname}`
    const result = await loadPage({ url, connections, duration, pid: child.pid, headers })
    return { ...result, servedPage: pageUrl, htmlBytes: page.body.length }
  } finally {
    child.kill('SIGTERM')
  }
}
