import type { Payload } from 'payload'

import { invalidateEdge } from '@/server/edgeRegistry.mjs'

/**
 * Asks Next to rebuild these pages on their next request. Outside a running Next server (seed
 * script, tests, CLI) there is no page cache to clear, and Next says so by throwing: we log and go on.
 */
export async function revalidatePaths(payload: Payload, paths: string[]): Promise<void> {
  if (paths.length === 0) return
  try {
    const { revalidatePath } = await import('next/cache')
    for (const path of paths) revalidatePath(path)
    // The reader edge of this process (scripts/serve.mjs) keeps its own copy of pages: drop it too.
    invalidateEdge()
    payload.logger.info({ msg: 'revalidated pages', paths })
  } catch (error) {
    payload.logger.debug({ msg: 'no Next page cache to revalidate here', paths, error: String(error) })
  }
}
