import { classifyFailure } from '../../../src/lib/classify-failure.js'
import { describeFailure, errorMessage } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import {
  classifyWriteRefusal,
  decideSyncStep,
  mayHaveHappened,
  type CompareStatus
} from './decide-sync.js'
import { ensurePullRequest } from './ensure-pull-request.js'
import { fitPullRequestBody } from './fit-pull-request-body.js'
import { fillTemplate, type SyncBranchesInputs } from './inputs.js'
import { compareWithSource, readBranchSha } from './read-branches.js'

export type TargetStatus =
  'up-to-date' | 'fast-forwarded' | 'merged' | 'pull-request' | 'skipped' | 'missing' | 'failed'

export interface TargetResult {
  target: string
  status: TargetStatus
  /** The target's tip before this run, when known. */
  before: string | undefined
  /** The target's tip after this run (or, in a dry run, what it would be where known). */
  sha: string | undefined
  pullRequest: { number: number; url: string } | undefined
  reason: string
  /** The token itself was refused: every other target would be too, so none is tried. */
  stopsRun?: boolean
}

export interface SyncContext {
  client: GitHubClient
  repository: Repository
  inputs: SyncBranchesInputs
  sourceSha: string
  /** GITHUB_SERVER_URL, for links in pull request bodies. */
  serverUrl: string
}

// A target that moves under us is compared again once; a second move is reported.
const MAX_ATTEMPTS = 2

export async function syncTarget(target: string, context: SyncContext): Promise<TargetResult> {
  const result = (fields: Partial<TargetResult> & Pick<TargetResult, 'status' | 'reason'>) => ({
    target,
    before: undefined,
    sha: undefined,
    pullRequest: undefined,
    ...fields
  })
  const { client, repository, sourceSha } = context
  try {
    for (let attempt = 1; ; attempt++) {
      const comparison = await compareWithSource(client, repository, target, sourceSha)
      if (!comparison) return result({ status: 'missing', reason: `no branch ${target}` })
      const { before, status } = comparison
      const step = decideSyncStep(status)
      if (step === 'up-to-date') {
        return result({
          status: 'up-to-date',
          before,
          sha: before,
          reason: describeUpToDate(status)
        })
      }
      if (context.inputs.mode === 'pull-request') {
        return { ...(await openSourcePullRequest(target, before, context)), target }
      }
      if (context.inputs.dryRun) {
        const verb =
          step === 'fast-forward'
            ? 'fast-forward'
            : 'merge (conflicts are not checked in a dry run)'
        return result({
          status: step === 'fast-forward' ? 'fast-forwarded' : 'merged',
          before,
          sha: step === 'fast-forward' ? context.sourceSha : undefined,
          reason: `dry run: would ${verb}`
        })
      }
      try {
        const sha = await writeStep(step, target, context)
        if (sha) return result({ status: WRITTEN[step], before, sha, reason: REASONS[step] })
        // 204 "nothing to merge": another try of ours may have merged, its answer lost.
        const found = await findLostWrite(step, target, before, context).catch(() => undefined)
        return result(
          found ?? { status: 'up-to-date', before, sha: before, reason: 'already merged' }
        )
      } catch (error) {
        const refusal = classifyWriteRefusal(error)
        if (refusal?.kind === 'moved' && attempt < MAX_ATTEMPTS) continue
        if (refusal?.kind === 'missing')
          return result({ status: 'missing', reason: refusal.reason })
        if (refusal?.kind === 'conflict' || refusal?.kind === 'protected')
          return { ...(await handleRefusal(target, before, refusal.reason, context)), target }
        if (!mayHaveHappened(error)) throw error
        const found = await findLostWrite(step, target, before, context).catch(() => undefined)
        if (!found) throw error
        return result(found)
      }
    }
  } catch (error) {
    const failure = classifyFailure(error)
    const reason = failure.owner === 'bug' ? errorMessage(error) : describeFailure(failure)
    const stopsRun = failure.kind === 'permission' || failure.kind === 'authentication'
    return { ...result({ status: 'failed', reason }), ...(stopsRun && { stopsRun }) }
  }
}

const WRITTEN = { 'fast-forward': 'fast-forwarded', merge: 'merged' } as const
const REASONS = { 'fast-forward': 'target was behind', merge: 'target had its own commits' }

/**
 * Reads the target again after a write whose outcome is unknown (no answer, a 5xx, or a retry
 * finding the work done): what is true now, when the target took the source since `before`.
 */
async function findLostWrite(
  step: 'fast-forward' | 'merge',
  target: string,
  before: string,
  context: SyncContext
): Promise<Omit<TargetResult, 'target' | 'pullRequest'> | undefined> {
  const { client, repository, sourceSha } = context
  const now = await compareWithSource(client, repository, target, sourceSha)
  if (!now || now.before === before || decideSyncStep(now.status) !== 'up-to-date') return undefined
  const ours =
    step === 'fast-forward'
      ? now.before === sourceSha
      : now.parents.length === 2 && now.parents[0] === before && now.parents[1] === sourceSha
  if (!ours) {
    const reason = 'already contains the source (the branch moved while syncing)'
    return { status: 'up-to-date', before, sha: now.before, reason }
  }
  const what = step === 'fast-forward' ? 'moved to the source' : 'has the merge'
  const reason = `${REASONS[step]} (GitHub's answer was lost; read back, the branch ${what})`
  return { status: WRITTEN[step], before, sha: now.before, reason }
}

