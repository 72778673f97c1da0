import type { CommitSummary } from './bump.js'
import type { MergedPullRequest } from './decide-range-bump.js'
import type { TagRef } from './versions.js'

export interface PullRequestFacts {
  number: number
  title: string
  url: string
  labels: string[]
}

export interface Comparison {
  /** `identical`, `ahead` (head has new commits), `behind` or `diverged`, as GitHub says. */
  status: 'identical' | 'ahead' | 'behind' | 'diverged'
  /** Commits in head and not in base, oldest first (with their parents and dates). */
  commits: CommitSummary[]
}

export interface ReleaseRange {
  base: string
  head: string
  /** The oldest commit date in the range: no pull request merged in it was updated before. */
  since: string | undefined
}

/**
 * What a release decision needs to know about the repository. The actions read it from the
 * GitHub API; a local preview can read the same from git.
 */
export interface ReleaseFacts {
  /** The full sha of a commit-ish, or undefined when there is no such commit. */
  resolveCommit(ref: string): Promise<string | undefined>
  /** Every tag whose name starts with `prefix`, in one read however many there are. */
  listTags(prefix: string): Promise<TagRef[]>
  /** The commit an annotated tag object points at. */
  readTaggedCommit(tagObjectSha: string): Promise<string>
  /** The merged pull request that brought `sha` in, if any. */
  findPullRequest(sha: string): Promise<PullRequestFacts | undefined>
  compare(base: string, head: string): Promise<Comparison>
  /** The merged pull requests that may have merge commits in the range (a bounded read). */
  listMergedPullRequests(range: ReleaseRange): Promise<MergedPullRequest[]>
  /** Only the status of `compare`: one cheap read, however far apart the two are. */
  locate(base: string, head: string): Promise<Comparison['status']>
}
