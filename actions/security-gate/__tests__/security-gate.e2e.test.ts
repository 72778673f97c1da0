import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pathWithBandit } from '../../../test/harness/bandit.js'
import { createFakePipAudit, type FakePipAudit } from '../../../test/harness/fake-pip-audit.js'
import { findFreePort } from '../../../test/harness/loopback-server.js'
import { REPO_ROOT, runAction } from '../../../test/harness/run-action.js'
import { resolvedNote } from '../src/run-scanners.js'
import { checkSarif } from './sarif-check.js'

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output')
const SHELL_TRUE = 'import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n'
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function createTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-gate-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

function fakePipAudit(
  fixture: string | undefined,
  exitCode: number,
  sleepSeconds?: number
): FakePipAudit {
  const fake = createFakePipAudit({
    output: fixture ? readFileSync(path.join(FIXTURES, fixture), 'utf8') : '',
    exitCode,
    sleepSeconds
  })
  cleanups.push(fake.cleanup)
  return fake
}

async function gate(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
) {
  const result = await runAction('security-gate', {
    inputs,
    workspace,
    env: { PATH: pathWithBandit(), ...env }
  })
  const annotations = result.commands.filter(
    (c) => c.command === 'error' || c.command === 'warning'
  )
  return { ...result, annotations, errors: annotations.filter((a) => a.command === 'error') }
}

const banditOnly = { 'pip-audit': 'false', 'install-tools': 'false' }
// An expiry the gate accepts whenever the tests run: at most a year ahead.
const SOON = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)

