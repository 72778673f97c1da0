import { ConfigurationError, hasStatus } from '../../../src/lib/errors.js'
import {
  applyPreOneRule,
  readBumpFromCommits,
  readBumpFromLabels,
  type BumpDecision,
  type CommitSummary
} from './bump.js'
import type { TagReleaseInputs } from './inputs.js'
import { decideRangeBump, type MergedPullRequest } from './decide-range-bump.js'
import type { PullRequestFacts, ReleaseFacts } from './release-facts.js'
import {
  compareVersions,
  computeNextVersion,
  parseVersionTag,
  findHighestStable,
  selectComparableTags,
  selectVersionTags,
  type VersionTag
} from './versions.js'

export type ReleasePlan =
  /** A new version to tag on `sha`. */
  | (PlanBase & {
      kind: 'release'
      version: string
      tag: string
      decision: BumpDecision
      /** A merged release pull request's announced version, and what became of it. */
      announcement?: Announcement
    })
  /** `sha` already carries a version tag: nothing to create (but its Release may be missing). */
  | (PlanBase & { kind: 'tagged'; version: string; tag: string })
  /** `release:skip`, `default-bump: none`, or `sha` is already inside an earlier release. */
  | (PlanBase & { kind: 'skip'; reason: string; decision?: BumpDecision })

interface PlanBase {
  sha: string
  previous: VersionTag | undefined
  pullRequest: PullRequestFacts | undefined
  /** Commits since the previous version (empty for a first release or a rerun). */
  commits: CommitSummary[]
  /**
   * The version answered is the highest of the repository (a new release, or a rerun of the
   * newest one): the starters build, deploy and announce only then, so a rerun of an older
   * release never rolls production back.
   */
  latest: boolean
}

export interface Announcement {
  version: string
  pullRequest: number
  /** Set when the changes since ask for more than was announced: the higher version is tagged. */
  raisedTo?: string
}

/** The marker the weekly release pull request carries: `<!-- release-actions: version=1.3.0 -->`. */
const ANNOUNCED = /<!--\s*release-actions:\s*version=([0-9A-Za-z.-]+)\s*-->/

type PlanInputs = Pick<
  TagReleaseInputs,
  'sha' | 'tagPrefix' | 'initialVersion' | 'bump' | 'defaultBump' | 'prerelease'
>

// Where release history is not a line (a diverged tag), how many annotated tags we open.
const MAX_ANNOTATED_LOOKUPS = 10
const FULL_SHA = /^[0-9a-f]{40}$/i

