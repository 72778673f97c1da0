import { createHash } from 'node:crypto'
import type { Log, ReportingDescriptor, Region, Result, Run } from 'sarif'
import { compareLevels, type Finding, type Level } from './findings.js'

/**
 * SARIF 2.1.0 with one run per tool, ready for github/codeql-action/upload-sarif. Fingerprints
 * hash what identifies a finding but not its line number, so moved code keeps its alert.
 */
export function buildSarif(findings: Finding[], tools: { name: string; version: string }[]): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: tools.map((tool) =>
      buildRun(
        tool,
        findings.filter((f) => f.tool === tool.name)
      )
    )
  }
}

/**
 * GitHub code scanning ranks alerts by `security-severity` (0.1–3.9 low, 4.0–6.9 medium,
 * 7.0–8.9 high, 9.0+ critical). bandit's severity maps to: HIGH → "8.0", MEDIUM → "5.5",
 * LOW → "3.0"; UNDEFINED is ranked as LOW, never hidden. A rule takes its most severe finding's
 * value (bandit rates each finding: B324 is HIGH for md5, MEDIUM for others). pip-audit gives no
 * severity: every known vulnerability is "7.0" (high), since each one blocks.
 */
export const SECURITY_SEVERITY: Record<Level, string> = {
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '3.0',
  UNDEFINED: '3.0'
}
const PIP_AUDIT_SECURITY_SEVERITY = '7.0'

function buildRun(tool: { name: string; version: string }, findings: Finding[]): Run {
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f])
  const ruleIds = [...byRule.keys()]
  const prints = fingerprints(findings)
  const informationUri =
    tool.name === 'bandit'
      ? 'https://bandit.readthedocs.io/'
      : 'https://pypi.org/project/pip-audit/'
  return {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        informationUri,
        rules: [...byRule.values()].map((group) => buildRule(group, informationUri))
      }
    },
    results: findings.map((f, i) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: LEVEL[f.state],
      message: { text: describe(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file },
            region: region(f)
          }
        }
      ],
      partialFingerprints: { 'securityGate/v1': prints[i] as string },
      properties: { severity: f.severity, confidence: f.confidence, state: f.state },
      ...suppressions(f)
    }))
  }
}

const LEVEL: Record<Finding['state'], 'error' | 'warning' | 'note'> = {
  blocking: 'error',
  allowed: 'note',
  suppressed: 'note',
  'below-threshold': 'warning'
}

/**
 * SARIF 2.1.0 §3.35: an allowlisted finding is suppressed `external`ly (the allowlist file), a
 * `# nosec` one `inSource`; code scanning shows both as dismissed. With `nosec: ignore` a `# nosec`
 * finding is a finding like any other, with no suppression.
 */
function suppressions(f: Finding): Pick<Result, 'suppressions'> {
  if (f.state === 'allowed')
    return { suppressions: [{ kind: 'external', justification: f.note ?? '' }] }
  if (f.state === 'suppressed')
    return { suppressions: [{ kind: 'inSource', justification: 'a # nosec comment on the line' }] }
  return {}
}

/** One rule from all of its findings in the run (`group` is never empty). */
function buildRule(group: Finding[], informationUri: string): ReportingDescriptor {
  const f = group[0] as Finding
  const helpUri = f.moreInfo || informationUri
  const severity =
    f.tool === 'pip-audit'
      ? PIP_AUDIT_SECURITY_SEVERITY
      : SECURITY_SEVERITY[
          group.map((g) => g.severity).reduce((a, b) => (compareLevels(a, b) >= 0 ? a : b))
        ]
  const short = f.tool === 'bandit' ? f.ruleName || f.ruleId : `${f.ruleId} in ${f.ruleName}`
  const full =
    f.tool === 'bandit'
      ? `${f.ruleId} ${f.ruleName}: ${f.message}`.trim()
      : `${f.ruleId} in ${f.ruleName}${f.aliases.length > 0 ? ` (${f.aliases.join(', ')})` : ''}: ${f.message || 'a known vulnerability'}`
  const docs = f.tool === 'bandit' ? "bandit's documentation" : 'the advisory'
  return {
    id: f.ruleId,
    name: f.ruleName || f.ruleId,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: {
      text: `${full}\nSee ${docs}: ${helpUri}`,
      markdown: `${full}\n\nSee [${docs}](${helpUri}).`
    },
    helpUri,
    properties: {
      tags: ['security', ...(f.cwe ? [`external/cwe/cwe-${f.cwe}`] : [])],
      'security-severity': severity
    }
  }
}

/**
 * A SARIF region from the finding's own positions (bandit's `line_number`, `col_offset`,
 * `line_range`, `end_col_offset`, see `banditRegion`): `endColumn` belongs to `endLine`, so it is
 * only written with it; anything that would end before it starts is left out.
 */
export function region(f: Finding): Region {
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : undefined
  const endColumn =
    endLine !== undefined &&
    f.endColumn !== undefined &&
    f.endColumn >= 1 &&
    !(endLine === f.line && f.column !== undefined && f.endColumn < f.column)
      ? f.endColumn
      : undefined
  return {
    startLine: f.line,
    ...(f.column ? { startColumn: f.column } : {}),
    ...(endLine !== undefined ? { endLine } : {}),
    ...(endColumn !== undefined ? { endColumn } : {})
  }
}

export function describe(f: Finding): string {
  if (f.tool === 'pip-audit') {
    const fix =
      f.fixVersions.length > 0 ? `fixed in ${f.fixVersions.join(', ')}` : 'no fixed version yet'
    return `${f.package?.name} ${f.package?.version} has ${f.ruleId} (${fix}). ${f.message}`.trim()
  }
  return `${f.message} (${f.ruleId}, severity ${f.severity}, confidence ${f.confidence})`
}

/**
 * Fingerprints for a run's findings, in order: a hash of the tool, rule, file, package and the
 * flagged line's content with whitespace runs made one space, plus the occurrence index of that
 * same content among the rule's findings in the file (its first line is 0, the next identical line
 * 1, …). Identical lines in one file so get different fingerprints, and a finding keeps its own
 * when code above it moves. Two findings on the same line share one.
 */
export function fingerprints(findings: Finding[]): string[] {
  const linesOf = new Map<string, Set<number>>()
  const keys = findings.map((f) => identity(f).join('\0'))
  findings.forEach((f, i) => {
    const key = keys[i] as string
    linesOf.set(key, (linesOf.get(key) ?? new Set()).add(f.line))
  })
  return findings.map((f, i) => {
    const lines = [...(linesOf.get(keys[i] as string) ?? [])].sort((a, b) => a - b)
    return fingerprint(f, lines.indexOf(f.line))
  })
}

/** One finding's fingerprint; `occurrence` 0 hashes as before occurrences were counted. */
export function fingerprint(f: Finding, occurrence = 0): string {
  const parts = [...identity(f), ...(occurrence > 0 ? [String(occurrence)] : [])]
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}

function identity(f: Finding): string[] {
  return [
    f.tool,
    f.ruleId,
    f.file,
    f.package?.name ?? '',
    f.package?.version ?? '',
    f.snippet.replace(/\s+/g, ' ').trim()
  ]
}