describe('security-gate with the real bandit', () => {
  it('a high-severity finding fails the gate, with report, valid SARIF and an annotation', async () => {
    const tree = createTree({ 'operators/ocr/app.py': SHELL_TRUE })
    const result = await gate(tree, banditOnly)
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({
      outcome: 'fail',
      report: 'security-gate.json',
      sarif: 'security-gate.sarif'
    })
    expect(Number(result.outputs.blocking)).toBeGreaterThanOrEqual(1)
    expect(result.annotations).toContainEqual({
      command: 'error',
      properties: expect.objectContaining({
        file: 'operators/ocr/app.py',
        line: '4',
        title: 'bandit B602'
      }),
      message: expect.stringContaining('shell=True')
    })
    const report = JSON.parse(readFileSync(path.join(tree, 'security-gate.json'), 'utf8'))
    expect(report).toMatchObject({ outcome: 'fail', blocking: Number(result.outputs.blocking) })
    const sarif = JSON.parse(readFileSync(path.join(tree, 'security-gate.sarif'), 'utf8'))
    expect(checkSarif(sarif)).toEqual([])
    expect(
      sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name)
    ).toEqual(['bandit'])
    expect(sarif.runs[0].results[0].partialFingerprints['securityGate/v1']).toMatch(
      /^[0-9a-f]{32}$/
    )
    expect(result.summary).toContain('| ocr | 1 |')
  })

  it('moving the code down keeps the SARIF fingerprint', async () => {
    const fingerprintOf = async (source: string) => {
      const tree = createTree({ 'operators/ocr/app.py': source })
      await gate(tree, banditOnly)
      const sarif = JSON.parse(readFileSync(path.join(tree, 'security-gate.sarif'), 'utf8'))
      const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'B602')
      return [
        result.locations[0].physicalLocation.region.startLine,
        result.partialFingerprints['securityGate/v1']
      ]
    }
    const [lineBefore, before] = await fingerprintOf(SHELL_TRUE)
    const [lineAfter, after] = await fingerprintOf(`# a comment\n\n${SHELL_TRUE}`)
    expect(lineAfter).toBe(lineBefore + 2)
    expect(after).toBe(before)
  })

  it('an allowlist entry lets it pass; an expired one blocks again and says so', async () => {
    const allow = (expires: string) =>
      `- id: B602\n  path: operators/ocr/**\n  reason: the command is a constant\n  expires: ${expires}\n`
    const live = createTree({
      'operators/ocr/app.py': SHELL_TRUE,
      '.security-allowlist.yml': allow(SOON)
    })
    const passed = await gate(live, banditOnly)
    expect(passed.exitCode).toBe(0)
    expect(passed.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    expect(passed.annotations).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        message: expect.stringContaining(`allowed until ${SOON}`)
      })
    )

    const expired = createTree({
      'operators/ocr/app.py': SHELL_TRUE,
      '.security-allowlist.yml': allow('2020-01-31')
    })
    const blocked = await gate(expired, banditOnly)
    expect(blocked.exitCode).toBe(1)
    expect(blocked.outputs.outcome).toBe('fail')
    expect(blocked.errors.map((e) => e.message).join('\n')).toContain('expired on 2020-01-31')
  })

  it('low severity only passes at the high threshold, and fails at low', async () => {
    const tree = createTree({ 'operators/cache/app.py': 'import pickle\n' })
    const high = await gate(tree, banditOnly)
    expect(high.exitCode).toBe(0)
    expect(high.outputs).toMatchObject({ outcome: 'pass', blocking: '0', findings: '1' })
    expect(high.annotations.map((a) => a.command)).toEqual(['warning'])
    const low = await gate(tree, { ...banditOnly, 'severity-threshold': 'low' })
    expect(low.outputs.outcome).toBe('fail')
  })

  it('a file bandit cannot parse is an error, naming the file', async () => {
    const tree = createTree({
      'operators/legacy/old.py': 'print "python 2"\n',
      'operators/ok/app.py': 'x = 1\n'
    })
    const result = await gate(tree, banditOnly)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors.at(-1)?.message).toContain('operators/legacy/old.py')
  })

  it('a bandit exiting 1 with no results in its report is an error, not a pass', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-fake-bandit-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const script = path.join(dir, 'bandit')
    writeFileSync(
      script,
      '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "bandit 1.9.4"; exit 0; fi\n' +
        'echo \'{"results": [], "errors": []}\'\nexit 1\n'
    )
    chmodSync(script, 0o755)
    const tree = createTree({ 'operators/ok/app.py': 'x = 1\n' })
    const result = await gate(tree, banditOnly, { PATH: `${dir}:${process.env.PATH ?? ''}` })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors.at(-1)?.message).toContain('but its report lists no results')
  })

  it("Debian's bandit 1.6.2 is refused, naming its version and how to get a supported one", async () => {
    const tree = createTree({ 'operators/ocr/app.py': 'password = "hunter2"\n' })
    const result = await gate(tree, banditOnly, { PATH: '/usr/bin:/bin' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    const message = result.errors.at(-1)?.message ?? ''
    expect(message).toContain('bandit 1.6.2 on PATH is older than 1.7.5')
    expect(message).toContain('B104, B105, B108 and B608')
    expect(message).toContain('pip install bandit==1.9.4')
    expect(message).toContain('install-tools: true')
  })

  it('bandit 1.9.4 finds what 1.6.2 misses on this Python (B105), and the summary says which version ran', async () => {
    const tree = createTree({ 'operators/ocr/app.py': 'password = "hunter2"\n' })
    const result = await gate(tree, { ...banditOnly, 'severity-threshold': 'low' })
    expect(result.outputs.outcome).toBe('fail')
    expect(result.errors.map((e) => e.properties.title)).toContain('bandit B105')
    expect(result.summary).toContain('Tools: bandit 1.9.4')
  })

  it('leaves out virtualenvs, node_modules and exclude globs', async () => {
    const tree = createTree({
      '.venv/lib/bad.py': SHELL_TRUE,
      'web/node_modules/x/bad.py': SHELL_TRUE,
      'tests/fixtures/bad.py': SHELL_TRUE,
      'operators/ok/app.py': 'x = 1\n'
    })
    const result = await gate(tree, { ...banditOnly, exclude: 'tests/**' })
    expect(result.outputs).toMatchObject({ outcome: 'pass', findings: '0' })
  })
})

