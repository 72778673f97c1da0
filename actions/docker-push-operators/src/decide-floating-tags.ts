import compare from 'semver/functions/compare.js'
import parse from 'semver/functions/parse.js'

export interface FloatingDecision {
  tag: string
  move: boolean
  why: string
}

/**
 * Production's floating tags move only forward: `latest` to a version at least as high as every
 * stable version tag the repository holds, `<major>.<minor>` as every one of its line. Version
 * tags are read rather than the floating tag's own label, because a promoted image carries the
 * label of the version it was first built for.
 */
export function decideProductionMoves(
  version: string,
  floating: string[],
  existingTags: string[]
): FloatingDecision[] {
  const released = existingTags
    .map((tag) => parse(tag))
    .filter((v) => v !== null && v.prerelease.length === 0 && v.raw === v.version)
  return floating.map((tag) => {
    const line =
      tag === 'latest' ? released : released.filter((v) => `${v!.major}.${v!.minor}` === tag)
    const highest = line.reduce<string | undefined>(
      (top, v) => (!top || compare(v!.version, top) > 0 ? v!.version : top),
      undefined
    )
    if (!highest || compare(version, highest) >= 0)
      return {
        tag,
        move: true,
        why: highest && highest !== version ? `${highest} → ${version}` : `to ${version}`
      }
    return { tag, move: false, why: `stays: ${highest} is released, higher than ${version}` }
  })
}

/** How the commit `dev` points at now relates to this run's commit. */
export type DevAncestry = 'absent' | 'same' | 'ancestor' | 'not-ancestor' | 'unknown'

/** Staging's `dev` moves only to a commit that contains the one it points at. */
export function decideDevMove(ancestry: DevAncestry, current: string): FloatingDecision {
  const short = current.slice(0, 7)
  switch (ancestry) {
    case 'absent':
      return { tag: 'dev', move: true, why: 'first dev image' }
    case 'same':
      return { tag: 'dev', move: true, why: 'already this commit' }
    case 'ancestor':
      return { tag: 'dev', move: true, why: `${short} → this commit` }
    case 'not-ancestor':
      return {
        tag: 'dev',
        move: false,
        why: `stays: it holds ${short}, which this commit does not contain`
      }
    case 'unknown':
      return {
        tag: 'dev',
        move: false,
        why: `stays: cannot tell whether this commit contains ${short || 'its commit'}`
      }
  }
}
