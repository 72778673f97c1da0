import os from 'node:os'
import path from 'node:path'
import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { formatFailure } from '../../../src/lib/errors.js'
import { runCommand, type CommandRunner } from '../../../src/lib/exec.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { writeOutputFile } from '../../../src/lib/output-paths.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import { readLoadCheckInputs, type LoadCheckInputs } from './inputs.js'
import { failureRatio, round } from './judge-thresholds.js'
import type { LoadCheckRun } from './load-check.js'

export interface LoadCheckDeps extends ActionDeps {
  run: CommandRunner
  findCommand: (name: string) => Promise<string | undefined>
}

const defaultDeps: LoadCheckDeps = {
  ...defaultActionDeps,
  run: runCommand,
  findCommand: async (name) => (await (await import('@actions/io')).which(name, false)) || undefined
}

export async function run(deps: LoadCheckDeps = defaultDeps): Promise<void> {
  try {
    const workspace = deps.env.GITHUB_WORKSPACE || process.cwd()
    const inputs = readLoadCheckInputs(createInputReader(deps.inputs), workspace)
    // Loaded once the inputs are good: a rejected input never pays for them.
    const { runLoadCheck } = await import('./load-check.js')
    const { renderLoadCheckSummary } = await import('./render-summary.js')
    const result = await runLoadCheck(inputs, {
      run: deps.run,
      findCommand: deps.findCommand,
      tempDir: deps.env.RUNNER_TEMP || os.tmpdir(),
      workspace,
      log: deps.info
    })
    const report = writeReport(workspace, inputs, result)
    const total = result.total
    setOutputs(
      {
        outcome: result.outcome,
        requests: total?.requests,
        failures: total?.failures,
        'failure-ratio': total && round(failureRatio(total)),
        'p95-ms': total?.p95Ms,
        'p99-ms': total?.p99Ms,
        rps: total && Math.round(total.rps * 100) / 100,
        breaches: result.breaches,
        report
      },
      deps.setOutput
    )
    await deps.writeSummary(renderLoadCheckSummary(result))
    if (inputs.failOn === 'breach' && result.outcome !== 'pass')
      deps.setFailed(describeOutcome(result))
    else if (result.outcome !== 'pass') deps.warning(describeOutcome(result))
  } catch (error) {
    deps.setOutput('outcome', 'error')
    deps.setFailed(formatFailure('load-check', error))
  }
}

function describeOutcome(result: LoadCheckRun): string {
  if (result.outcome === 'error')
    return `load-check: could not judge the load, so it fails closed: ${result.errors.join('; ')}`
  return `load-check: ${result.breaches.length} limit(s) breached: ${result.breaches
    .map((b) => `${b.metric} of ${b.endpoint} is ${b.actual} (limit ${b.limit})`)
    .join('; ')}`
}

/** The report never holds the host's secrets: names and errors were redacted on the way in. */
function writeReport(workspace: string, inputs: LoadCheckInputs, result: LoadCheckRun): string {
  const report = {
    outcome: result.outcome,
    host: result.host,
    dryRun: result.dryRun,
    locustVersion: result.locustVersion,
    command: result.command,
    settings: {
      locustfile: inputs.locustfile,
      users: inputs.users,
      spawnRate: inputs.spawnRate,
      runTimeSeconds: inputs.runTimeSeconds,
      tags: inputs.tags
    },
    thresholds: {
      maxFailureRatio: inputs.maxFailureRatio,
      maxP95Ms: inputs.maxP95,
      maxP99Ms: inputs.maxP99,
      minRps: inputs.minRps ?? null
    },
    total: result.total ?? null,
    failureRatio: result.total ? round(failureRatio(result.total)) : null,
    breaches: result.breaches,
    errors: result.errors,
    notes: result.notes,
    endpoints: result.endpoints,
    failures: result.failures,
    history: result.history
  }
  writeOutputFile('report', inputs.report, workspace, `${JSON.stringify(report, null, 2)}\n`)
  return path.relative(workspace, path.resolve(workspace, inputs.report)) || inputs.report
}
