import type { Git } from '../../src/lib/git.js'
import { decideSyncStep, type CompareStatus } from '../../actions/sync-branches/src/decide-sync.js'

export interface SyncPrediction {
  target: string
  /** As sync-branches would report it; `conflict` where its merge would fail. */
  outcome: 'missing' | 'up-to-date' | 'fast-forward' | 'merge' | 'conflict'
  conflicts: string[]
}

export interface SyncSource {
  /** The commit synced into the targets (it may still be being written). */
  commit: Promise<string>
  /** Set when that commit is a new merge of these parents: compared through them, not it. */
  mergeOf?: string[]
}

/** What sync-branches would do bringing `source` into each target (tip undefined: missing). */
export async function predictSync(
  git: Git,
  source: SyncSource,
  targets: { target: string; tip: string | undefined }[]
): Promise<SyncPrediction[]> {
  return Promise.all(targets.map(({ target, tip }) => predictOne(git, source, target, tip)))
}

async function predictOne(
  git: Git,
  source: SyncSource,
  target: string,
  tip: string | undefined
): Promise<SyncPrediction> {
  if (!tip) return { target, outcome: 'missing', conflicts: [] }
  const status = source.mergeOf
    ? await compareWithNewMerge(git, tip, source.mergeOf)
    : await compareStatus(git, tip, await source.commit)
  const step = decideSyncStep(status)
  if (step !== 'merge') return { target, outcome: step, conflicts: [] }
  const merge = await mergeTree(git, tip, await source.commit)
  return {
    target,
    outcome: merge.conflicts.length > 0 ? 'conflict' : 'merge',
    conflicts: merge.conflicts
  }
}

/** GitHub's compare status for `base...head`, from commit counts. */
export async function compareStatus(git: Git, base: string, head: string): Promise<CompareStatus> {
  const [behind = 0, ahead = 0] = (
    await git.read(['rev-list', '--left-right', '--count', `${base}...${head}`])
  )
    .split(/\s+/)
    .map(Number)
  return statusFromCounts(ahead, behind)
}

/**
 * The status of `base...M` for a merge M of `parents` that need not exist yet: M is always ahead
 * (it is new), and behind by what base has that no parent has.
 */
async function compareWithNewMerge(
  git: Git,
  base: string,
  parents: string[]
): Promise<CompareStatus> {
  const behind = Number(
    await git.read(['rev-list', '--count', base, ...parents.map((p) => `^${p}`)])
  )
  return statusFromCounts(1, behind)
}

export function statusFromCounts(ahead: number, behind: number): CompareStatus {
  if (ahead === 0 && behind === 0) return 'identical'
  if (behind === 0) return 'ahead'
  return ahead === 0 ? 'behind' : 'diverged'
}

/**
 * Merges in the object store only (`git merge-tree --write-tree`): the work tree, the index and
 * every ref stay as they are. Returns the merged tree, or the conflicting files.
 */
export async function mergeTree(
  git: Git,
  ours: string,
  theirs: string
): Promise<{ tree: string; conflicts: string[] }> {
  const result = await git.run(
    ['merge-tree', '--write-tree', '--name-only', '--no-messages', ours, theirs],
    { allowFailure: true }
  )
  const [tree = '', ...files] = result.stdout.trim().split('\n')
  if (result.exitCode === 0) return { tree, conflicts: [] }
  if (result.exitCode === 1) return { tree, conflicts: files.filter(Boolean) }
  throw new Error(`git merge-tree failed: ${result.stderr.trim()}`)
}
