import type { Git } from '../../src/lib/git.js'
import type { TagRef } from '../../actions/tag-release/src/versions.js'

export interface RepositoryRefs {
  /** Branch name → the commit at its tip. */
  branches: Map<string, string>
  /** The branch checked out, when HEAD is on one. */
  current: string | undefined
  tags: TagRef[]
}

const FIELD = '\x1f'

/** Every branch and tag in one `git for-each-ref`: the plan's other reads start from these. */
export async function readRefs(git: Git): Promise<RepositoryRefs> {
  const out = await git.read([
    'for-each-ref',
    // No `%(*objectname)`: peeling opens every tag object, which doubles the time on 2,000 tags.
    `--format=${['%(HEAD)', '%(refname)', '%(objectname)', '%(objecttype)'].join(FIELD)}`,
    'refs/heads',
    'refs/tags'
  ])
  const refs: RepositoryRefs = {
    branches: new Map(),
    current: undefined,
    tags: []
  }
  for (const line of out.split('\n')) {
    const [head, refname = '', sha = '', type] = line.split(FIELD)
    if (refname.startsWith('refs/heads/')) {
      const branch = refname.slice('refs/heads/'.length)
      refs.branches.set(branch, sha)
      if (head === '*') refs.current = branch
    } else if (refname.startsWith('refs/tags/')) {
      refs.tags.push({
        name: refname.slice('refs/tags/'.length),
        objectSha: sha,
        annotated: type === 'tag'
      })
    }
  }
  return refs
}
