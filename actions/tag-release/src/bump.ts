import type { Bump } from './versions.js'

export type BumpChoice = Bump | 'skip'

export interface CommitSummary {
  sha: string
  message: string
}

export interface BumpDecision {
  bump: BumpChoice
  /** Where it came from, for the summary: `input`, `label`, `commits` or `default`. */
  source: 'input' | 'label' | 'commits' | 'default'
  reason: string
  /** The commits that decided it (for `commits`). */
  commits: CommitSummary[]
}

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 }
const LABELS: Record<string, BumpChoice> = {
  'release:major': 'major',
  'release:minor': 'minor',
  'release:patch': 'patch',
  'release:skip': 'skip'
}

/** `release:skip` wins over everything; otherwise the largest `release:*` label. */
export function readBumpFromLabels(labels: string[]): BumpChoice | undefined {
  const choices = labels.map((label) => LABELS[label.trim().toLowerCase()]).filter((c) => c)
  if (choices.includes('skip')) return 'skip'
  return choices.reduce<Bump | undefined>(
    (best, c) => (!best || RANK[c as Bump] > RANK[best] ? (c as Bump) : best),
    undefined
  )
}

// `type(scope)!: subject`, types being words such as feat, fix, chore.
const HEADER = /^(?<type>[a-z][\w-]*)(?:\([^()\n]*\))?(?<bang>!)?: \S/i
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: /m

/** The bump one conventional commit asks for; undefined when the message is not conventional. */
export function readBumpFromCommit(message: string): Bump | undefined {
  const header = HEADER.exec(message.split('\n', 1)[0] ?? '')
  if (!header?.groups) return undefined
  if (header.groups.bang || BREAKING_FOOTER.test(message)) return 'major'
  return header.groups.type?.toLowerCase() === 'feat' ? 'minor' : 'patch'
}

/** The largest bump among the commits, with the commits that ask for it. */
export function readBumpFromCommits(
  commits: CommitSummary[]
): { bump: Bump; commits: CommitSummary[] } | undefined {
  let best: Bump | undefined
  let deciding: CommitSummary[] = []
  for (const commit of commits) {
    const bump = readBumpFromCommit(commit.message)
    if (!bump) continue
    if (!best || RANK[bump] > RANK[best]) {
      best = bump
      deciding = [commit]
    } else if (bump === best) deciding.push(commit)
  }
  return best ? { bump: best, commits: deciding } : undefined
}

/** Before 1.0.0 a breaking change is a minor step (semver §4: anything may change in 0.y.z). */
export function applyPreOneRule(bump: Bump, highestStable: string | undefined): Bump {
  return bump === 'major' && (highestStable ?? '0').startsWith('0.') ? 'minor' : bump
}
