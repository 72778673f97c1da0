import { readFileSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import { ALWAYS_EXCLUDED, isExcluded, isFullyPinned } from './discover-requirements.js'
import type { Finding } from './findings.js'
import { parseBanditJson, type BanditReport } from './parse-bandit.js'
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
  /** bandit runs at once over chunks of tracked files (CPU-bound: the cores). */
  banditParallel?: number
}

/** What bandit scans: `path` walked (outside git), or the tracked files given one by one. */
export type BanditTargets = { kind: 'tree'; path: string } | { kind: 'files'; files: string[] }

/** Targets per bandit run: far below ARG_MAX (2 MiB on Linux, with the environment). */
export const CHUNK = { files: 1_000, bytes: 100_000 }

/**
 * bandit over `targets`, with its `# nosec` suppressions made visible: when its metrics say it
 * left something out for a `# nosec` comment, the files concerned are scanned again with
 * `--ignore-nosec`, and the findings only that run has come back with `nosec: true`. Tracked files
 * go in chunks (several runs, `parallel` at once, their reports merged). Exit 1 means findings,
 * so exit 1 with none listed (or anything unreadable, or a run past the time limit) is an error.
 */
export async function runBandit(
  targets: BanditTargets,
  exclude: string[],
  context: ScannerContext
): Promise<ScanResult> {
  if (targets.kind === 'files' && targets.files.length === 0) {
    return { findings: [], errors: [], notes: ['bandit had no tracked Python file to scan.'] }
  }
  const first = await runBanditChunks(
    targets.kind === 'tree' ? [treeArgs(targets.path)] : fileRuns(targets.files, false),
    context
  )
  if ('error' in first) return failed(first.error)
  const findings = [...first.findings]
  const errors = [...first.errors]
  if (first.suppressed.total > 0) {
    // The files bandit's metrics name; should it name none, everything is scanned again.
    const again =
      first.suppressed.files.length > 0
        ? fileRuns(first.suppressed.files, true)
        : targets.kind === 'tree'
          ? [[...treeArgs(targets.path), '--ignore-nosec']]
          : fileRuns(targets.files, true)
    const second = await runBanditChunks(again, context)
    if ('error' in second) return failed(`${second.error} (the run with --ignore-nosec)`)
    findings.push(...onlyIn(second.findings, first.findings).map((f) => ({ ...f, nosec: true })))
    const known = new Set(errors.map((e) => e.file))
    errors.push(...second.errors.filter((e) => !known.has(e.file)))
  }
  // Outside git, bandit's `-x` matches substrings: the folder rule is checked again here.
  const folderNames = targets.kind === 'tree'
  return {
    findings: findings.filter((f) => !isExcluded(f.file, exclude, folderNames)),
    errors: errors
      .filter((e) => !isExcluded(e.file, exclude, folderNames))
      .map((e) => `bandit could not scan ${e.file}: ${e.reason}`),
    notes: []
  }

  function treeArgs(target: string): string[] {
    // bandit 1.6 matches -x entries as substrings of paths; `/name/` keeps them to whole folders.
    const excluded = [...ALWAYS_EXCLUDED.map((name) => `/${name}/`), ...exclude].join(',')
    return ['-r', target, '-f', 'json', '-q', '-x', excluded]
  }
}

/**
 * Runs over explicit files. `-x ''` replaces bandit's default exclusions (`.tox`, `.eggs`, … as
 * substrings of the path), so every file given is scanned; the names come after `--`, so a file
 * named `-r` or `--help.py` is a target, never an option.
 */
function fileRuns(files: string[], ignoreNosec: boolean): string[][] {
  return chunkFiles(files).map((chunk) => [
    '-f',
    'json',
    '-q',
    '-x',
    '',
    ...(ignoreNosec ? ['--ignore-nosec'] : []),
    '--',
    ...chunk
  ])
}

/** `files` in runs of at most CHUNK.files names and CHUNK.bytes bytes of arguments. */
export function chunkFiles(files: string[], limits = CHUNK): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const file of files) {
    const size = Buffer.byteLength(file) + 1
    if (current.length > 0 && (current.length >= limits.files || bytes + size > limits.bytes)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += size
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

type BanditRuns = BanditReport | { error: string }

/** Every run (`parallel` at once), merged; the first failure makes it an error. */
async function runBanditChunks(runs: string[][], context: ScannerContext): Promise<BanditRuns> {
  const reports = await mapWithConcurrency(runs, context.banditParallel ?? 1, (args) =>
    runBanditOnce(args, context)
  )
  const merged: BanditReport = { findings: [], errors: [], suppressed: { total: 0, files: [] } }
  for (const report of reports) {
    if ('error' in report) return report
    merged.findings.push(...report.findings)
    merged.errors.push(...report.errors)
    merged.suppressed.total += report.suppressed.total
    merged.suppressed.files.push(...report.suppressed.files)
  }
  return merged
}

async function runBanditOnce(args: string[], context: ScannerContext): Promise<BanditRuns> {
  const result = await context.run(context.banditCommand, args, {
    cwd: context.workspace,
    timeoutMs: context.timeoutMs
  })
  if (result.timedOut) return { error: timedOut('bandit', context.timeoutMs) }
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    return { error: `bandit exited with ${result.exitCode}: ${lastLines(result.stderr)}` }
  }
  let report
  try {
    report = parseBanditJson(result.stdout)
  } catch (error) {
    return {
      error: `bandit left no readable report (${errorMessage(error)}): ${lastLines(result.stderr)}`
    }
  }
  if (result.exitCode === 1 && report.findings.length === 0) {
    return {
      error: `bandit exited with 1 (findings) but its report lists no results: ${lastLines(result.stderr)}`
    }
  }
  return report
}

/** The findings of `all` that `some` lacks (as many times as `all` has them more often). */
function onlyIn(all: Finding[], some: Finding[]): Finding[] {
  const key = (f: Finding) =>
    [f.file, f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.message].join('\0')
  const counts = new Map<string, number>()
  for (const f of some) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
  return all.filter((f) => {
    const left = counts.get(key(f)) ?? 0
    if (left > 0) counts.set(key(f), left - 1)
    return left === 0
  })
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
  return `${file} is not fully pinned (one \`==\` version, no wildcard, on every requirement), so pip-audit resolved it with pip, which runs the build code (setup.py) of what it names`
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
