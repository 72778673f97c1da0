import type { RangeItem } from './decide-range-bump.js'
import type { Bump } from './versions.js'

export type BumpChoice = Bump | 'skip'

export interface CommitSummary {
  sha: string
  message: string
  /** Its parents' shas, where known (merge commits have two). */
  parents?: string[]
  /** Its committer date (ISO 8601), where known. */
  date?: string
}

export interface BumpDecision {
  bump: BumpChoice
  /** Where it came from, for the summary: `input`, `label`, `commits` or `default`. */
  source: 'input' | 'label' | 'commits' | 'default'
  reason: string
  /** The commits that decided it (for `commits`). */
  commits: CommitSummary[]
  /** Every pull request and commit of the range, with what each asked for. */
  items?: RangeItem[]
}

export const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 }
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

// `type(scope)!: subject`. In a body, also as a list item: GitHub's squash body lists the
// squashed commits as `* feat: …` lines. Any run of spaces after the colon.
const HEADER = /^(?:[*-][ \t]+)?(?<type>[a-z][\w-]*)(?:\([^()\n]*\))?(?<bang>!)?:[ \t]+\S/i
// A footer anywhere in the message, under any title, also as a list item or before a line break.
const BREAKING_FOOTER = /^(?:[*-][ \t]+)?BREAKING[ -]CHANGE:(?:[ \t]|$)/m

/**
 * The bump one commit asks for: the largest of its conventional title and, for a squash commit,
 * the conventional lines of its body; a BREAKING CHANGE footer anywhere is major. Undefined when
 * nothing in it is conventional.
 */
export function readBumpFromCommit(message: string): Bump | undefined {
  if (BREAKING_FOOTER.test(message)) return 'major'
  let best: Bump | undefined
  for (const line of message.split('\n')) {
    const header = HEADER.exec(line.trim())
    if (!header?.groups) continue
    const bump: Bump = header.groups.bang
      ? 'major'
      : header.groups.type?.toLowerCase() === 'feat'
        ? 'minor'
        : 'patch'
    if (!best || RANK[bump] > RANK[best]) best = bump
  }
  return best
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
