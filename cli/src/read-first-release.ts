import type { Git } from '../../src/lib/git.js'
import type { CommitSummary } from '../../actions/tag-release/src/bump.js'

const FIELD = '\x1f'
const RECORD = '\x1e'
/** A first release's notes list its history up to here; a longer one says how much is left. */
export const FIRST_RELEASE_COMMITS = 50

/** The commits a first release is made of (newest first, at most FIRST_RELEASE_COMMITS), and their count. */
export async function readFirstRelease(
  git: Git,
  sha: string
): Promise<{ commits: CommitSummary[]; total: number }> {
  const [log, count] = await Promise.all([
    git.read([
      'log',
      `--max-count=${FIRST_RELEASE_COMMITS}`,
      `--format=%H${FIELD}%P${FIELD}%cI${FIELD}%B${RECORD}`,
      sha
    ]),
    git.read(['rev-list', '--count', sha])
  ])
  const commits: CommitSummary[] = []
  for (const record of log.split(RECORD)) {
    const entry = record.replace(/^\n/, '')
    if (!entry) continue
    const [commit = '', parents = '', date = '', message = ''] = entry.split(FIELD)
    commits.push({
      sha: commit,
      message: message.trim(),
      parents: parents.split(' ').filter(Boolean),
      date
    })
  }
  return { commits, total: Number(count) }
}
