import {
  RANK,
  readBumpFromCommit,
  readBumpFromCommits,
  readBumpFromLabels,
  type BumpChoice,
  type CommitSummary
} from './bump.js'
import type { Bump } from './versions.js'

/** A merged pull request, with the commit its merge made on the target branch. */
export interface MergedPullRequest {
  number: number
  title: string
  url: string
  labels: string[]
  mergeCommitSha: string
  /** Its description, where a release pull request carries the version it announces. */
  body?: string
}

/** One line of the "why": a pull request or a commit outside any, and what it asked for. */
export interface RangeItem {
  /** `#12` or a commit's short sha. */
  ref: string
  title: string
  asked: BumpChoice | undefined
  /** `label release:minor`, `conventional commits`, or `nothing conventional`. */
  by: string
  commits: CommitSummary[]
}

export interface RangeBump {
  /** The largest bump asked; `skip` when every change was skipped; undefined when nothing asked. */
  bump: BumpChoice | undefined
  items: RangeItem[]
}

/**
 * The bump of a release over every change in the range (commits since the previous version):
 * each pull request merged in it counts by its `release:*` label, else by its commits and
 * title; `release:skip` drops only that pull request's commits; commits that came in no pull
 * request count by their own conventional type. A commit belongs to the innermost pull request
 * that brought it in (a feature merged into development, inside the release pull request).
 */
export function decideRangeBump(commits: CommitSummary[], pulls: MergedPullRequest[]): RangeBump {
  const inRange = new Map(commits.map((c) => [c.sha, c]))
  const owned = assignToPullRequests(
    inRange,
    pulls.filter((p) => inRange.has(p.mergeCommitSha))
  )
  const items: RangeItem[] = []
  for (const [pull, own] of owned.byPull) items.push(describePullRequest(pull, own))
  for (const commit of commits.filter((c) => !owned.owner.has(c.sha))) {
    const asked = readBumpFromCommit(commit.message)
    items.push({
      ref: commit.sha.slice(0, 7),
      title: commit.message.split('\n', 1)[0] ?? '',
      asked,
      by: asked ? 'conventional commit' : 'nothing conventional',
      commits: [commit]
    })
  }
  const bumps = items.map((i) => i.asked).filter((a): a is Bump => a !== undefined && a !== 'skip')
  const best = bumps.reduce<Bump | undefined>(
    (top, b) => (!top || RANK[b] > RANK[top] ? b : top),
    undefined
  )
  const everythingSkipped = items.length > 0 && items.every((i) => i.asked === 'skip')
  return { bump: best ?? (everythingSkipped ? 'skip' : undefined), items }
}

function describePullRequest(pull: MergedPullRequest, own: CommitSummary[]): RangeItem {
  const base = { ref: `#${pull.number}`, title: pull.title, commits: own }
  const label = readBumpFromLabels(pull.labels)
  if (label) return { ...base, asked: label, by: `label release:${label}` }
  const fromCommits = readBumpFromCommits([
    ...own,
    { sha: pull.mergeCommitSha, message: pull.title }
  ])
  return fromCommits
    ? { ...base, asked: fromCommits.bump, by: 'conventional commits' }
    : { ...base, asked: undefined, by: 'nothing conventional' }
}

/** Each commit's innermost pull request: the one whose merge brought in the fewest commits. */
function assignToPullRequests(inRange: Map<string, CommitSummary>, pulls: MergedPullRequest[]) {
  const broughtIn = new Map(
    pulls.map((pull) => [pull, collectBroughtIn(pull.mergeCommitSha, inRange)])
  )
  const owner = new Map<string, MergedPullRequest>()
  for (const [pull, shas] of [...broughtIn].sort((a, b) => b[1].size - a[1].size)) {
    for (const sha of shas) owner.set(sha, pull)
  }
  const byPull = new Map<MergedPullRequest, CommitSummary[]>(pulls.map((pull) => [pull, []]))
  for (const [sha, pull] of owner) byPull.get(pull)?.push(inRange.get(sha)!)
  return { owner, byPull }
}

/** A merge commit brings in what its other parents reach and its first parent does not. */
function collectBroughtIn(mergeSha: string, inRange: Map<string, CommitSummary>): Set<string> {
  const [first, ...others] = inRange.get(mergeSha)?.parents ?? []
  const brought = new Set([mergeSha])
  if (others.length === 0) return brought
  const mainline = collectAncestors(first ? [first] : [], inRange)
  for (const sha of collectAncestors(others, inRange)) if (!mainline.has(sha)) brought.add(sha)
  return brought
}

function collectAncestors(start: string[], inRange: Map<string, CommitSummary>): Set<string> {
  const seen = new Set<string>()
  const stack = start.filter((sha) => inRange.has(sha))
  while (stack.length > 0) {
    const sha = stack.pop()!
    if (seen.has(sha)) continue
    seen.add(sha)
    for (const parent of inRange.get(sha)?.parents ?? [])
      if (inRange.has(parent)) stack.push(parent)
  }
  return seen
}
