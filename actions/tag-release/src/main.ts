import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { formatFailure } from '../../../src/lib/errors.js'
import type { GitHubDeps } from '../../../src/lib/github-client.js'
import { loadGitHubClient } from '../../../src/lib/load-github-client.js'
import { parseRepository } from '../../../src/lib/parse-repository.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import { readTagReleaseInputs } from './inputs.js'
import { renderTagReleaseSummary } from './render-summary.js'
import { runTagRelease, type TagReleaseResult } from './tag-release.js'
import { describeBump } from './versions.js'

export type TagReleaseDeps = ActionDeps & GitHubDeps

export async function run(
  deps: TagReleaseDeps = { ...defaultActionDeps, createClient: loadGitHubClient }
): Promise<void> {
  try {
    const inputs = readTagReleaseInputs(createInputReader(deps.inputs), deps.env.GITHUB_SHA ?? '')
    const repository = parseRepository(deps.env.GITHUB_REPOSITORY)
    const result = await runTagRelease(inputs, {
      client: await deps.createClient({ token: inputs.token }),
      repository,
      serverUrl: deps.env.GITHUB_SERVER_URL || 'https://github.com',
      log: deps.warning
    })
    for (const line of result.actions) deps.info(line)
    setOutputs(formatTagReleaseOutputs(result), deps.setOutput)
    await deps.writeSummary(renderTagReleaseSummary(result, inputs.dryRun))
    if (result.failure !== undefined) deps.setFailed(formatFailure('tag-release', result.failure))
  } catch (error) {
    deps.setFailed(formatFailure('tag-release', error))
  }
}

export function formatTagReleaseOutputs(result: TagReleaseResult) {
  const { plan } = result
  const version = plan.kind === 'skip' ? '' : plan.version
  const bump =
    plan.kind === 'release'
      ? plan.decision.bump
      : plan.kind === 'tagged'
        ? describeBump(plan.previous?.version, plan.version)
        : 'none'
  return {
    version,
    tag: plan.kind === 'skip' ? '' : plan.tag,
    'previous-version': plan.previous?.version ?? '',
    'previous-tag': plan.previous?.name ?? '',
    bump,
    created: result.created,
    'release-id': result.release?.id,
    'release-url': result.release?.url,
    notes: result.notes?.body,
    'pull-request': plan.pullRequest?.number,
    latest: plan.latest
  }
}