describe('security-gate with pip-audit (a stand-in executable printing real pip-audit JSON)', () => {
  const requirements = {
    'operators/api/requirements.txt': 'flask==0.5\njinja2==3.0.2\n',
    'operators/api/.venv/requirements.txt': 'ignored==1.0\n'
  }
  const auditOnly = { bandit: 'false', 'install-tools': 'false' }

  it('PyPI unreachable while installing pip-audit → the network or PyPI, not a bug', async () => {
    const tree = createTree(requirements)
    // Real python3 and pip; the package index is a loopback port nothing listens on, as PyPI is
    // from a runner that has lost its network.
    const index = `http://127.0.0.1:${await findFreePort()}/simple`
    const result = await gate(
      tree,
      { bandit: 'false', 'install-tools': 'true' },
      { PATH: `/usr/bin:${pathWithBandit()}`, PIP_INDEX_URL: index, PIP_RETRIES: '0' }
    )
    expect(result.exitCode).toBe(1)
    const failure = result.errors.map((e) => e.message).join('\n')
    expect(failure).toContain('pip could not download from PyPI')
    expect(failure).toContain('not your settings and not a bug')
    expect(failure).not.toContain('bug in release-actions')
  })

  it('a vulnerability fails the gate, naming the package and its fix version', async () => {
    const tree = createTree(requirements)
    const fake = fakePipAudit('pip-audit-2.10-vulns.json', 1)
    const result = await gate(tree, auditOnly, fake.env)
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '2' })
    const messages = result.errors.map((e) => e.message).join('\n')
    expect(messages).toContain('flask 0.5 has PYSEC-2019-179 (fixed in 1.0)')
    expect(messages).toContain('fixed in 0.12.3')
    expect(result.summary).toContain('acme-internal-lib')
    const audits = fake.readCalls().filter((call) => call[0] === '-r')
    expect(audits).toEqual([
      [
        '-r',
        'operators/api/requirements.txt',
        '-f',
        'json',
        '--progress-spinner',
        'off',
        '--no-deps',
        '--disable-pip'
      ]
    ])
  })

  it('allowlisted by an alias, it passes', async () => {
    const tree = createTree({
      ...requirements,
      '.security-allowlist.yml': [
        '- id: CVE-2019-1010083',
        '  package: Flask',
        '  reason: only internal JSON',
        `  expires: ${SOON}`,
        '- id: GHSA-562c-5r94-xh97',
        '  reason: patched in our fork',
        `  expires: "${SOON}"`,
        '- id: B101',
        '  reason: matches nothing',
        `  expires: ${SOON}`
      ].join('\n')
    })
    const result = await gate(tree, auditOnly, fakePipAudit('pip-audit-2.10-vulns.json', 1).env)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0', findings: '2' })
    expect(result.annotations.map((a) => a.message)).toContain(
      'security-gate: .security-allowlist.yml line 8 (B101) matched nothing; remove it.'
    )
  })

  it('exit 1 with no output is an error, not a pass', async () => {
    const tree = createTree(requirements)
    const result = await gate(tree, auditOnly, fakePipAudit(undefined, 1).env)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors.at(-1)?.message).toContain('no JSON report')
  })

  it('a requirements file that is not fully pinned is audited with resolution, and the summary and report say so', async () => {
    const tree = createTree({
      'requirements-dev.txt': 'pytest>=8\n',
      'requirements.txt': 'flask==3.0.3\n'
    })
    const fake = fakePipAudit('pip-audit-2.10-clean.json', 0)
    const result = await gate(tree, auditOnly, fake.env)
    expect(result.outputs.outcome).toBe('pass')
    expect(fake.readCalls().filter((call) => call[0] === '-r')).toEqual([
      ['-r', 'requirements-dev.txt', '-f', 'json', '--progress-spinner', 'off'],
      [
        '-r',
        'requirements.txt',
        '-f',
        'json',
        '--progress-spinner',
        'off',
        '--no-deps',
        '--disable-pip'
      ]
    ])
    expect(result.summary).toContain(
      '2 requirements file(s), 1 not fully pinned and resolved with pip (package build code ran): requirements-dev.txt.'
    )
    expect(result.summary).toContain(`- ${resolvedNote('requirements-dev.txt')}`)
    expect(result.summary).not.toContain(resolvedNote('requirements.txt'))
    const report = JSON.parse(readFileSync(path.join(tree, 'security-gate.json'), 'utf8'))
    expect(report.resolvedRequirements).toEqual(['requirements-dev.txt'])
    // Besides the note that this tree, outside git, was walked.
    expect(report.notes.filter((n: string) => n.includes('pip-audit resolved'))).toEqual([
      resolvedNote('requirements-dev.txt')
    ])
  })

  it('a wildcard `==3.*` is a range, not a pin: that file is resolved, the exact pins are not', async () => {
    const tree = createTree({
      'requirements-wild.txt': 'flask==3.*\n',
      'requirements.txt':
        'flask == 3.0.3 --hash=sha256:0a1b\nrich[jupyter]==13.7.1 ; python_version < "3.13"\n'
    })
    const fake = fakePipAudit('pip-audit-2.10-clean.json', 0)
    const result = await gate(tree, auditOnly, fake.env)
    expect(result.outputs.outcome).toBe('pass')
    const audits = fake.readCalls().filter((call) => call[0] === '-r')
    expect(audits.map((call) => [call[1], call.includes('--no-deps')])).toEqual([
      ['requirements-wild.txt', false],
      ['requirements.txt', true]
    ])
    expect(result.summary).toContain(`- ${resolvedNote('requirements-wild.txt')}`)
  })

  it('a file that is not fully pinned is named as resolved even when pip-audit fails on it', async () => {
    const tree = createTree({ 'operators/api/requirements.txt': 'flask==3.0.3\n-e ../../shared\n' })
    const result = await gate(tree, auditOnly, fakePipAudit(undefined, 1).env)
    expect(result.outputs.outcome).toBe('error')
    const report = JSON.parse(readFileSync(path.join(tree, 'security-gate.json'), 'utf8'))
    expect(report.resolvedRequirements).toEqual(['operators/api/requirements.txt'])
    expect(result.summary).toContain(resolvedNote('operators/api/requirements.txt'))
  })

  it('fail-on: never reports and exits 0', async () => {
    const tree = createTree(requirements)
    const result = await gate(
      tree,
      { ...auditOnly, 'fail-on': 'never' },
      fakePipAudit('pip-audit-2.10-vulns.json', 1).env
    )
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('fail')
  })
})

