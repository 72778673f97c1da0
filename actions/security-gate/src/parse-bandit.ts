import { normalizePath } from './glob.js'
import { toLevel, type Finding } from './findings.js'

export interface BanditReport {
  findings: Finding[]
  /** Files bandit could not scan: the gate fails closed on them. */
  errors: { file: string; reason: string }[]
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
  more_info?: string
  test_id?: string
  test_name?: string
}

/**
 * Reads `bandit -f json` from 1.6.2 (no `issue_cwe`, no `col_offset`) to 1.9.x. Throws when the
 * text is not a bandit report, which the gate treats as a tool error.
 */
export function parseBanditJson(text: string): BanditReport {
  const data = JSON.parse(text) as { results?: unknown; errors?: unknown }
  if (!Array.isArray(data.results) || !Array.isArray(data.errors)) {
    throw new Error('bandit output has no "results" and "errors" lists')
  }
  return {
    findings: (data.results as BanditResult[]).map(toFinding),
    errors: (data.errors as { filename?: string; reason?: string }[]).map((e) => ({
      file: normalizePath(e.filename ?? ''),
      reason: e.reason ?? 'unknown error'
    }))
  }
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
    column: result.col_offset === undefined ? undefined : result.col_offset + 1,
    endColumn: result.end_col_offset === undefined ? undefined : result.end_col_offset + 1,
    snippet: readSnippetLine(result.code ?? '', line),
    package: undefined,
    fixVersions: [],
    moreInfo: result.more_info,
    cwe: result.issue_cwe?.id,
    state: 'blocking',
    note: undefined
  }
}

/** Bandit's `code` is numbered lines ("3     subprocess.call(...)"): the flagged one, unnumbered. */
function readSnippetLine(code: string, line: number): string {
  for (const text of code.split('\n')) {
    const match = /^(\d+) (.*)$/.exec(text)
    if (match && Number(match[1]) === line) return (match[2] ?? '').trim()
  }
  return ''
}
