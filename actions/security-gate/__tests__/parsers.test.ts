import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../../test/harness/run-action.js'
import { parseBanditJson } from '../src/parse-bandit.js'
import { parsePipAuditJson } from '../src/parse-pip-audit.js'
import { checkSarif } from './sarif-check.js'

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output')
const SHARED = path.join(REPO_ROOT, '..', 'shared', 'fixtures')
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8')

describe('the fixture copy', () => {
  it.runIf(existsSync(SHARED))('matches ../shared/fixtures file for file', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(readdirSync(SHARED).sort())
    for (const name of readdirSync(SHARED)) {
      expect(read(name), name).toBe(readFileSync(path.join(SHARED, name), 'utf8'))
    }
  })
})

describe('parseBanditJson over every bandit fixture', () => {
  it.each([
    // file, findings, errors, [ruleId, severity, confidence, file, line, column, cwe] of the first HIGH
    [
      'bandit-1.6.2-debian.json',
      4,
      0,
      ['B602', 'HIGH', 'HIGH', 'operators/ocr/app.py', 3, undefined, undefined]
    ],
    [
      'bandit-1.9.4-all.json',
      6,
      1,
      ['B602', 'HIGH', 'HIGH', 'services/orders/app/main.py', 8, 5, 78]
    ],
    [
      'bandit-1.9.4-high.json',
      3,
      1,
      ['B602', 'HIGH', 'HIGH', 'services/orders/app/main.py', 8, 5, 78]
    ],
    ['bandit-1.9.4-clean.json', 0, 0, undefined],
    ['bandit-1.9.4-baseline-candidates.json', undefined, 0, undefined]
  ] as const)('%s', (name, findings, errors, firstHigh) => {
    const report = parseBanditJson(read(name))
    if (findings !== undefined) expect(report.findings).toHaveLength(findings)
    expect(report.errors).toHaveLength(errors)
    for (const f of report.findings) {
      expect(f.ruleId).toMatch(/^B\d{3}$/)
      expect(f.line).toBeGreaterThan(0)
      expect(f.file).not.toMatch(/^\.\//)
    }
    if (firstHigh) {
      const high = report.findings.find((f) => f.severity === 'HIGH')
      const [ruleId, severity, confidence, file, line, column, cwe] = firstHigh
      expect(high).toMatchObject({ ruleId, severity, confidence, file, line, column, cwe })
      expect(high?.snippet).toContain('shell=True')
    }
  })

  it('names the file bandit could not parse', () => {
    expect(parseBanditJson(read('bandit-1.9.4-high.json')).errors).toEqual([
      { file: 'services/orders/app/py2.py', reason: 'syntax error while parsing AST from file' }
    ])
  })

  it.each(['', 'not json', '{}', '{"results": []}', '[]'])('refuses %j', (text) => {
    expect(() => parseBanditJson(text)).toThrow()
  })
})

describe('parsePipAuditJson over every pip-audit fixture', () => {
  it('reads vulnerabilities with aliases and fix versions, and skipped packages', () => {
    const report = parsePipAuditJson(
      read('pip-audit-2.10-vulns.json'),
      'operators/api/requirements.txt',
      'jinja2==3.0.2\nFlask==0.5\n'
    )
    expect(report.findings.map((f) => [f.ruleId, f.package, f.fixVersions, f.line])).toEqual([
      ['PYSEC-2019-179', { name: 'flask', version: '0.5' }, ['1.0'], 2],
      ['PYSEC-2018-66', { name: 'flask', version: '0.5' }, ['0.12.3'], 2]
    ])
    expect(new Set(report.findings[0]?.aliases)).toEqual(
      new Set(['GHSA-5wv5-4vpf-pj6m', 'CVE-2019-1010083'])
    )
    expect(report.skipped).toEqual([
      {
        name: 'acme-internal-lib',
        reason: 'Dependency not found on PyPI and could not be audited: acme-internal-lib (1.4.0)'
      }
    ])
  })

  it('reads a clean report', () => {
    expect(parsePipAuditJson(read('pip-audit-2.10-clean.json'), 'r.txt')).toEqual({
      findings: [],
      skipped: []
    })
  })

  it.each(['', 'Traceback (most recent call last):', '{"fixes": []}'])('refuses %j', (text) => {
    expect(() => parsePipAuditJson(text, 'r.txt')).toThrow()
  })
})

describe('the SARIF checker', () => {
  it('accepts the real SARIF bandit 1.9.4 writes', () => {
    expect(checkSarif(JSON.parse(read('bandit-1.9.4-high.sarif')))).toEqual([])
  })

  it('catches a broken file', () => {
    expect(checkSarif({ version: '2.0.0', runs: [{ tool: {}, results: [{}] }] })).toEqual(
      expect.arrayContaining(['version is not 2.1.0', 'run 0 has no tool.driver.name'])
    )
  })
})
