import type { Commit, FileSnapshot } from './git-objects.js'

export type CommitLookup = (sha: string) => Commit | undefined

export interface Comparison {
  status: 'identical' | 'ahead' | 'behind' | 'diverged'
  aheadBy: number
  behindBy: number
  mergeBase: string | undefined
  /** Commits of head that base lacks, oldest first (as GitHub's compare lists them). */
  commits: string[]
}

export type MergeResult = { files: FileSnapshot } | { conflicts: string[] }

/** The commit and everything reachable from it. */
export function collectAncestors(lookup: CommitLookup, sha: string): Set<string> {
  const seen = new Set<string>()
  const stack = [sha]
  while (stack.length > 0) {
    const current = stack.pop() as string
    if (seen.has(current)) continue
    const commit = lookup(current)
    if (!commit) continue
    seen.add(current)
    stack.push(...commit.parents)
  }
  return seen
}

export function isAncestor(lookup: CommitLookup, ancestor: string, descendant: string): boolean {
  return collectAncestors(lookup, descendant).has(ancestor)
}

/** A best common ancestor (none of its descendants is also common), like `git merge-base`. */
export function findMergeBase(lookup: CommitLookup, a: string, b: string): string | undefined {
  const ofB = collectAncestors(lookup, b)
  const common = new Set([...collectAncestors(lookup, a)].filter((sha) => ofB.has(sha)))
  // In newest-first topological order nothing common comes before its own descendants.
  return sortNewestFirst(lookup, common)[0]
}

/** Children before parents; among those ready, the newest committer date first (`--date-order`). */
export function sortNewestFirst(lookup: CommitLookup, shas: Set<string>): string[] {
  const pendingChildren = new Map<string, number>([...shas].map((sha) => [sha, 0]))
  for (const sha of shas) {
    for (const parent of lookup(sha)?.parents ?? []) {
      if (pendingChildren.has(parent)) pendingChildren.set(parent, pendingChildren.get(parent)! + 1)
    }
  }
  const ready = [...shas].filter((sha) => pendingChildren.get(sha) === 0)
  const ordered: string[] = []
  while (ready.length > 0) {
    ready.sort((x, y) => compareNewest(lookup, x, y))
    const next = ready.shift() as string
    ordered.push(next)
    for (const parent of lookup(next)?.parents ?? []) {
      const left = pendingChildren.get(parent)
      if (left === undefined) continue
      pendingChildren.set(parent, left - 1)
      if (left === 1) ready.push(parent)
    }
  }
  return ordered
}

export function compareCommits(lookup: CommitLookup, base: string, head: string): Comparison {
  const ofBase = collectAncestors(lookup, base)
  const ofHead = collectAncestors(lookup, head)
  const ahead = new Set([...ofHead].filter((sha) => !ofBase.has(sha)))
  const behindBy = [...ofBase].filter((sha) => !ofHead.has(sha)).length
  const aheadBy = ahead.size
  const status =
    aheadBy === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : aheadBy === 0
          ? 'behind'
          : 'diverged'
  return {
    status,
    aheadBy,
    behindBy,
    mergeBase: findMergeBase(lookup, base, head),
    commits: sortNewestFirst(lookup, ahead).reverse()
  }
}

/** A three-way merge by whole files: a file both sides changed differently is a conflict. */
export function mergeSnapshots(
  base: FileSnapshot,
  ours: FileSnapshot,
  theirs: FileSnapshot
): MergeResult {
  const files: FileSnapshot = {}
  const conflicts: string[] = []
  const paths = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])
  for (const path of [...paths].sort()) {
    const [was, mine, other] = [base[path], ours[path], theirs[path]]
    let merged: string | undefined
    if (mine === other || other === was) merged = mine
    else if (mine === was) merged = other
    else {
      conflicts.push(path)
      continue
    }
    if (merged !== undefined) files[path] = merged
  }
  return conflicts.length > 0 ? { conflicts } : { files }
}

function compareNewest(lookup: CommitLookup, x: string, y: string): number {
  const dx = lookup(x)?.committer.date ?? ''
  const dy = lookup(y)?.committer.date ?? ''
  if (dx !== dy) return dx < dy ? 1 : -1
  return x < y ? -1 : x > y ? 1 : 0
}
