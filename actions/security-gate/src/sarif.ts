import { createHash } from 'node:crypto'
import type { Finding } from './findings.js'

/**
 * SARIF 2.1.0 with one run per tool, ready for github/codeql-action/upload-sarif. Fingerprints
 * hash what identifies a finding but not its line number, so moved code keeps its alert.
 */
export function buildSarif(findings: Finding[], tools: { name: string; version: string }[]) {
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

function buildRun(tool: { name: string; version: string }, findings: Finding[]) {
  const rules = [...new Map(findings.map((f) => [f.ruleId, f])).values()]
  return {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        informationUri:
          tool.name === 'bandit'
            ? 'https://bandit.readthedocs.io/'
            : 'https://pypi.org/project/pip-audit/',
        rules: rules.map((f) => ({
          id: f.ruleId,
          name: f.ruleName || f.ruleId,
          shortDescription: {
            text: f.tool === 'bandit' ? f.ruleName || f.ruleId : `${f.ruleId} in ${f.ruleName}`
          },
          ...(f.moreInfo ? { helpUri: f.moreInfo } : {}),
          properties: {
            tags: ['security', ...(f.cwe ? [`external/cwe/cwe-${f.cwe}`] : [])],
            ...(f.tool === 'pip-audit' ? { 'security-severity': '7.0' } : {})
          }
        }))
      }
    },
    results: findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: rules.findIndex((r) => r.ruleId === f.ruleId),
      level: f.state === 'blocking' ? 'error' : f.state === 'allowed' ? 'note' : 'warning',
      message: { text: describe(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file },
            region: {
              startLine: f.line,
              ...(f.column ? { startColumn: f.column } : {}),
              ...(f.endColumn ? { endColumn: f.endColumn } : {})
            }
          }
        }
      ],
      partialFingerprints: { 'securityGate/v1': fingerprint(f) },
      properties: { severity: f.severity, confidence: f.confidence, state: f.state },
      ...(f.state === 'allowed'
        ? { suppressions: [{ kind: 'external', justification: f.note ?? '' }] }
        : {})
    }))
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

export function fingerprint(f: Finding): string {
  const identity = [
    f.tool,
    f.ruleId,
    f.file,
    f.package?.name ?? '',
    f.package?.version ?? '',
    f.snippet.replace(/\s+/g, ' ')
  ]
  return createHash('sha256').update(identity.join('\0')).digest('hex').slice(0, 32)
}
