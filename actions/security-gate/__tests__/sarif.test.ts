import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../../test/harness/run-action.js'
import { runProcess } from '../../../test/harness/run-process.js'
import type { Finding } from '../src/findings.js'
import { parseBanditJson } from '../src/parse-bandit.js'
import { parsePipAuditJson } from '../src/parse-pip-audit.js'
import { buildSarif, SECURITY_SEVERITY } from '../src/sarif.js'
import { checkSarif } from './sarif-check.js'

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output')
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8')
// OASIS's SARIF 2.1.0 schema and Microsoft's SARIF validator, as the SARIF SDK publishes them.
const MULTITOOL = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux')
const SCHEMA = JSON.parse(readFileSync(path.join(MULTITOOL, 'sarif-2.1.0.json'), 'utf8'))
// Formats (uri, uuid) are left to the multitool below.
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  SCHEMA
)

/** Runs `Sarif.Multitool validate` with its SARIF and GitHub rules; the problems it reports. */
async function validateWithMultitool(sarif: unknown): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-sarif-'))
  try {
    const input = path.join(dir, 'gate.sarif')
    const output = path.join(dir, 'validation.sarif')
    writeFileSync(input, JSON.stringify(sarif))
    const result = await runProcess(
      path.join(MULTITOOL, 'Sarif.Multitool'),
      [
        'validate',
        input,
        '--output',
        output,
        '--rule-kind',
        'Sarif;Gh',
        '--level',
        'Error;Warning'
      ],
      { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }
    )
    if (result.exitCode !== 0) return [`multitool exited ${result.exitCode}: ${result.stdout}`]
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { text?: string } }[] }[]
    }
    return log.runs.flatMap((run) =>
      (run.results ?? []).map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? ''}`)
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const BANDIT = [{ name: 'bandit', version: '1.9.4' }]
const BOTH = [...BANDIT, { name: 'pip-audit', version: '2.10.0' }]

/** A bandit 1.9.4 `-f json` result with the fields that matter here (the rest as in the fixture). */
function banditResult(fields: Record<string, unknown>) {
  return {
    code: '',
    filename: 'app/main.py',
    issue_confidence: 'HIGH',
    issue_severity: 'HIGH',
    issue_text: 'subprocess call with shell=True identified, security issue.',
    line_number: 1,
    line_range: [1],
    more_info:
      'https://bandit.readthedocs.io/en/1.9.4/plugins/b602_subprocess_popen_with_shell_equals_true.html',
    test_id: 'B602',
    test_name: 'subprocess_popen_with_shell_equals_true',
    ...fields
  }
}
const bandit = (...results: Record<string, unknown>[]) =>
  parseBanditJson(JSON.stringify({ errors: [], results: results.map(banditResult) })).findings

/** Bandit's `code`: numbered lines around the flagged one. */
const code = (line: number, text: string) => `${line - 1} def f():\n${line} ${text}\n${line + 1} \n`

// A call over three lines: bandit 1.9.4 reports line_number 3, line_range [3, 4, 5], col_offset 8
// (on line 3) and end_col_offset 5 (on line 5, after the closing parenthesis). Taken as one
// line, it would end (column 6) before it starts (column 9).
const MULTI_LINE = {
  code: '3     x = subprocess.call(\n4         cmd, shell=True\n5     )\n',
  line_number: 3,
  line_range: [3, 4, 5],
  col_offset: 8,
  end_col_offset: 5
}

type Result = {
  ruleId: string
  partialFingerprints: Record<string, string>
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string }
      region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }
    }
  }[]
}
type Rule = {
  id: string
  shortDescription?: { text?: string }
  fullDescription?: { text?: string }
  help?: { text?: string; markdown?: string }
  helpUri?: string
  properties?: { tags?: string[]; 'security-severity'?: string }
}
type Run = { tool: { driver: { rules: Rule[] } }; results: Result[] }
const runsOf = (sarif: unknown) => (sarif as { runs: Run[] }).runs
const regionOf = (r: Result) => r.locations[0]?.physicalLocation.region

/** Every kind of finding the gate writes, from the fixtures and the cases above. */
function everything(): Finding[] {
  const pip = parsePipAuditJson(
    read('pip-audit-2.10-vulns.json'),
    'requirements.txt',
    'flask==0.5\n'
  ).findings
  return [
    ...parseBanditJson(read('bandit-1.9.4-all.json')).findings,
    ...parseBanditJson(read('bandit-1.6.2-debian.json')).findings,
    ...parseBanditJson(read('bandit-1.9.4-baseline-candidates.json')).findings,
    ...bandit(MULTI_LINE, { ...MULTI_LINE, line_number: 30, line_range: [30, 31, 32] }),
    ...bandit({ line_number: 40, line_range: [40] }).map((f) => ({
      ...f,
      state: 'suppressed' as const,
      nosec: true,
      note: 'suppressed in the source by # nosec'
    })),
    { ...pip[0]!, state: 'allowed', note: 'allowlisted until 2030-01-01' },
    ...pip.slice(1)
  ]
}

describe('the SARIF of bandit 1.9.4 against the SARIF 2.1.0 schema', () => {
  it("passes Microsoft's SARIF validator, its GitHub rules included", async () => {
    const fixture = buildSarif(parseBanditJson(read('bandit-1.9.4-all.json')).findings, BANDIT)
    expect(await validateWithMultitool(fixture)).toEqual([])
    expect(await validateWithMultitool(buildSarif(everything(), BOTH))).toEqual([])
  })

  it('the validator can fail: a region ending before it starts is reported', async () => {
    const sarif = buildSarif(bandit({ line_number: 8, line_range: [8] }), BANDIT)
    Object.assign(regionOf(runsOf(sarif)[0]!.results[0]!)!, { endLine: 7 })
    expect((await validateWithMultitool(sarif)).join('\n')).toMatch(/error SARIF\d+/)
  })

  it('bandit-1.9.4-all.json converts to a valid log: 6 results, 6 rules', () => {
    const sarif = buildSarif(parseBanditJson(read('bandit-1.9.4-all.json')).findings, BANDIT)
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(checkSarif(sarif)).toEqual([])
    const [run] = runsOf(sarif)
    expect(run?.results).toHaveLength(6)
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual([
      'B404',
      'B602',
      'B506',
      'B324',
      'B501',
      'B113'
    ])
    // As bandit's own SARIF formatter writes it (bandit-1.9.4-high.sarif).
    expect(run?.results.find((r) => r.ruleId === 'B602')?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/orders/app/main.py' },
      region: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 37 }
    })
  })

  it('every kind of finding, both tools, allowed and # nosec ones too, is valid', () => {
    const sarif = buildSarif(everything(), BOTH)
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(checkSarif(sarif)).toEqual([])
    const suppressions = runsOf(sarif)
      .flatMap((run) => run.results)
      .map((r) => (r as { suppressions?: { kind: string }[] }).suppressions?.[0]?.kind)
    expect(suppressions.filter((kind) => kind === 'inSource')).toHaveLength(1)
    expect(suppressions.filter((kind) => kind === 'external')).toHaveLength(1)
  })

  it('the schema rejects what the validator would (a 0 column, a region with no start)', () => {
    const sarif = buildSarif(bandit({ line_number: 8, line_range: [8] }), BANDIT)
    const region = regionOf(runsOf(sarif)[0]!.results[0]!)!
    Object.assign(region, { startColumn: 0 })
    expect(validate(sarif)).toBe(false)
  })
})

describe('regions come from line_number, col_offset, line_range and end_col_offset', () => {
  it.each([
    [
      'one line',
      { line_number: 8, line_range: [8], col_offset: 4, end_col_offset: 36 },
      { startLine: 8, startColumn: 5, endLine: 8, endColumn: 37 }
    ],
    [
      'several lines: the end column is on the last line',
      MULTI_LINE,
      { startLine: 3, startColumn: 9, endLine: 5, endColumn: 6 }
    ],
    [
      'bandit 1.6 (no columns)',
      { line_number: 3, line_range: [3, 4] },
      { startLine: 3, endLine: 4 }
    ],
    [
      "bandit's unknown columns (col_offset -1, end_col_offset 0)",
      { line_number: 5, line_range: [5], col_offset: -1, end_col_offset: 0 },
      { startLine: 5, endLine: 5 }
    ],
    [
      'no line_range: no end at all, not a guessed one',
      { line_number: 5, line_range: undefined, col_offset: 0, end_col_offset: 12 },
      { startLine: 5, startColumn: 1 }
    ],
    [
      'a line_range ending before the line: no end',
      { line_number: 4, line_range: [2, 3], col_offset: 0, end_col_offset: 9 },
      { startLine: 4, startColumn: 1 }
    ],
    [
      'an end column before the start on one line: no end column',
      { line_number: 4, line_range: [4], col_offset: 10, end_col_offset: 3 },
      { startLine: 4, startColumn: 11, endLine: 4 }
    ]
  ])('%s', (_name, fields, expected) => {
    const sarif = buildSarif(bandit(fields), BANDIT)
    expect(regionOf(runsOf(sarif)[0]!.results[0]!)).toEqual(expected)
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
  })

  it('no region ends before it starts, over every result', () => {
    const results = runsOf(buildSarif(everything(), BOTH)).flatMap((run) => run.results)
    expect(results).toHaveLength(18)
    for (const result of results) {
      const r = regionOf(result)!
      const where = JSON.stringify(r)
      expect(r.startLine, where).toBeGreaterThanOrEqual(1)
      if (r.endColumn !== undefined) expect(r.endLine, where).toBeDefined()
      if (r.endLine === undefined) continue
      expect(r.endLine, where).toBeGreaterThanOrEqual(r.startLine)
      if (r.endLine === r.startLine && r.startColumn && r.endColumn) {
        expect(r.endColumn, where).toBeGreaterThanOrEqual(r.startColumn)
      }
    }
  })
})

describe('fingerprints', () => {
  const shell = (line: number, file = 'app/main.py') => ({
    filename: file,
    line_number: line,
    line_range: [line],
    col_offset: 4,
    end_col_offset: 36,
    code: code(line, '    subprocess.call(cmd, shell=True)')
  })
  const printsOf = (findings: Finding[]) =>
    runsOf(buildSarif(findings, BOTH))
      .flatMap((run) => run.results)
      .map((r) => r.partialFingerprints['securityGate/v1'])

  it('differ for identical lines in one file', () => {
    const prints = printsOf(bandit(shell(10), shell(20), shell(30)))
    expect(new Set(prints).size).toBe(3)
  })

  it('stay when code above moves every identical line down', () => {
    expect(printsOf(bandit(shell(12), shell(22)))).toEqual(printsOf(bandit(shell(10), shell(20))))
  })

  it('do not depend on the order bandit lists the findings in', () => {
    expect(printsOf(bandit(shell(20), shell(10))).reverse()).toEqual(
      printsOf(bandit(shell(10), shell(20)))
    )
  })

  it('of the first occurrence are the ones written before occurrences were counted', () => {
    // 'securityGate/v1' values already uploaded must not change for lines that are not repeated.
    const [first] = printsOf(bandit(shell(10)))
    expect(printsOf(bandit(shell(10), shell(20)))[0]).toBe(first)
  })

  it('are unique per distinct (file, line), identical lines and every fixture included', () => {
    const findings = [
      ...everything(),
      ...bandit(shell(10), shell(20), shell(10, 'app/other.py'), shell(20, 'app/other.py'))
    ]
    const results = runsOf(buildSarif(findings, BOTH)).flatMap((run) => run.results)
    const placeOf = new Map<string, string>()
    for (const result of results) {
      const place = `${result.ruleId} ${result.locations[0]?.physicalLocation.artifactLocation.uri}:${regionOf(result)?.startLine}`
      const print = result.partialFingerprints['securityGate/v1'] as string
      expect(placeOf.get(print) ?? place, print).toBe(place)
      placeOf.set(print, place)
    }
    expect(placeOf.size).toBe(results.length)
  })
})

describe('rules', () => {
  const rules = runsOf(buildSarif(everything(), BOTH)).flatMap((run) => run.tool.driver.rules)

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s has descriptions, help with its docs link, helpUri, security-severity and tags',
    (_id, rule) => {
      expect(rule.shortDescription?.text).toBeTruthy()
      expect(rule.fullDescription?.text).toBeTruthy()
      expect(rule.helpUri).toMatch(/^https:\/\//)
      expect(rule.help?.text).toContain(rule.helpUri)
      expect(rule.help?.markdown).toContain(`](${rule.helpUri})`)
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/)
      expect(rule.properties?.tags).toContain('security')
    }
  )

  it("links bandit's more_info of the finding", () => {
    const b602 = rules.find((r) => r.id === 'B602')
    expect(b602?.helpUri).toBe(
      'https://bandit.readthedocs.io/en/1.9.4/plugins/b602_subprocess_popen_with_shell_equals_true.html'
    )
    expect(b602?.properties?.tags).toContain('external/cwe/cwe-78')
  })

  it.each([
    ['HIGH', '8.0'],
    ['MEDIUM', '5.5'],
    ['LOW', '3.0'],
    ['UNDEFINED', '3.0']
  ])('bandit severity %s → security-severity %s', (severity, expected) => {
    expect(SECURITY_SEVERITY[severity as keyof typeof SECURITY_SEVERITY]).toBe(expected)
    const [rule] = runsOf(buildSarif(bandit({ issue_severity: severity }), BANDIT))[0]!.tool.driver
      .rules
    expect(rule?.properties?.['security-severity']).toBe(expected)
  })

  it('takes the most severe finding of the rule', () => {
    const findings = bandit(
      { issue_severity: 'MEDIUM' },
      { issue_severity: 'HIGH', line_number: 9 }
    )
    const [rule] = runsOf(buildSarif(findings, BANDIT))[0]!.tool.driver.rules
    expect(rule?.properties?.['security-severity']).toBe('8.0')
  })

  it('gives every pip-audit vulnerability 7.0', () => {
    const pip = runsOf(buildSarif(everything(), BOTH))[1]!.tool.driver.rules
    expect(pip.length).toBeGreaterThan(0)
    expect(new Set(pip.map((r) => r.properties?.['security-severity']))).toEqual(new Set(['7.0']))
  })
})