export async function planRelease(inputs: PlanInputs, facts: ReleaseFacts): Promise<ReleasePlan> {
  const tags = selectVersionTags(await facts.listTags(inputs.tagPrefix), inputs.tagPrefix)
  const comparable = selectComparableTags(tags, inputs.prerelease)
  const previous = comparable[0]
  // With a previous version, the comparison below proves a full sha exists: no extra read.
  const sha =
    previous && FULL_SHA.test(inputs.sha)
      ? inputs.sha.toLowerCase()
      : await resolveSha(inputs.sha, facts)

  // Looked up alongside the comparison, not after it: one round trip less.
  const pullRequestLookup = inputs.bump === 'auto' ? facts.findPullRequest(sha) : undefined
  // An early return below must not leave a rejection unhandled; awaiting it still throws.
  pullRequestLookup?.catch(() => undefined)
  const lookUpPullRequest = () => pullRequestLookup ?? facts.findPullRequest(sha)

  const lightweight = comparable.find((tag) => !tag.annotated && tag.objectSha === sha)
  if (lightweight) return planTagged(sha, lightweight, comparable, lookUpPullRequest)

  let commits: CommitSummary[] = []
  let merged: MergedPullRequest[] = []
  if (previous) {
    const comparison = await facts.compare(previous.name, sha).catch((error: unknown) => {
      throw hasStatus(error, 404, 422) ? unknownShaError(inputs.sha) : error
    })
    if (comparison.status === 'identical') {
      return planTagged(sha, previous, comparable, lookUpPullRequest)
    }
    if (comparison.status === 'behind') {
      const own = await findAnnotatedTagOn(sha, comparable, facts)
      if (own) return planTagged(sha, own, comparable, lookUpPullRequest)
      return {
        kind: 'skip',
        sha,
        previous,
        pullRequest: undefined,
        commits,
        latest: false,
        reason: `${sha.slice(0, 7)} is already part of ${previous.name}; only newer commits get a version.`
      }
    }
    commits = comparison.commits
    if (inputs.bump === 'auto') {
      const dates = commits.map((c) => c.date).filter((d): d is string => Boolean(d))
      const since = dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : undefined
      merged = await facts.listMergedPullRequests({ base: previous.name, head: sha, since })
    }
  }

  const pullRequest = await pullRequestLookup
  const decision =
    previous && inputs.bump === 'auto'
      ? decideBumpOverRange(inputs, commits, merged, previous)
      : decideBump(inputs, pullRequest, commits, previous)
  const base = { sha, previous, pullRequest, commits }
  if (decision.bump === 'skip') {
    return { ...base, kind: 'skip', reason: decision.reason, decision, latest: false }
  }

  const highestStable = findHighestStable(tags.map((t) => t.version))
  const bump =
    decision.source === 'commits' ? applyPreOneRule(decision.bump, highestStable) : decision.bump
  const finalDecision =
    bump === decision.bump
      ? decision
      : {
          ...decision,
          bump,
          reason: `${decision.reason}; before 1.0.0 a breaking change is a minor step`
        }
  const computed = computeNextVersion({
    bump,
    initialVersion: inputs.initialVersion,
    prerelease: inputs.prerelease,
    existing: tags.map((t) => t.version)
  })
  const announced = findAnnouncement(commits, merged, previous)
  // The release pull request's announced version is tagged, unless later changes ask for more.
  const version =
    announced && compareVersions(announced.version, computed) > 0 ? announced.version : computed
  const announcement = announced && {
    ...announced,
    raisedTo: compareVersions(computed, announced.version) > 0 ? computed : undefined
  }
  return {
    ...base,
    kind: 'release',
    latest: true,
    announcement,
    version,
    tag: `${inputs.tagPrefix}${version}`,
    decision: finalDecision
  }
}

/** The highest valid version announced by a release pull request merged in the range. */
function findAnnouncement(
  commits: CommitSummary[],
  merged: MergedPullRequest[],
  previous: VersionTag | undefined
): Omit<Announcement, 'raisedTo'> | undefined {
  const inRange = new Set(commits.map((c) => c.sha))
  let best: Omit<Announcement, 'raisedTo'> | undefined
  for (const pull of merged) {
    const version = inRange.has(pull.mergeCommitSha)
      ? ANNOUNCED.exec(pull.body ?? '')?.[1]
      : undefined
    if (!version || !parseVersionTag(version, '')) continue
    if (previous && compareVersions(version, previous.version) <= 0) continue
    if (!best || compareVersions(version, best.version) > 0)
      best = { version, pullRequest: pull.number }
  }
  return best
}

async function resolveSha(requested: string, facts: ReleaseFacts): Promise<string> {
  const sha = await facts.resolveCommit(requested)
  if (!sha) throw unknownShaError(requested)
  return sha
}

function unknownShaError(requested: string): ConfigurationError {
  return new ConfigurationError(
    `Input "sha" is "${requested}", which is no commit, branch or tag of this repository.`,
    'Pass a commit sha from this repository (the default is the workflow commit).'
  )
}

const KINDS = { major: 'a breaking change', minor: 'a feature', patch: 'fixes and other changes' }

