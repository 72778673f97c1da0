import type { Git } from '../../src/lib/git.js'
import type { CommitSummary } from '../../actions/tag-release/src/bump.js'
import type { MergedPullRequest } from '../../actions/tag-release/src/decide-range-bump.js'
import type { ReleaseFacts } from '../../actions/tag-release/src/release-facts.js'
import { statusFromCounts } from './predict-sync.js'
import type { RepositoryRefs } from './read-refs.js'

const FIELD = '\x1f'
const RECORD = '\x1e'

/**
 * tag-release's facts read from a local clone: tags from the refs already read, commits from
 * `git log`. Pull requests are not in git: only the "Merge pull request #N" message is, so
 * labels are unknown and commits decide the bump.
 */
export function createLocalReleaseFacts(git: Git, refs: RepositoryRefs): ReleaseFacts {
  return {
    resolveCommit: (ref) => git.tryRead(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]),

    listTags: (prefix) => Promise.resolve(refs.tags.filter((tag) => tag.name.startsWith(prefix))),

    readTaggedCommit: (tagObjectSha) => git.read(['rev-parse', `${tagObjectSha}^{commit}`]),

    async findPullRequest(sha) {
      const subject = await git.read(['log', '-1', '--format=%s%n%b', sha])
      const match = /^Merge pull request #(\d+) from \S+\n+([^\n]*)/.exec(subject)
      return match
        ? { number: Number(match[1]), title: match[2] ?? '', url: '', labels: [] }
        : undefined
    },

    // Labels live on GitHub, not in git: merge and squash titles name the pull requests.
    async listMergedPullRequests({ base, head }) {
      const out = await git.read([
        'log',
        `--format=%H${FIELD}%s${FIELD}%b${RECORD}`,
        `${base}..${head}`
      ])
      const pulls: MergedPullRequest[] = []
      for (const record of out.split(RECORD)) {
        const [sha = '', subject = '', body = ''] = record.replace(/^\n/, '').split(FIELD)
        const merge = /^Merge pull request #(\d+) from \S+/.exec(subject)
        const squash = /^(.*) \(#(\d+)\)$/.exec(subject)
        if (merge) pulls.push(localPull(Number(merge[1]), body.trim().split('\n', 1)[0] ?? '', sha))
        else if (squash) pulls.push(localPull(Number(squash[2]), squash[1] ?? '', sha))
      }
      return pulls
    },

    async locate(base, head) {
      const counts = await git.read(['rev-list', '--left-right', '--count', `${base}...${head}`])
      const [behind = 0, ahead = 0] = counts.trim().split(/\s+/).map(Number)
      return statusFromCounts(ahead, behind)
    },

    // One `git log` over both sides: base's own commits are only counted, head's are the range.
    async compare(base, head) {
      const out = await git.read([
        'log',
        '--reverse',
        '--left-right',
        `--format=%m%H${FIELD}%P${FIELD}%cI${FIELD}%B${RECORD}`,
        `${base}...${head}`
      ])
      let behind = 0
      const commits: CommitSummary[] = []
      for (const record of out.split(RECORD)) {
        const entry = record.replace(/^\n/, '')
        if (!entry) continue
        if (entry.startsWith('<')) {
          behind++
          continue
        }
        const [sha = '', parents = '', date = '', message = ''] = entry.slice(1).split(FIELD)
        commits.push({
          sha,
          message: message.trim(),
          parents: parents.split(' ').filter(Boolean),
          date
        })
      }
      return { status: statusFromCounts(commits.length, behind), commits }
    }
  }
}

function localPull(number: number, title: string, mergeCommitSha: string): MergedPullRequest {
  return { number, title, url: '', labels: [], mergeCommitSha }
}
