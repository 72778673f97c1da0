import { normalizePath } from './glob.js'
import { toLevel, type Finding } from './findings.js'

export interface BanditReport {
  findings: Finding[]
  /** Files bandit could not scan: the gate fails closed on them. */
  errors: { file: string; reason: string }[]
  /**
   * What bandit left out for `# nosec` comments, from its metrics: `nosec` counts lines with a
   * bare `# nosec`, `skipped_tests` the tests a `# nosec B602` named. `files` are those with
   * either above 0 (their findings appear with `--ignore-nosec`).
   */
  suppressed: { total: number; files: string[] }
}

interface BanditResult {
  code?: string
  col_offset?: number
  end_col_offset?: number
  filename?: string
  issue_confidence?: string
  issue_cwe?: { id?: number }
  issue_severity?: string
  issue_text?: string
  line_number?: number
  line_range?: number[]
  more_info?: string
  test_id?: string
  test_name?: string
}

/**
 * Reads `bandit -f json` from 1.6.2 (no `issue_cwe`, no `col_offset`) to 1.9.x. Throws when the
 * text is not a bandit report, which the gate treats as a tool error.
 */
export function parseBanditJson(text: string): BanditReport {
  const data = JSON.parse(text) as { results?: unknown; errors?: unknown; metrics?: unknown }
  if (!Array.isArray(data.results) || !Array.isArray(data.errors)) {
    throw new Error('bandit output has no "results" and "errors" lists')
  }
  return {
    findings: (data.results as BanditResult[]).map(toFinding),
    errors: (data.errors as { filename?: string; reason?: string }[]).map((e) => ({
      file: normalizePath(e.filename ?? ''),
      reason: e.reason ?? 'unknown error'
    })),
    suppressed: readSuppressed(data.metrics)
  }
}

/** `_totals` and the per-file entries of bandit's `metrics` (absent or malformed: nothing). */
function readSuppressed(metrics: unknown): BanditReport['suppressed'] {
  const count = (entry: unknown) => {
    const { nosec, skipped_tests } = (entry ?? {}) as { nosec?: unknown; skipped_tests?: unknown }
    return (
      (typeof nosec === 'number' && nosec > 0 ? nosec : 0) +
      (typeof skipped_tests === 'number' && skipped_tests > 0 ? skipped_tests : 0)
    )
  }
  if (typeof metrics !== 'object' || metrics === null) return { total: 0, files: [] }
  const entries = Object.entries(metrics as Record<string, unknown>)
  const files = entries
    .filter(([name, entry]) => name !== '_totals' && count(entry) > 0)
    .map(([name]) => normalizePath(name))
  const totals = (metrics as Record<string, unknown>)._totals
  return { total: Math.max(count(totals), files.length), files: files.sort() }
}

function toFinding(result: BanditResult): Finding {
  const line = result.line_number ?? 1
  return {
    tool: 'bandit',
    ruleId: result.test_id ?? 'B000',
    aliases: [],
    ruleName: result.test_name ?? '',
    message: result.issue_text ?? '',
    severity: toLevel(result.issue_severity),
    confidence: toLevel(result.issue_confidence),
    file: normalizePath(result.filename ?? ''),
    line,
    ...banditRegion(result, line),
    snippet: readSnippetLine(result.code ?? '', line),
    package: undefined,
    fixVersions: [],
    moreInfo: result.more_info,
    cwe: result.issue_cwe?.id,
    state: 'blocking',
    note: undefined
  }
}

/**
 * Where a finding starts and ends, from bandit's own fields only: it starts at `line_number`,
 * column `col_offset` (0-based), and ends on the last line of `line_range`, column
 * `end_col_offset` (0-based, exclusive, on that end line, like Python's AST). SARIF counts
 * columns from 1. A finding over several lines must not take the end line's column as the first
 * line's. What bandit does not know is left out, never guessed: 1.6 has no columns; bandit's
 * `Issue` defaults are `col_offset` -1 and `end_col_offset` 0 for "unknown"; without a
 * `line_range` there is no end at all; an end before the start is dropped.
 */
export function banditRegion(
  result: Pick<BanditResult, 'col_offset' | 'end_col_offset' | 'line_range'>,
  line: number
): Pick<Finding, 'column' | 'endLine' | 'endColumn'> {
  const column =
    typeof result.col_offset === 'number' && result.col_offset >= 0
      ? result.col_offset + 1
      : undefined
  const range = Array.isArray(result.line_range) ? result.line_range : []
  const last = range[range.length - 1]
  const endLine = typeof last === 'number' && last >= line ? last : undefined
  let endColumn =
    endLine !== undefined && typeof result.end_col_offset === 'number' && result.end_col_offset > 0
      ? result.end_col_offset + 1
      : undefined
  if (endLine === line && endColumn !== undefined && column !== undefined && endColumn < column) {
    endColumn = undefined
  }
  return { column, endLine, endColumn }
}

/** Bandit's `code` is numbered lines ("3     subprocess.call(...)"): the flagged one, unnumbered. */
function readSnippetLine(code: string, line: number): string {
  for (const text of code.split('\n')) {
    const match = /^(\d+) (.*)$/.exec(text)
    if (match && Number(match[1]) === line) return (match[2] ?? '').trim()
  }
  return ''
}