/** Since a previous version: the largest bump over every pull request and commit in between. */
function decideBumpOverRange(
  inputs: PlanInputs,
  commits: CommitSummary[],
  merged: MergedPullRequest[],
  previous: VersionTag
): BumpDecision {
  const range = decideRangeBump(commits, merged)
  if (range.bump === 'skip') {
    const skipped = range.items.map((item) => item.ref).join(', ')
    return {
      bump: 'skip',
      source: 'label',
      reason: `every change since ${previous.name} is release:skip (${skipped})`,
      commits: [],
      items: range.items
    }
  }
  if (range.bump) {
    const deciding = range.items.filter((item) => item.asked === range.bump)
    const byLabel = deciding.some((item) => item.by.startsWith('label'))
    const why = deciding.map((item) => `${item.by} on ${item.ref}`).join('; ')
    return {
      bump: range.bump,
      source: byLabel ? 'label' : 'commits',
      reason: `${KINDS[range.bump]} since ${previous.name}: ${why}`,
      commits: deciding.flatMap((item) => item.commits),
      items: range.items
    }
  }
  return decideBump(inputs, undefined, [], previous)
}

function decideBump(
  inputs: PlanInputs,
  pullRequest: PullRequestFacts | undefined,
  commits: CommitSummary[],
  previous: VersionTag | undefined
): BumpDecision {
  if (inputs.bump !== 'auto') {
    return { bump: inputs.bump, source: 'input', reason: `input bump: ${inputs.bump}`, commits: [] }
  }
  const fromLabel = pullRequest && readBumpFromLabels(pullRequest.labels)
  if (pullRequest && fromLabel) {
    return {
      bump: fromLabel,
      source: 'label',
      reason: `label release:${fromLabel} on #${pullRequest.number}`,
      commits: []
    }
  }
  const fromCommits = readBumpFromCommits(commits)
  if (fromCommits) {
    return {
      bump: fromCommits.bump,
      source: 'commits',
      reason: `conventional commits since ${previous?.name}: ${KINDS[fromCommits.bump]}`,
      commits: fromCommits.commits
    }
  }
  const why = previous
    ? `no release label and no conventional commit since ${previous.name}`
    : 'first release'
  if (inputs.defaultBump === 'none') {
    return {
      bump: 'skip',
      source: 'default',
      reason: `${why}, and default-bump is none`,
      commits: []
    }
  }
  return {
    bump: inputs.defaultBump,
    source: 'default',
    reason: previous ? `${why}: default-bump ${inputs.defaultBump}` : `${why}: initial-version`,
    commits: []
  }
}

async function planTagged(
  sha: string,
  tag: VersionTag,
  comparable: VersionTag[],
  lookUpPullRequest: () => Promise<PullRequestFacts | undefined>
): Promise<ReleasePlan> {
  // `comparable` is highest first, so the version below this tag is the next one in it.
  const previous = comparable[comparable.indexOf(tag) + 1]
  return {
    kind: 'tagged',
    latest: comparable[0] === tag,
    sha,
    version: tag.version,
    tag: tag.name,
    previous,
    pullRequest: await lookUpPullRequest(),
    commits: []
  }
}

/**
 * The version tag on an older commit (a rerun of an earlier release): a binary search over the
 * versions, highest first, comparing each with `sha`, so the reads grow with log(tags).
 */
async function findAnnotatedTagOn(
  sha: string,
  tags: VersionTag[],
  facts: ReleaseFacts
): Promise<VersionTag | undefined> {
  let low = 0
  let high = tags.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const tag = tags[middle]!
    const status = await facts.locate(tag.name, sha)
    if (status === 'identical') return tag
    if (status === 'behind') low = middle + 1
    else if (status === 'ahead') high = middle - 1
    else return scanAnnotatedTags(sha, tags, facts)
  }
  return undefined
}

async function scanAnnotatedTags(
  sha: string,
  tags: VersionTag[],
  facts: ReleaseFacts
): Promise<VersionTag | undefined> {
  for (const tag of tags.filter((t) => t.annotated).slice(0, MAX_ANNOTATED_LOOKUPS)) {
    if ((await facts.readTaggedCommit(tag.objectSha)) === sha) return tag
  }
  return undefined
}
