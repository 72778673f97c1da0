import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pathWithBandit } from '../../../test/harness/bandit.js'
import { createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { runAction } from '../../../test/harness/run-action.js'
import { checkSarif } from './sarif-check.js'

// What the gate scans (the committed files, whatever their folders are called) and how it shows
// `# nosec` suppressions: the bundle as the runner runs it, real bandit 1.9.4, real git repositories.

// An expiry the gate accepts whenever the tests run: at most a year ahead.
const SOON = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)

const SHELL_TRUE = 'import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n'
const NOSEC = SHELL_TRUE.replace('shell=True)', 'shell=True)  # nosec')
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function repoWith(files: Record<string, string>): Promise<GitRepo> {
  const repo = await createGitRepo()
  cleanups.push(repo.cleanup)
  await repo.commit({ message: 'the pull request', files })
  return repo
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

async function gate(workspace: string, inputs: Record<string, string> = {}) {
  const result = await runAction('security-gate', {
    inputs: { 'pip-audit': 'false', 'install-tools': 'false', ...inputs },
    workspace,
    env: { PATH: pathWithBandit() },
    timeoutMs: 120_000
  })
  const annotations = result.commands.filter(
    (c) => c.command === 'error' || c.command === 'warning'
  )
  const read = (file: string) =>
    existsSync(path.join(workspace, file)) ? readFileSync(path.join(workspace, file), 'utf8') : ''
  const reportText = read('security-gate.json')
  const sarifText = read('security-gate.sarif')
  return {
    ...result,
    annotations,
    errors: annotations.filter((a) => a.command === 'error'),
    reportText,
    sarifText,
    report: reportText ? JSON.parse(reportText) : undefined,
    sarif: sarifText ? JSON.parse(sarifText) : undefined
  }
}

interface SarifResult {
  ruleId: string
  level: string
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
  suppressions?: { kind: string; justification?: string }[]
  properties: { state: string }
}
const resultsOf = (sarif: { runs: { results: SarifResult[] }[] }) =>
  sarif.runs.flatMap((run) => run.results)

describe('scan what is committed', () => {
  it.each(['venv', 'site-packages', 'node_modules', '.eggs', '.tox', '.venv', '__pycache__'])(
    'code committed under %s/ and imported from app.py blocks',
    async (folder) => {
      const repo = await repoWith({
        'operators/a/app.py': `import sys\n\nsys.path.insert(0, '${folder}')\nimport helpers  # noqa: E402\n`,
        [`operators/a/${folder}/helpers.py`]: SHELL_TRUE
      })
      const result = await gate(repo.dir)
      expect(result.exitCode).toBe(1)
      expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '1' })
      expect(result.errors).toContainEqual(
        expect.objectContaining({
          properties: expect.objectContaining({
            file: `operators/a/${folder}/helpers.py`,
            title: 'bandit B602'
          })
        })
      )
      expect(result.summary).toContain('Files: what is committed (git ls-files)')
      expect(result.report.files).toEqual({ source: 'git', skippedLinks: [] })
    }
  )

  it('an untracked file in venv/ (a real virtualenv) is not scanned; nor is any untracked file', async () => {
    const repo = await repoWith({ 'operators/a/app.py': 'x = 1\n' })
    writeFiles(repo.dir, {
      'venv/lib/python3.12/site-packages/pkg/bad.py': SHELL_TRUE,
      'operators/a/scratch.py': SHELL_TRUE
    })
    const result = await gate(repo.dir)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'pass', findings: '0' })
    expect(result.summary).toContain('the 1 Python file(s)')
  })

  it('the same tree outside git: the folder names are left out, as before, and the summary says so', async () => {
    const tree = tempDir('release-actions-gate-nogit-')
    writeFiles(tree, {
      'operators/a/app.py': "import sys\n\nsys.path.insert(0, 'venv')\n",
      'operators/a/venv/helpers.py': SHELL_TRUE,
      'operators/a/.tox/helpers.py': SHELL_TRUE
    })
    const result = await gate(tree)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'pass', findings: '0' })
    expect(result.summary).toContain('Files: not a git work tree, so the folders were walked')
    expect(result.summary).toMatch(/Not a git work tree \(.*\): files were chosen by walking/)
    expect(result.report.files.source).toBe('walk')
    expect(result.report.notes.join('\n')).toContain('leaving out folders named .git, .venv, venv')
  })

  it('exclude still applies to tracked files', async () => {
    const repo = await repoWith({
      'operators/a/app.py': 'x = 1\n',
      'tests/fixtures/bad.py': SHELL_TRUE
    })
    const result = await gate(repo.dir, { exclude: 'tests/**' })
    expect(result.outputs).toMatchObject({ outcome: 'pass', findings: '0' })
  })

  it('a .git that git cannot read is an error (fail closed), not a fallback to folder names', async () => {
    const tree = tempDir('release-actions-gate-brokengit-')
    writeFiles(tree, {
      '.git': 'gitdir: /nonexistent/release-actions\n',
      'venv/helpers.py': SHELL_TRUE
    })
    const result = await gate(tree)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors.at(-1)?.message).toContain('git ls-files failed in')
    expect(result.errors.at(-1)?.message).toContain('the committed files are unknown')
  })

  it('a tracked link to a file outside the workspace is never read', async () => {
    const outside = tempDir('release-actions-gate-outside-')
    const canary = 'CANARY-7f3a9c-never-in-a-report'
    writeFileSync(
      path.join(outside, 'secret.py'),
      `import subprocess\npassword = "${canary}"\nsubprocess.call("${canary}", shell=True)\n`
    )
    const repo = await repoWith({ 'operators/a/app.py': 'x = 1\n' })
    symlinkSync(path.join(outside, 'secret.py'), path.join(repo.dir, 'operators/a/x.py'))
    symlinkSync(path.join(outside), path.join(repo.dir, 'operators/a/outside'))
    await repo.git(['add', '--', 'operators/a/x.py', 'operators/a/outside'])
    await repo.commit({ message: 'links out' })
    const result = await gate(repo.dir, { 'severity-threshold': 'low' })
    expect(result.outputs).toMatchObject({ outcome: 'pass', findings: '0' })
    for (const text of [
      result.reportText,
      result.sarifText,
      result.summary,
      result.stdout,
      result.stderr
    ]) {
      expect(text).not.toContain(canary)
    }
    expect(result.report.files.skippedLinks).toEqual(['operators/a/x.py'])
    expect(result.summary).toContain('1 tracked symbolic link(s)')
  })

  it('tracked files named -r, --help.py and -x.py are targets, never options', async () => {
    const repo = await repoWith({
      '-r': SHELL_TRUE,
      '--help.py': SHELL_TRUE,
      'operators/a/-x.py': 'x = 1\n'
    })
    const result = await gate(repo.dir)
    expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '1' })
    // `-r` is no Python file (bandit -r would not pick it either); `--help.py` is scanned.
    expect(new Set(result.report.findings.map((f: { file: string }) => f.file))).toEqual(
      new Set(['--help.py'])
    )
    expect(result.summary).toContain('the 2 Python file(s)')
  })

  it(
    '3,000 tracked files are scanned in chunks, each finding found, within a reasonable time',
    { timeout: 180_000 },
    async () => {
      const files: Record<string, string> = {}
      for (let i = 0; i < 3000; i++) files[`operators/op${i % 30}/module_${i}.py`] = `x = ${i}\n`
      // One finding early, one late, and a suppressed one in between: in three different runs.
      files['operators/op0/module_0.py'] = SHELL_TRUE
      files['operators/op29/module_2999.py'] = SHELL_TRUE
      files['operators/op15/module_1515.py'] = NOSEC
      const repo = await repoWith(files)
      const started = Date.now()
      const result = await gate(repo.dir)
      const elapsed = Date.now() - started
      expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '2' })
      expect(result.report.suppressed).toBe(1)
      expect(result.summary).toContain('the 3000 Python file(s)')
      const byState = (state: string) =>
        result.report.findings
          .filter(
            (f: { state: string; ruleId: string }) => f.state === state && f.ruleId === 'B602'
          )
          .map((f: { file: string }) => f.file)
      expect(byState('blocking').sort()).toEqual([
        'operators/op0/module_0.py',
        'operators/op29/module_2999.py'
      ])
      expect(byState('suppressed')).toEqual(['operators/op15/module_1515.py'])
      expect(elapsed).toBeLessThan(90_000)
    }
  )
})

