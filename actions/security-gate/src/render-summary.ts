import {
  escapeTableCell,
  joinSections,
  renderDetails,
  renderHeading,
  renderTable
} from '../../../src/lib/summary.js'
import { groupOf, type Finding } from './findings.js'
import type { GateResult } from './security-gate.js'
import { describe } from './sarif.js'

const MARK = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '⚠️ error (failing closed)'
}

const FILES = {
  git: 'what is committed (git ls-files)',
  walk: 'not a git work tree, so the folders were walked, leaving out virtualenv and cache folders by name (see Notes)'
}

export function renderGateSummary(result: GateResult): string {
  const blocking = result.findings.filter((f) => f.state === 'blocking')
  const tools = result.tools.map((t) => `${t.name} ${t.version}`).join(', ') || 'none'
  return joinSections(
    renderHeading('security-gate'),
    `**${MARK[result.outcome]}**: ${blocking.length} blocking of ${result.findings.length} finding(s). Tools: ${tools}; ${result.requirements.length} requirements file(s)${renderResolved(result.resolved)}. Files: ${FILES[result.files.source]}.`,
    result.errors.length > 0
      ? `Errors:\n${result.errors.map((e) => `- ${e}`).join('\n')}`
      : undefined,
    renderCounts(result.findings),
    blocking.length > 0
      ? `${renderHeading('Blocking', 4)}\n\n${renderFindings(blocking)}`
      : undefined,
    renderSuppressed(result.findings.filter((f) => f.state === 'suppressed')),
    renderOthers(result.findings.filter((f) => f.state !== 'blocking' && f.state !== 'suppressed')),
    renderProposed(result),
    result.stale.length > 0
      ? `Stale allowlist entries (they matched nothing; remove them):\n${result.stale.map((e) => `- ${e.label}`).join('\n')}`
      : undefined,
    result.notes.length > 0
      ? renderDetails('Notes', result.notes.map((n) => `- ${escapeTableCell(n)}`).join('\n'))
      : undefined
  )
}

/** Requirements files pip resolved ran package build code: named in the headline, not only in the notes. */
function renderResolved(resolved: string[]): string {
  if (resolved.length === 0) return ''
  return `, ${resolved.length} not fully pinned and resolved with pip (package build code ran): ${resolved.map(escapeTableCell).join(', ')}`
}

function renderProposed(result: GateResult): string | undefined {
  const { proposed, exceptionLabel, labelled, source } = result.allowlist
  if (proposed.length === 0) return undefined
  const verdict = labelled
    ? `They count: the pull request carries the \`${exceptionLabel}\` label.`
    : `They do not count until a maintainer reviews them and sets the \`${exceptionLabel}\` label.`
  return [
    renderHeading('Proposed allowlist entries', 4),
    '',
    `Added or changed by this pull request (trusted allowlist: ${source.replace(/^base ([0-9a-f]{7})[0-9a-f]+$/, 'base $1')}). ${verdict}`,
    '',
    renderTable(
      ['entry', 'id', 'where', 'expires', 'reason', 'counted'],
      proposed.map(({ entry, change, counted }) => [
        `${entry.label} (${change})`,
        entry.id,
        entry.path ?? (entry.package ? `package ${entry.package}` : 'anywhere'),
        entry.expires,
        entry.reason,
        counted ? 'yes' : 'no'
      ])
    )
  ].join('\n')
}

function renderCounts(findings: Finding[]): string | undefined {
  if (findings.length === 0) return undefined
  const groups = new Map<string, Record<Finding['state'], number>>()
  for (const f of findings) {
    const counts = groups.get(groupOf(f.file)) ?? {
      blocking: 0,
      allowed: 0,
      suppressed: 0,
      'below-threshold': 0
    }
    counts[f.state]++
    groups.set(groupOf(f.file), counts)
  }
  return renderTable(
    ['operator', 'blocking', 'allowed', 'suppressed (# nosec)', 'below threshold'],
    [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, c]) => [
        name,
        String(c.blocking),
        String(c.allowed),
        String(c.suppressed),
        String(c['below-threshold'])
      ])
  )
}

function renderFindings(findings: Finding[]): string {
  return renderTable(
    ['where', 'what', 'fix'],
    findings.map((f) => [
      `${f.file}:${f.line}`,
      `${f.moreInfo ? `[${f.ruleId}](${f.moreInfo})` : f.ruleId} ${describe(f)}${f.note ? ` — ${f.note}` : ''}`,
      f.tool === 'pip-audit' ? f.fixVersions.join(', ') || 'none yet' : ''
    ])
  )
}

/** Always shown open: a `# nosec` is a decision in the pull request that reviewers should see. */
function renderSuppressed(findings: Finding[]): string | undefined {
  if (findings.length === 0) return undefined
  return `${renderHeading(`Suppressed in the source by # nosec (${findings.length})`, 4)}\n\nNot blocking (\`nosec: report\`); with \`nosec: ignore\` they would count like any other finding.\n\n${renderFindings(findings)}`
}

function renderOthers(findings: Finding[]): string | undefined {
  if (findings.length === 0) return undefined
  return renderDetails(
    `Allowed and below-threshold findings (${findings.length})`,
    renderFindings(findings)
  )
}