describe('security-gate inputs', () => {
  it.each([
    [
      { 'severity-threshold': 'critical' },
      'Input "severity-threshold" is "critical"; accepted: low, medium, high.'
    ],
    [{ path: 'nowhere' }, 'Input "path" is "nowhere", which is no folder'],
    [{ path: '..' }, 'Input "path" is "..", which is outside the workspace'],
    [
      { report: '../gate.json' },
      'Input "report" is "../gate.json", which is outside the workspace'
    ],
    [{ bandit: 'false', 'pip-audit': 'false' }, 'Inputs "bandit" and "pip-audit" are both false'],
    [{ allowlist: 'missing.yml' }, 'Input "allowlist" is "missing.yml", which does not exist'],
    [{ 'fail-on': 'always' }, 'Input "fail-on" is "always"; accepted: blocking, never.'],
    [
      { 'exception-label': 'x'.repeat(51) },
      `Input "exception-label" is "${'x'.repeat(51)}"; accepted: a label name of 1 to 50 characters on one line`
    ],
    [
      { 'timeout-minutes': '0.5' },
      'Input "timeout-minutes" is "0.5"; accepted: a whole number of minutes from 1 to 360.'
    ]
  ])('%j → exit 1 naming the input', async (inputs, message) => {
    const tree = createTree({ 'app.py': 'x = 1\n' })
    const result = await gate(tree, { ...banditOnly, ...inputs })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]?.message).toContain(message)
    expect(existsSync(path.join(tree, 'security-gate.json'))).toBe(false)
  })

  it('a committed security-gate.sarif linking outside the workspace is refused; nothing is written', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'release-actions-gate-outside-'))
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(path.join(outside, 'victim.txt'), 'untouched\n')
    const tree = createTree({ 'operators/ok/app.py': 'x = 1\n' })
    symlinkSync(path.join(outside, 'victim.txt'), path.join(tree, 'security-gate.sarif'))
    const result = await gate(tree, banditOnly)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors[0]?.message).toContain(
      'Input "sarif" is "security-gate.sarif", which is a symbolic link'
    )
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('untouched\n')
    expect(readdirSync(outside)).toEqual(['victim.txt'])
    expect(existsSync(path.join(tree, 'security-gate.json'))).toBe(false)
  })

  it.each([
    ['- id: B602\n  reason: x\n', 'line 1 (B602) needs "expires" as a date YYYY-MM-DD'],
    ['- id: B602\n  expires: 2027-01-01\n', 'line 1 (B602) has no "reason"'],
    ['- reason: x\n  expires: 2027-01-01\n', 'line 1 has no "id"'],
    [
      '- id: B602\n  reason: x\n  expires: 2027-01-01\n  until: never\n',
      'line 4 (B602) has unknown key(s) until'
    ],
    ['id: B602\n', 'must be a YAML list'],
    ['- id: B602\n  reason: x\n  expires: 31/01/2030\n', 'line 3 (B602) needs "expires" as a date']
  ])('a malformed allowlist %j names the bad entry', async (allowlist, message) => {
    const tree = createTree({ 'app.py': 'x = 1\n', '.security-allowlist.yml': allowlist })
    const result = await gate(tree, banditOnly)
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]?.message).toContain(message)
  })
})