describe('# nosec suppressions are visible', () => {
  it('nosec: report (the default) passes, and lists the suppression in the summary, report and SARIF', async () => {
    const repo = await repoWith({ 'operators/a/app.py': NOSEC })
    const result = await gate(repo.dir)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    expect(result.summary).toContain('Suppressed in the source by # nosec (1)')
    expect(result.summary).toContain('| operator | blocking | allowed | suppressed (# nosec) |')
    expect(result.summary).toContain('| a | 0 | 0 | 1 |')
    expect(result.summary).toContain('operators/a/app.py:4')
    expect(result.report.suppressed).toBe(1)
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'B602',
        file: 'operators/a/app.py',
        line: 4,
        state: 'suppressed',
        nosec: true
      })
    )
    expect(checkSarif(result.sarif)).toEqual([])
    const b602 = resultsOf(result.sarif).find((r) => r.ruleId === 'B602')
    expect(b602).toMatchObject({
      level: 'note',
      suppressions: [{ kind: 'inSource' }],
      properties: { state: 'suppressed' }
    })
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        properties: expect.objectContaining({ title: 'bandit B602 (suppressed)' })
      })
    )
  })

  it('a # nosec naming the test (# nosec B602) is listed too', async () => {
    const repo = await repoWith({
      'operators/a/app.py': SHELL_TRUE.replace('shell=True)', 'shell=True)  # nosec B602')
    })
    const result = await gate(repo.dir)
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'B602', state: 'suppressed' })
    )
  })

  it('nosec: ignore blocks on it, saying the # nosec is not honoured', async () => {
    const repo = await repoWith({ 'operators/a/app.py': NOSEC })
    const result = await gate(repo.dir, { nosec: 'ignore' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '1' })
    expect(result.errors.at(-1)?.message).toContain(
      'B602 in operators/a/app.py:4 (# nosec is not honoured with nosec: ignore)'
    )
    const b602 = resultsOf(result.sarif).find((r) => r.ruleId === 'B602')
    expect(b602?.level).toBe('error')
    expect(b602?.suppressions).toBeUndefined()
    expect(checkSarif(result.sarif)).toEqual([])
  })

  it('with nosec: ignore, the allowlist applies as to any finding', async () => {
    const repo = await repoWith({
      'operators/a/app.py': NOSEC,
      '.security-allowlist.yml': `- id: B602\n  path: operators/a/**\n  reason: the command is a constant\n  expires: ${SOON}\n`
    })
    const result = await gate(repo.dir, { nosec: 'ignore' })
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    const b602 = resultsOf(result.sarif).find((r) => r.ruleId === 'B602')
    expect(b602?.suppressions).toEqual([
      { kind: 'external', justification: `allowed until ${SOON}: the command is a constant` }
    ])
  })

  it('outside git too', async () => {
    const tree = tempDir('release-actions-gate-nogit-')
    writeFiles(tree, { 'operators/a/app.py': NOSEC })
    const result = await gate(tree)
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    expect(result.report.suppressed).toBe(1)
    expect(await gate(tree, { nosec: 'ignore' })).toMatchObject({ outputs: { outcome: 'fail' } })
  })

  it('a bad nosec input fails naming the input and the accepted values; nothing is written', async () => {
    const repo = await repoWith({ 'app.py': 'x = 1\n' })
    const result = await gate(repo.dir, { nosec: 'skip' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]?.message).toContain(
      'Input "nosec" is "skip"; accepted: report, ignore.'
    )
    expect(existsSync(path.join(repo.dir, 'security-gate.json'))).toBe(false)
  })
})
