import { ConfigurationError, hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import type { SyncBranchesInputs } from './inputs.js'
import { syncTarget, type TargetResult } from './sync-target.js'

export interface SyncBranchesResult {
  sourceSha: string
  results: TargetResult[]
}

/**
 * Brings `source` into every target, one after the other. A failing target never stops the rest,
 * except when GitHub refused the token itself (401, or a missing permission): then no target could
 * be written, and the rest are reported as not tried.
 */
export async function syncBranches(
  inputs: SyncBranchesInputs,
  client: GitHubClient,
  repository: Repository,
  serverUrl = 'https://github.com'
): Promise<SyncBranchesResult> {
  const sourceSha = await readSourceSha(inputs.source, client, repository)
  const results: TargetResult[] = []
  for (const target of inputs.targets) {
    const stopped = results.find((r) => r.stopsRun)
    if (stopped) {
      results.push(describeUntried(target, stopped.target))
      continue
    }
    results.push(await syncTarget(target, { client, repository, inputs, sourceSha, serverUrl }))
  }
  return { sourceSha, results }
}

async function readSourceSha(
  source: string,
  client: GitHubClient,
  repository: Repository
): Promise<string> {
  try {
    const { data } = await client.rest.git.getRef({ ...repository, ref: `heads/${source}` })
    return data.object.sha
  } catch (error) {
    if (!hasStatus(error, 404)) throw error
    throw new ConfigurationError(
      `Input "source" is "${source}", but ${repository.owner}/${repository.repo} has no such branch.`,
      'Name an existing branch (the default is main).'
    )
  }
}

function describeUntried(target: string, refusedAt: string): TargetResult {
  return {
    target,
    status: 'failed',
    before: undefined,
    sha: undefined,
    pullRequest: undefined,
    reason: `not tried: GitHub refused the token at ${refusedAt}`
  }
}

/** Why the step must fail, once every target was tried; undefined when it succeeds. */
export function findStepFailure(results: TargetResult[]): string | undefined {
  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length === 0) return undefined
  return `${failed.length} of ${results.length} target(s) failed: ${failed
    .map((r) => `${r.target} (${r.reason})`)
    .join('; ')}`
}
