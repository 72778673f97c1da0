import type { Git } from '../../src/lib/git.js'
import { decideSyncStep, type CompareStatus } from '../../actions/sync-branches/src/decide-sync.js'

export interface SyncPrediction {
  target: string
  /** As sync-branches would report it; `conflict` where its merge would fail. */
  outcome: 'missing' | 'up-to-date' | 'fast-forward' | 'merge' | 'conflict'
  conflicts: string[]
}

/** What sync-branches would do bringing `source` (a commit) into each target, from git alone. */
export async function predictSync(
  git: Git,
  source: string,
  targets: string[]
): Promise<SyncPrediction[]> {
  return Promise.all(targets.map((target) => predictOne(git, source, target)))
}

async function predictOne(git: Git, source: string, target: string): Promise<SyncPrediction> {
  const tip = await git.tryRead([
    'rev-parse',
    '--verify',
    '--quiet',
    `refs/heads/${target}^{commit}`
  ])
  if (!tip) return { target, outcome: 'missing', conflicts: [] }
  const step = decideSyncStep(await compareStatus(git, tip, source))
  if (step !== 'merge') return { target, outcome: step, conflicts: [] }
  const merge = await mergeTree(git, tip, source)
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
