import { readFileSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import { ALWAYS_EXCLUDED, isExcluded, isFullyPinned } from './discover-requirements.js'
import type { Finding } from './findings.js'
import { parseBanditJson } from './parse-bandit.js'
import { parsePipAuditJson } from './parse-pip-audit.js'
import { describeLimit, type TimedRunner } from './run-timed.js'

export interface ScanResult {
  findings: Finding[]
  /** Why the tool's verdict cannot be trusted (the gate then fails closed). */
  errors: string[]
  /** Worth saying, not blocking (packages pip-audit skipped, files it resolved). */
  notes: string[]
  /** Requirements files pip-audit resolved with pip (not fully pinned). */
  resolved?: string[]
}

export interface ScannerContext {
  /** Runs a scanner, killing it past `timeoutMs`. */
  run: TimedRunner
  timeoutMs: number
  workspace: string
  /** The executable to run for each tool (found on PATH, or installed). */
  banditCommand: string
  pipAuditCommand: string
}

/**
 * One bandit run over `target`; exit 1 means findings, so exit 1 with none listed (or anything
 * unreadable, or a run past the time limit) is an error.
 */
export async function runBandit(
  target: string,
  exclude: string[],
  context: ScannerContext
): Promise<ScanResult> {
  // bandit 1.6 matches -x entries as substrings of paths; `/name/` keeps them to whole folders.
  const excluded = [...ALWAYS_EXCLUDED.map((name) => `/${name}/`), ...exclude].join(',')
  const args = ['-r', target, '-f', 'json', '-q', '-x', excluded]
  const result = await context.run(context.banditCommand, args, {
    cwd: context.workspace,
    timeoutMs: context.timeoutMs
  })
  if (result.timedOut) return failed(timedOut('bandit', context.timeoutMs))
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return failed(`bandit exited with ${result.exitCode}: ${lastLines(result.stderr)}`)
  }
  let report
  try {
    report = parseBanditJson(result.stdout)
  } catch (error) {
    return failed(
      `bandit left no readable report (${errorMessage(error)}): ${lastLines(result.stderr)}`
    )
  }
  if (result.exitCode === 1 && report.findings.length === 0) {
    return failed(
      `bandit exited with 1 (findings) but its report lists no results: ${lastLines(result.stderr)}`
    )
  }
  const findings = report.findings.filter((f) => !isExcluded(f.file, exclude))
  const errors = report.errors
    .filter((e) => !isExcluded(e.file, exclude))
    .map((e) => `bandit could not scan ${e.file}: ${e.reason}`)
  return { findings, errors, notes: [] }
}

/**
 * One pip-audit run for one requirements file; exit 1 with a report means findings. A file
 * that is not fully pinned is resolved by pip, which runs the build code (setup.py) of what it
 * names: the result lists it in `resolved` and says so in a note, whatever the run's outcome.
 */
export async function runPipAudit(file: string, context: ScannerContext): Promise<ScanResult> {
  const requirements = readFileSync(path.join(context.workspace, file), 'utf8')
  const args = ['-r', file, '-f', 'json', '--progress-spinner', 'off']
  const pinned = isFullyPinned(requirements)
  if (pinned) args.push('--no-deps', '--disable-pip')
  const resolution = pinned ? {} : { resolved: [file], notes: [resolvedNote(file)] }
  const result = await context.run(context.pipAuditCommand, args, {
    cwd: context.workspace,
    timeoutMs: context.timeoutMs
  })
  const fail = (message: string): ScanResult => ({ ...failed(message), ...resolution })
  if (result.timedOut) return fail(timedOut(`pip-audit ${file}`, context.timeoutMs))
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return fail(`pip-audit ${file} exited with ${result.exitCode}: ${lastLines(result.stderr)}`)
  }
  try {
    const report = parsePipAuditJson(result.stdout, file, requirements)
    return {
      findings: report.findings,
      errors: [],
      resolved: resolution.resolved,
      notes: [
        ...(resolution.notes ?? []),
        ...report.skipped.map((s) => `pip-audit skipped ${s.name} in ${file}: ${s.reason}`)
      ]
    }
  } catch {
    // pip-audit exits 1 both for findings and for fatal errors: only a report tells them apart.
    return fail(
      `pip-audit ${file} exited with ${result.exitCode} and no JSON report: ${lastLines(result.stderr)}`
    )
  }
}

/** Why a requirements file was resolved, for the summary's and the report's notes. */
export function resolvedNote(file: string): string {
  return `${file} is not fully pinned (\`==\` or hashes on every line), so pip-audit resolved it with pip, which runs the build code (setup.py) of what it names`
}

function failed(message: string): ScanResult {
  return { findings: [], errors: [message], notes: [] }
}

function timedOut(what: string, timeoutMs: number): string {
  return `${what} ran past ${describeLimit(timeoutMs)} and was stopped`
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || '(nothing on stderr)'
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
