import type { Finding } from './findings.js'

export interface PipAuditReport {
  findings: Finding[]
  /** Packages pip-audit could not audit (not on PyPI, say): reported, not blocking. */
  skipped: { name: string; reason: string }[]
}

interface PipAuditDependency {
  name?: string
  version?: string
  skip_reason?: string
  vulns?: { id?: string; fix_versions?: string[]; aliases?: string[]; description?: string }[]
}

/** Reads `pip-audit -f json` (2.x). `file` is the requirements file it audited. */
export function parsePipAuditJson(text: string, file: string, requirements = ''): PipAuditReport {
  const data = JSON.parse(text) as { dependencies?: unknown }
  if (!Array.isArray(data.dependencies))
    throw new Error('pip-audit output has no "dependencies" list')
  const findings: Finding[] = []
  const skipped: PipAuditReport['skipped'] = []
  for (const dependency of data.dependencies as PipAuditDependency[]) {
    const name = dependency.name ?? ''
    if (dependency.skip_reason) {
      skipped.push({ name, reason: dependency.skip_reason })
      continue
    }
    for (const vuln of dependency.vulns ?? []) {
      findings.push({
        tool: 'pip-audit',
        ruleId: vuln.id ?? 'UNKNOWN',
        aliases: vuln.aliases ?? [],
        ruleName: name,
        message: firstSentence(vuln.description ?? ''),
        severity: 'UNDEFINED',
        confidence: 'UNDEFINED',
        file,
        line: findRequirementLine(requirements, name),
        column: undefined,
        endLine: undefined,
        endColumn: undefined,
        snippet: `${name}==${dependency.version ?? ''}`,
        package: { name, version: dependency.version ?? '' },
        fixVersions: vuln.fix_versions ?? [],
        moreInfo: vulnerabilityUrl(vuln.id ?? ''),
        cwe: undefined,
        state: 'blocking',
        note: undefined
      })
    }
  }
  return { findings, skipped }
}

/** PEP 503: names compare lower-case with runs of `-`, `_` and `.` as one `-`. */
export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function findRequirementLine(requirements: string, name: string): number {
  const wanted = normalizePackageName(name)
  const lines = requirements.split(/\r?\n/)
  const index = lines.findIndex((line) => {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)
    return match?.[1] !== undefined && normalizePackageName(match[1]) === wanted
  })
  return index === -1 ? 1 : index + 1
}

function firstSentence(text: string): string {
  const end = text.search(/\.\s/)
  return (end === -1 ? text : text.slice(0, end + 1)).slice(0, 300)
}

function vulnerabilityUrl(id: string): string | undefined {
  if (id.startsWith('GHSA-')) return `https://github.com/advisories/${id}`
  if (id) return `https://osv.dev/vulnerability/${id}`
  return undefined
}
