import os from 'node:os'
import path from 'node:path'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { applyAllowlist, type AllowlistEntry } from './allowlist.js'
import { discoverRequirements } from './discover-requirements.js'
import { compareLevels, type Finding } from './findings.js'
import type { SecurityGateInputs } from './inputs.js'
import type { Tool } from './install-tools.js'
import { locateTools } from './locate-tools.js'
import { mapWithConcurrency, runBandit, runPipAudit, type ScanResult } from './run-scanners.js'
import type { TimedRunner } from './run-timed.js'
import { selectFiles } from './select-files.js'
import {
  resolveAllowlistPolicy,
  type AllowlistPolicy,
  type PullRequestEvent
} from './trusted-allowlist.js'

export interface GateResult {
  outcome: 'pass' | 'fail' | 'error'
  findings: Finding[]
  errors: string[]
  notes: string[]
  stale: AllowlistEntry[]
  /** Where the trusted allowlist came from, and what the pull request proposed. */
  allowlist: AllowlistPolicy
  requirements: string[]
  /** The requirements files pip-audit resolved with pip: not fully pinned. */
  resolved: string[]
  tools: { name: string; version: string }[]
  /**
   * How the files were chosen: `git` (the tracked files) or `walk` (no git work tree: the folders,
   * minus the virtualenv and cache folder names), and the tracked links left unread.
   */
  files: { source: 'git' | 'walk'; skippedLinks: string[] }
}

export interface GateContext {
  run: CommandRunner
  /** Runs bandit and pip-audit, killing a run past `timeoutMs`. */
  runScanner: TimedRunner
  /** The limit for each scanner run (`timeout-minutes`). */
  timeoutMs: number
  tempDir: string
  today: string
  log: (message: string) => void
  /** pip-audit runs at once (network-bound, so more than the cores). */
  parallel: number
  /** The pull request that triggered the run; undefined on `push` and other events. */
  event: PullRequestEvent | undefined
}

export async function runSecurityGate(
  inputs: SecurityGateInputs,
  context: GateContext
): Promise<GateResult> {
  // Before the scanners run: a malformed entry is a ConfigurationError, and nothing runs.
  const policy = await resolveAllowlistPolicy({
    file: inputs.allowlist,
    name: path.relative(inputs.workspace, inputs.allowlistPath) || inputs.allowlistPath,
    event: context.event,
    exceptionLabel: inputs.exceptionLabel,
    today: context.today,
    run: context.run,
    timeoutMs: context.timeoutMs
  })
  const wanted: Tool[] = [
    ...(inputs.bandit ? ['bandit' as const] : []),
    ...(inputs.pipAudit ? ['pip-audit' as const] : [])
  ]
  const located = await locateTools(wanted, inputs.installTools, context)
  const commands = located.commands

  const selection = await selectFiles(inputs.root, inputs.workspace, inputs.exclude, context)
  const scans: ScanResult[] = [
    { findings: [], errors: located.errors, notes: located.notes },
    { findings: [], errors: selection.errors, notes: selection.notes }
  ]
  const scanner = {
    run: context.runScanner,
    timeoutMs: context.timeoutMs,
    workspace: inputs.workspace,
    banditCommand: commands.bandit ?? 'bandit',
    pipAuditCommand: commands['pip-audit'] ?? 'pip-audit',
    banditParallel: Math.max(1, Math.min(4, os.availableParallelism()))
  }
  const tracked = selection.source === 'git'
  // The files to scan are unknown (git failed in a work tree): nothing runs, the gate fails closed.
  const runnable = selection.errors.length === 0
  const requirements =
    inputs.pipAudit && runnable
      ? discoverRequirements(
          inputs.root,
          inputs.workspace,
          inputs.requirements,
          inputs.exclude,
          tracked ? selection.requirements : undefined
        )
      : []
  for (const tool of wanted) {
    const command = commands[tool]
    if (!command || !runnable) continue
    if (tool === 'bandit')
      scans.push(
        await runBandit(
          tracked
            ? { kind: 'files', files: selection.python }
            : { kind: 'tree', path: inputs.path },
          inputs.exclude,
          scanner
        )
      )
    else
      scans.push(
        ...(await mapWithConcurrency(requirements, context.parallel, (file) =>
          runPipAudit(file, scanner)
        ))
      )
  }

  const classified = scans.flatMap((s) => s.findings).map((f) => classify(f, inputs))
  const allowed = applyAllowlist(classified, policy.counted, context.today, {
    entries: policy.pending,
    exceptionLabel: policy.exceptionLabel
  })
  const errors = [...policy.errors, ...scans.flatMap((s) => s.errors)]
  const findings = sortBySeverity(allowed.findings)
  const outcome =
    errors.length > 0 ? 'error' : findings.some((f) => f.state === 'blocking') ? 'fail' : 'pass'
  return {
    outcome,
    findings,
    errors,
    notes: [...policy.notes, ...scans.flatMap((s) => s.notes)],
    stale: allowed.stale,
    allowlist: policy,
    requirements,
    resolved: scans.flatMap((s) => s.resolved ?? []),
    tools: located.versions,
    files: { source: selection.source, skippedLinks: selection.skippedLinks }
  }
}

/**
 * Bandit findings below either threshold do not block; every vulnerability does. A finding a
 * `# nosec` comment suppresses is `suppressed` (never blocking, the allowlist not applied) with
 * `nosec: report`, and classified like any other with `nosec: ignore`.
 */
export function classify(
  finding: Finding,
  inputs: Pick<SecurityGateInputs, 'severityThreshold' | 'confidenceThreshold' | 'nosec'>
): Finding {
  if (finding.tool !== 'bandit') return finding
  if (finding.nosec && inputs.nosec === 'report') {
    return { ...finding, state: 'suppressed', note: 'suppressed in the source by # nosec' }
  }
  const blocks =
    compareLevels(finding.severity, inputs.severityThreshold) >= 0 &&
    compareLevels(finding.confidence, inputs.confidenceThreshold) >= 0
  return {
    ...finding,
    state: blocks ? 'blocking' : 'below-threshold',
    ...(finding.nosec ? { note: '# nosec is not honoured with nosec: ignore' } : {})
  }
}

const STATE_ORDER = { blocking: 0, allowed: 1, suppressed: 2, 'below-threshold': 3 }

export function sortBySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      compareLevels(b.severity, a.severity) ||
      compareLevels(b.confidence, a.confidence) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line
  )
}
