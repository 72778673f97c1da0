import major from 'semver/functions/major.js'
import prerelease from 'semver/functions/prerelease.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import { createGitHubReleaseFacts } from './github-release-facts.js'
import type { TagReleaseInputs } from './inputs.js'
import { planRelease, type ReleasePlan } from './plan-release.js'
import {
  createRelease,
  createVersionTag,
  findRelease,
  moveMajorTag,
  type PublishedRelease
} from './publish-release.js'
import { generateNotes, type Notes } from './release-notes.js'

export interface TagReleaseContext {
  client: GitHubClient
  repository: Repository
  serverUrl: string
  log: (message: string) => void
}

export interface TagReleaseResult {
  plan: ReleasePlan
  created: boolean
  notes: Notes | undefined
  release: PublishedRelease | undefined
  /** What this run did, or would do in a dry run, in order. */
  actions: string[]
  majorTag: string | undefined
  /**
   * What went wrong after the tag was created: the step still fails, but the outputs name the
   * tag, so later jobs (sync, the notice) know a version exists and a rerun finishes the rest.
   */
  failure?: unknown
}

// Each lost race means another version was just taken; a few rounds settle any realistic burst.
const MAX_RACE_ROUNDS = 5

export async function runTagRelease(
  inputs: TagReleaseInputs,
  context: TagReleaseContext
): Promise<TagReleaseResult> {
  const facts = createGitHubReleaseFacts(context.client, context.repository)
  for (let round = 1; ; round++) {
    const plan = await planRelease(inputs, facts)
    if (plan.kind === 'skip') return emptyResult(plan)
    if (plan.kind === 'tagged') return completeTaggedRelease(plan, inputs, context)
    const raised = plan.announcement?.raisedTo
    if (raised) {
      context.log(
        `#${plan.announcement!.pullRequest} announced v${plan.announcement!.version}, but changes merged since ask for more (${plan.decision.reason}): tagging ${plan.tag}.`
      )
    }

    const notes = await generateNotes(
      context.client,
      context.repository,
      notesRequest(plan, context)
    )
    if (inputs.dryRun) return describeDryRun(plan, inputs, notes)

    const message = inputs.release ? undefined : notes.body || plan.tag
    const outcome = await createVersionTag(
      context.client,
      context.repository,
      plan.tag,
      plan.sha,
      message
    )
    if (outcome === 'created') return finishRelease(plan, inputs, context, notes)
    if (round >= MAX_RACE_ROUNDS) {
      throw new Error(`${plan.tag} was taken by another run ${round} times in a row; giving up.`)
    }
    context.log(`${plan.tag} was just tagged on another commit by another run; computing again.`)
  }
}

async function finishRelease(
  plan: Extract<ReleasePlan, { kind: 'release' }>,
  inputs: TagReleaseInputs,
  context: TagReleaseContext,
  notes: Notes
): Promise<TagReleaseResult> {
  const actions = [`created tag ${plan.tag} on ${plan.sha.slice(0, 7)}`]
  const majorTag = floatingTagFor(plan.version, inputs)
  const result: TagReleaseResult = {
    plan,
    created: true,
    notes,
    release: undefined,
    actions,
    majorTag
  }
  try {
    if (majorTag) {
      await moveMajorTag(context.client, context.repository, majorTag, plan.sha)
      actions.push(`moved ${majorTag} to ${plan.sha.slice(0, 7)}`)
    }
    if (inputs.release) {
      result.release = await createRelease(
        context.client,
        context.repository,
        releaseFields(plan, inputs, notes)
      )
      actions.push(`created ${inputs.draft ? 'draft ' : ''}Release ${plan.tag}`)
    }
  } catch (error) {
    result.failure = error
    actions.push(`stopped after the tag: a rerun of this workflow creates what is missing`)
  }
  return result
}

async function completeTaggedRelease(
  plan: Extract<ReleasePlan, { kind: 'tagged' }>,
  inputs: TagReleaseInputs,
  context: TagReleaseContext
): Promise<TagReleaseResult> {
  const actions = [`${plan.sha.slice(0, 7)} already carries ${plan.tag}: no new tag`]
  if (!inputs.release)
    return {
      plan,
      created: false,
      notes: undefined,
      release: undefined,
      actions,
      majorTag: undefined
    }
  let release = await findRelease(context.client, context.repository, plan.tag)
  let notes: Notes | undefined = release && { name: plan.tag, body: release.body, source: 'github' }
  if (!release) {
    notes = await generateNotes(context.client, context.repository, notesRequest(plan, context))
    if (inputs.dryRun) {
      actions.push(`would create the missing Release ${plan.tag}`)
    } else {
      try {
        release = await createRelease(
          context.client,
          context.repository,
          releaseFields(plan, inputs, notes)
        )
      } catch (error) {
        return {
          plan,
          created: false,
          notes,
          release,
          actions,
          majorTag: undefined,
          failure: error
        }
      }
      actions.push(`created the missing Release ${plan.tag} (an earlier run stopped after the tag)`)
    }
  }
  return { plan, created: false, notes, release, actions, majorTag: undefined }
}

function describeDryRun(
  plan: Extract<ReleasePlan, { kind: 'release' }>,
  inputs: TagReleaseInputs,
  notes: Notes
): TagReleaseResult {
  const majorTag = floatingTagFor(plan.version, inputs)
  const actions = [
    `would create tag ${plan.tag} on ${plan.sha.slice(0, 7)}`,
    ...(majorTag ? [`would move ${majorTag} to ${plan.sha.slice(0, 7)}`] : []),
    ...(inputs.release ? [`would create ${inputs.draft ? 'draft ' : ''}Release ${plan.tag}`] : [])
  ]
  return { plan, created: false, notes, release: undefined, actions, majorTag }
}

function emptyResult(plan: ReleasePlan): TagReleaseResult {
  return {
    plan,
    created: false,
    notes: undefined,
    release: undefined,
    actions: [],
    majorTag: undefined
  }
}

function floatingTagFor(version: string, inputs: TagReleaseInputs): string | undefined {
  if (!inputs.majorTag || prerelease(version)) return undefined
  return `${inputs.tagPrefix}${major(version)}`
}

function releaseFields(
  plan: { tag: string; sha: string; version: string },
  inputs: TagReleaseInputs,
  notes: Notes
) {
  return {
    tag: plan.tag,
    sha: plan.sha,
    name: notes.name || plan.tag,
    body: notes.body,
    draft: inputs.draft,
    prerelease: prerelease(plan.version) !== null
  }
}

function notesRequest(
  plan: { tag: string; sha: string; previous?: { name: string }; commits: ReleasePlan['commits'] },
  context: TagReleaseContext
) {
  const previousTag = plan.previous?.name
  const { owner, repo } = context.repository
  return {
    tag: plan.tag,
    sha: plan.sha,
    previousTag,
    commits: plan.commits,
    compareUrl: previousTag
      ? `${context.serverUrl}/${owner}/${repo}/compare/${previousTag}...${plan.tag}`
      : undefined
  }
}