async function writeStep(step: 'fast-forward' | 'merge', target: string, context: SyncContext) {
  const { client, repository, sourceSha, inputs } = context
  if (step === 'fast-forward') {
    await client.rest.git.updateRef({
      ...repository,
      ref: `heads/${target}`,
      sha: sourceSha,
      force: false
    })
    return sourceSha
  }
  const { data, status } = await client.rest.repos.merge({
    ...repository,
    base: target,
    head: sourceSha,
    commit_message: `Merge ${inputs.source} into ${target}\n\nSynced by the sync-branches action.`
  })
  // 204: the target already has the source (it moved since the comparison).
  return (status as number) === 204 ? undefined : data.sha
}

function describeUpToDate(status: CompareStatus): string {
  return status === 'identical' ? 'same commit as the source' : 'already contains the source'
}

async function handleRefusal(
  target: string,
  before: string,
  reason: string,
  context: SyncContext
): Promise<Omit<TargetResult, 'target'>> {
  const { onConflict, prBranchPrefix, source } = context.inputs
  const base = { before, sha: before, pullRequest: undefined }
  if (onConflict === 'skip')
    return { ...base, status: 'skipped', reason: `${reason} (on-conflict: skip)` }
  if (onConflict === 'fail')
    return { ...base, status: 'failed', reason: `${reason} (on-conflict: fail)` }
  const branch = `${prBranchPrefix}${source}-into-${target}`
  const branchNote = await pointSyncBranch(branch, context)
  const pull = await ensurePullRequest(context.client, context.repository, {
    head: branch,
    base: target,
    ...pullRequestText(target, context)
  })
  if (!pull)
    return { ...base, status: 'up-to-date', reason: `${reason}, but ${branch} adds nothing` }
  return {
    ...base,
    status: 'pull-request',
    pullRequest: { number: pull.number, url: pull.url },
    reason: `${reason}: pull request from ${branch} ${pull.action}${branchNote}`
  }
}

/**
 * Creates the sync branch at the source commit, or moves it there when it can fast-forward.
 * A sync branch with commits of its own (a conflict being resolved) is left as it is.
 */
async function pointSyncBranch(branch: string, context: SyncContext): Promise<string> {
  const { client, repository, sourceSha } = context
  let current = await readBranchSha(client, repository, branch)
  if (current === sourceSha) return ''
  if (current === undefined) {
    try {
      await client.rest.git.createRef({
        ...repository,
        ref: `refs/heads/${branch}`,
        sha: sourceSha
      })
      return `; created ${branch}`
    } catch (error) {
      // "Reference already exists" on a retry: our first try may have made it, its answer lost.
      current = await rereadAfter(error, branch, context)
      if (current === sourceSha) return `; created ${branch}`
      if (current === undefined) throw error
    }
  }
  try {
    await client.rest.git.updateRef({
      ...repository,
      ref: `heads/${branch}`,
      sha: sourceSha,
      force: false
    })
    return `; moved ${branch} to the source`
  } catch (error) {
    if (classifyWriteRefusal(error)?.kind === 'moved')
      return `; ${branch} has commits of its own and was left as it is`
    if ((await rereadAfter(error, branch, context)) !== sourceSha) throw error
    return `; moved ${branch} to the source`
  }
}

/** Where `branch` points after a failed write that may have happened; else throws `error`. */
async function rereadAfter(error: unknown, branch: string, context: SyncContext) {
  if (!mayHaveHappened(error)) throw error
  try {
    return await readBranchSha(context.client, context.repository, branch)
  } catch {
    throw error
  }
}

async function openSourcePullRequest(
  target: string,
  before: string,
  context: SyncContext
): Promise<Omit<TargetResult, 'target'>> {
  const { source, dryRun } = context.inputs
  const base = { before, sha: before }
  if (dryRun) {
    return {
      ...base,
      status: 'pull-request',
      pullRequest: undefined,
      reason: `dry run: would open or update the pull request from ${source}`
    }
  }
  const pull = await ensurePullRequest(context.client, context.repository, {
    head: source,
    base: target,
    ...pullRequestText(target, context),
    updateOnly: context.inputs.updateOnly
  })
  if (pull?.action === 'none open') {
    return {
      ...base,
      status: 'skipped',
      pullRequest: undefined,
      reason: `update-only: no open pull request from ${source} to update`
    }
  }
  if (!pull)
    return {
      ...base,
      status: 'up-to-date',
      pullRequest: undefined,
      reason: `${source} adds nothing to ${target}`
    }
  return {
    ...base,
    status: 'pull-request',
    pullRequest: { number: pull.number, url: pull.url },
    reason: `pull request from ${source} ${pull.action}`
  }
}

function pullRequestText(target: string, context: SyncContext) {
  const { prTitle, prBody, prLabels, source } = context.inputs
  const { owner, repo } = context.repository
  const compareUrl = `${context.serverUrl}/${owner}/${repo}/compare/${target}...${source}`
  return {
    title: fillTemplate(prTitle, source, target),
    body: fitPullRequestBody(fillTemplate(prBody, source, target), compareUrl),
    labels: prLabels
  }
}
