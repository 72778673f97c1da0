import * as core from '@actions/core'
import { formatFailure } from '../../../src/lib/errors.js'
import { createGitHubClient, parseRepository } from '../../../src/lib/github-client.js'
import { actionInputSource, createInputReader, type InputSource } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import { writeJobSummary, type SummaryWriter } from '../../../src/lib/summary.js'
import { readTagReleaseInputs } from './inputs.js'
import { renderTagReleaseSummary } from './render-summary.js'
import { runTagRelease, type TagReleaseResult } from './tag-release.js'
import { describeBump } from './versions.js'

export interface TagReleaseDeps {
  inputs: InputSource
  env: NodeJS.ProcessEnv
  createClient: typeof createGitHubClient
  setOutput: (name: string, value: string) => void
  setFailed: (message: string) => void
  info: (message: string) => void
  warning: (message: string) => void
  writeSummary: SummaryWriter
}

const defaultDeps: TagReleaseDeps = {
  inputs: actionInputSource,
  env: process.env,
  createClient: createGitHubClient,
  setOutput: core.setOutput,
  setFailed: core.setFailed,
  info: core.info,
  warning: core.warning,
  writeSummary: writeJobSummary
}

export async function run(deps: TagReleaseDeps = defaultDeps): Promise<void> {
  try {
    const inputs = readTagReleaseInputs(createInputReader(deps.inputs), deps.env.GITHUB_SHA ?? '')
    const repository = parseRepository(deps.env.GITHUB_REPOSITORY)
    const result = await runTagRelease(inputs, {
      client: deps.createClient({ token: inputs.token }),
      repository,
      serverUrl: deps.env.GITHUB_SERVER_URL || 'https://github.com',
      log: deps.warning
    })
    for (const line of result.actions) deps.info(line)
    setOutputs(formatTagReleaseOutputs(result), deps.setOutput)
    await deps.writeSummary(renderTagReleaseSummary(result, inputs.dryRun))
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
    'pull-request': plan.pullRequest?.number
  }
}
