import { errorMessage, hasStatus } from '../../../src/lib/errors.js'

export type CompareStatus = 'identical' | 'ahead' | 'behind' | 'diverged'
export type SyncStep = 'up-to-date' | 'fast-forward' | 'merge'

/**
 * What bringing `source` into `target` takes, from GitHub's comparison `target...source`
 * (`ahead` means source has commits the target lacks).
 */
export function decideSyncStep(status: CompareStatus): SyncStep {
  if (status === 'ahead') return 'fast-forward'
  if (status === 'diverged') return 'merge'
  return 'up-to-date'
}

export type WriteRefusal =
  | { kind: 'conflict'; reason: string }
  | { kind: 'protected'; reason: string }
  | { kind: 'moved'; reason: string }
  | { kind: 'missing'; reason: string }

/** Why GitHub refused to move or merge into a branch, or undefined for anything unexpected. */
export function classifyWriteRefusal(error: unknown): WriteRefusal | undefined {
  const message = errorMessage(error)
  if (hasStatus(error, 409)) return { kind: 'conflict', reason: 'merge conflict' }
  if (hasStatus(error, 422) && /not a fast forward/i.test(message)) {
    return { kind: 'moved', reason: 'the branch moved while syncing' }
  }
  if (hasStatus(error, 404))
    return { kind: 'missing', reason: 'the branch disappeared while syncing' }
  // A 403 is a protection rule only when it says so: "Resource not accessible by integration"
  // is a token without `contents: write`, which no pull request works around.
  if (hasStatus(error, 422) || (hasStatus(error, 403) && PROTECTION.test(message))) {
    return { kind: 'protected', reason: `GitHub refused the update (${firstLine(message)})` }
  }
  return undefined
}

/**
 * Whether a write that threw may have happened all the same: no answer came, GitHub failed
 * (5xx, still after retries), or a retry was refused because the work is already done ("already
 * exists"), which is what a retry meets when GitHub did the work but its answer was lost.
 */
export function mayHaveHappened(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status !== 'number' || status >= 500) return true
  return status === 422 && /already exists/i.test(errorMessage(error))
}

const PROTECTION = /protected branch|through a pull request|status check|approving review|rule/i

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.replace(/ - https:\/\/docs\.github\.com\S*$/, '') ?? text
}
