import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { formatFailure } from '../../../src/lib/errors.js'
import { runCommand, type CommandRunner } from '../../../src/lib/exec.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import type { Finding } from './findings.js'
import { readSecurityGateInputs } from './inputs.js'
import { resolveOutputPaths, writeOutputFile } from './output-paths.js'
import { renderGateSummary } from './render-summary.js'
import type { TimedRunner } from './run-timed.js'
import { buildSarif, describe } from './sarif.js'
import type { GateResult } from './security-gate.js'

export type Annotate = (
  level: 'error' | 'warning',
  message: string,
  properties: core.AnnotationProperties
) => void

export interface SecurityGateDeps extends ActionDeps {
  run: CommandRunner
  annotate: Annotate
  today: () => string
  runScanner: TimedRunner
  /** A test seam: the scanner limit in ms, instead of `timeout-minutes` (whole minutes only). */
  scannerTimeoutMs?: number
}

const defaultDeps: SecurityGateDeps = {
  ...defaultActionDeps,
  run: runCommand,
  annotate: (level, message, properties) =>
    (level === 'error' ? core.error : core.warning)(message, properties),
  today: () => new Date().toISOString().slice(0, 10),
  runScanner: async (...args) => (await import('./run-timed.js')).runTimed(...args)
}

// GitHub shows ten annotations of each kind per step; the rest are in the summary and report.
const ANNOTATIONS_PER_LEVEL = 10

export async function run(deps: SecurityGateDeps = defaultDeps): Promise<void> {
  try {
    const workspace = deps.env.GITHUB_WORKSPACE || process.cwd()
    const inputs = readSecurityGateInputs(createInputReader(deps.inputs), workspace)
    // Loaded once the inputs are good (the YAML parser among them): a rejected input never pays.
    const { runSecurityGate } = await import('./security-gate.js')
    const { readPullRequestEvent } = await import('./trusted-allowlist.js')
    const result = await runSecurityGate(inputs, {
      run: deps.run,
      runScanner: deps.runScanner,
      timeoutMs: deps.scannerTimeoutMs ?? inputs.timeoutMinutes * 60_000,
      tempDir: deps.env.RUNNER_TEMP || os.tmpdir(),
      today: deps.today(),
      log: deps.info,
      parallel: 8,
      event: readPullRequestEvent(deps.env)
    })
    // Checked again before anything is written: the scan ran in between.
    resolveOutputPaths(inputs, workspace)
    const reportPath = writeJson(workspace, 'report', inputs.report, buildReport(result))
    const sarifPath = writeJson(
      workspace,
      'sarif',
      inputs.sarif,
      buildSarif(result.findings, result.tools)
    )
    annotateFindings(result.findings, deps.annotate)
    for (const entry of result.stale)
      deps.warning(`security-gate: ${entry.label} matched nothing; remove it.`)
    setOutputs(
      {
        outcome: result.outcome,
        blocking: result.findings.filter((f) => f.state === 'blocking').length,
        findings: result.findings.length,
        report: reportPath,
        sarif: sarifPath
      },
      deps.setOutput
    )
    await deps.writeSummary(renderGateSummary(result))
    if (inputs.failOn === 'blocking' && result.outcome !== 'pass')
      deps.setFailed(describeOutcome(result))
  } catch (error) {
    deps.setOutput('outcome', 'error')
    deps.setFailed(formatFailure('security-gate', error))
  }
}

function describeOutcome(result: GateResult): string {
  if (result.outcome === 'error') {
    return `security-gate: the gate fails closed: ${result.errors.join('; ')}`
  }
  const blocking = result.findings.filter((f) => f.state === 'blocking')
  return `security-gate: ${blocking.length} blocking finding(s): ${blocking
    .slice(0, 5)
    .map((f) => `${f.ruleId} in ${f.file}:${f.line}${f.note ? ` (${f.note})` : ''}`)
    .join('; ')}${blocking.length > 5 ? '; …' : ''}`
}

function annotateFindings(findings: Finding[], annotate: Annotate): void {
  const counts = { error: 0, warning: 0 }
  for (const f of findings) {
    const level = f.state === 'blocking' ? 'error' : 'warning'
    if (counts[level]++ >= ANNOTATIONS_PER_LEVEL) continue
    annotate(level, `${describe(f)}${f.note ? ` — ${f.note}` : ''}`, {
      title: `${f.tool} ${f.ruleId}${f.state === 'blocking' ? '' : ` (${f.state})`}`,
      file: f.file,
      startLine: f.line,
      ...(f.column ? { startColumn: f.column } : {})
    })
  }
}

function buildReport(result: GateResult) {
  return {
    outcome: result.outcome,
    blocking: result.findings.filter((f) => f.state === 'blocking').length,
    suppressed: result.findings.filter((f) => f.state === 'suppressed').length,
    files: result.files,
    tools: result.tools,
    requirements: result.requirements,
    resolvedRequirements: result.resolved,
    errors: result.errors,
    notes: result.notes,
    staleAllowlistEntries: result.stale.map((e) => e.label),
    allowlistSource: result.allowlist.source,
    exceptionLabel: {
      name: result.allowlist.exceptionLabel,
      set: result.allowlist.labelled
    },
    proposedAllowlistEntries: result.allowlist.proposed.map(({ entry, change, counted }) => ({
      label: entry.label,
      change,
      id: entry.id,
      ...(entry.path ? { path: entry.path } : {}),
      ...(entry.package ? { package: entry.package } : {}),
      reason: entry.reason,
      expires: entry.expires,
      counted
    })),
    findings: result.findings
  }
}

/** Writes an output file (never through a symbolic link, never outside the workspace). */
function writeJson(workspace: string, input: string, file: string, data: unknown): string {
  writeOutputFile(input, file, workspace, `${JSON.stringify(data, null, 2)}\n`)
  return path.relative(workspace, path.resolve(workspace, file)) || file
}
