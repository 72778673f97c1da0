import type { Git } from '../../src/lib/git.js'
import type { CommitSummary } from '../../actions/tag-release/src/bump.js'
import type { ReleaseFacts } from '../../actions/tag-release/src/release-facts.js'
import { compareStatus } from './predict-sync.js'

const FIELD = '\x1f'
const RECORD = '\x1e'

/**
 * tag-release's facts read from a local clone: tags from `git for-each-ref`, commits from
 * `git log`. Pull requests are not in git: only the "Merge pull request #N" message is, so
 * labels are unknown and commits decide the bump.
 */
export function createLocalReleaseFacts(git: Git): ReleaseFacts {
  return {
    resolveCommit: (ref) => git.tryRead(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]),

    async listTags(prefix) {
      const out = await git.read([
        'for-each-ref',
        `--format=%(refname:strip=2)${FIELD}%(objectname)${FIELD}%(objecttype)`,
        'refs/tags'
      ])
      return out
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(FIELD))
        .filter(([name = '']) => name.startsWith(prefix))
        .map(([name = '', objectSha = '', type]) => ({
          name,
          objectSha,
          annotated: type === 'tag'
        }))
    },

    readTaggedCommit: (tagObjectSha) => git.read(['rev-parse', `${tagObjectSha}^{commit}`]),

    async findPullRequest(sha) {
      const subject = await git.read(['log', '-1', '--format=%s%n%b', sha])
      const match = /^Merge pull request #(\d+) from \S+\n+([^\n]*)/.exec(subject)
      return match
        ? { number: Number(match[1]), title: match[2] ?? '', url: '', labels: [] }
        : undefined
    },

    async compare(base, head) {
      const [status, commits] = await Promise.all([
        compareStatus(git, base, head),
        listCommits(git, `${base}..${head}`)
      ])
      return { status, commits }
    }
  }
}

/** Commits of a range, oldest first, with their full messages. */
export async function listCommits(git: Git, range: string): Promise<CommitSummary[]> {
  const out = await git.read(['log', '--reverse', `--format=%H${FIELD}%B${RECORD}`, range])
  return out
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter(Boolean)
    .map((record) => {
      const [sha = '', message = ''] = record.split(FIELD)
      return { sha, message: message.trim() }
    })
}
