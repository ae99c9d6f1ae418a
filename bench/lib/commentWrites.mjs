// The comment write figures of issue 14: the JSON endpoint at concurrency 20 on a fresh copy of the
// database, again with an archive of comments already stored (default 100,000), and then with two
// replicas of the site over the same SQLite file (WAL), each measured against what the database holds.
import { cpuMilliseconds } from './proc.mjs'
import { countStored, seedArchive, submitComments } from './comments.mjs'
import { startSite } from './site.mjs'

/**
 * One comment run against `sites` (one or more replicas over `copy.database`): what readers were
 * told, the server CPU per submission (all replicas together) and what the database holds.
 */
async function commentRun({ sites, copy, pages, total, concurrency }) {
  const cpuBefore = sites.map((site) => cpuMilliseconds(site.pid))
  const sent = await submitComments({
    bases: sites.map((site) => site.url),
    articlePath: pages.articles.kk,
    articleId: pages.articleId,
    total,
    concurrency,
  })
  // Includes the one page view that sets the clock cookie: negligible beside thousands of submissions.
  const cpuMs = sites.reduce((sum, site, i) => sum + cpuMilliseconds(site.pid) - cpuBefore[i], 0)
  return { ...sent, cpuMsPerSubmission: cpuMs / total, ...(await countStored(copy.database, sent.run)) }
}

/**
 * The three runs, in this order, over one copy: `fresh` (the copy as seeded), then `archive`
 * comments stored through the database adapter (bench/lib/seedComments.ts) while the server idles,
 * `archived` (one replica) and `twoReplicas` (a second server started over the same file; stopped
 * afterwards). A run that fails is recorded with its message and the next still runs.
 * @param {{ site: import('../../scripts/lib/site.mjs').SiteProcess, copy: { dir: string, database: string, media: string },
 *   pages: object, total: number, concurrency: number, archive: number, part: (name: string, fn: () => Promise<object>) => Promise<object> }} options
 */
export async function measureCommentWrites({ site, copy, pages, total, concurrency, archive, part }) {
  const results = {}
  results.fresh = await part('comments, fresh database', () =>
    commentRun({ sites: [site], copy, pages, total, concurrency }),
  )
  results.archive = await part(`storing ${archive.toLocaleString('en-US')} archive comments`, async () =>
    seedArchive(copy.database, archive),
  )
  results.archived = await part('comments, archive stored, 1 replica', () =>
    commentRun({ sites: [site], copy, pages, total, concurrency }),
  )
  let second
  try {
    results.twoReplicas = await part('comments, archive stored, 2 replicas', async () => {
      second = await startSite(copy, { logName: 'server-2.log' })
      return commentRun({ sites: [site, second], copy, pages, total, concurrency })
    })
  } finally {
    await second?.stop(5000)
  }
  return results
}
