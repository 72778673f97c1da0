import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { formatFailure } from '../../../src/lib/errors.js'
import type { GitHubDeps } from '../../../src/lib/github-client.js'
import { loadGitHubClient } from '../../../src/lib/load-github-client.js'
import { parseRepository } from '../../../src/lib/parse-repository.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import { readSyncBranchesInputs } from './inputs.js'
import { renderSyncSummary } from './render-summary.js'
import { findStepFailure, syncBranches } from './sync-branches.js'
import type { TargetResult } from './sync-target.js'

export type SyncBranchesDeps = ActionDeps & GitHubDeps

export async function run(
  deps: SyncBranchesDeps = { ...defaultActionDeps, createClient: loadGitHubClient }
): Promise<void> {
  try {
    const inputs = readSyncBranchesInputs(createInputReader(deps.inputs))
    const repository = parseRepository(deps.env.GITHUB_REPOSITORY)
    const outcome = await syncBranches(
      inputs,
      await deps.createClient({ token: inputs.token }),
      repository,
      deps.env.GITHUB_SERVER_URL || 'https://github.com'
    )
    for (const r of outcome.results) deps.info(`${r.target}: ${r.status} (${r.reason})`)
    setOutputs(formatSyncOutputs(outcome.results), deps.setOutput)
    await deps.writeSummary(renderSyncSummary(inputs, outcome))
    const failure = findStepFailure(outcome.results)
    if (failure) deps.setFailed(`sync-branches: ${failure}`)
  } catch (error) {
    deps.setFailed(formatFailure('sync-branches', error))
  }
}

export function formatSyncOutputs(results: TargetResult[]) {
  return {
    results: results.map((r) => ({
      target: r.target,
      status: r.status,
      sha: r.sha ?? null,
      'pull-request': r.pullRequest?.number ?? null,
      reason: r.reason
    })),
    updated: results
      .filter((r) => r.status === 'fast-forwarded' || r.status === 'merged')

      .map((r) => r.target),
    conflicts: results.filter((r) => r.status === 'pull-request').map((r) => r.target),
    notice: renderSyncNotice(results)
  }
}

const NEEDS_A_HAND: Partial<Record<TargetResult['status'], string>> = {
  'pull-request': 'not merged',
  skipped: 'not merged (on-conflict: skip)',
  missing: 'no such branch',
  failed: 'failed'
}

/**
 * One line per target that did not take the source, for a Slack notice (`[text](url)` links):
 * empty when every target is up to date.
 */
export function renderSyncNotice(results: TargetResult[]): string {
  return results
    .filter((r) => NEEDS_A_HAND[r.status])
    .map((r) => {
      const pull = r.pullRequest
        ? `: resolve it in [pull request #${r.pullRequest.number}](${r.pullRequest.url})`
        : ''
      return `• ${r.target}: ${NEEDS_A_HAND[r.status]} (${r.reason})${pull}`
    })
    .join('\n')
}
