import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createGitRepo } from '../../../test/harness/git-repo.js'
import type { Finding } from '../src/findings.js'
import { parseBanditJson } from '../src/parse-bandit.js'
import { chunkFiles } from '../src/run-scanners.js'
import { runTimed } from '../src/run-timed.js'
import { classify } from '../src/security-gate.js'
import { isPythonName, selectFiles } from '../src/select-files.js'
import { runGate } from './run-gate.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  vi.unstubAllEnvs()
})

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const select = (root: string, workspace: string, exclude: string[] = []) =>
  selectFiles(root, workspace, exclude, { runScanner: runTimed, timeoutMs: 30_000 })

describe('chunkFiles', () => {
  const names = (count: number, length = 10) =>
    Array.from({ length: count }, (_, i) => `${String(i).padStart(length - 3, '0')}.py`)

  it('keeps every file, in order, in runs of at most the file and byte limits', () => {
    const files = names(2_500)
    const chunks = chunkFiles(files)
    expect(chunks.map((c) => c.length)).toEqual([1_000, 1_000, 500])
    expect(chunks.flat()).toEqual(files)
    const long = names(100, 4_000)
    const byBytes = chunkFiles(long, { files: 1_000, bytes: 100_000 })
    expect(byBytes.every((c) => c.reduce((n, f) => n + f.length + 1, 0) <= 100_000)).toBe(true)
    expect(byBytes.map((c) => c.length)).toEqual([24, 24, 24, 24, 4])
    expect(byBytes.flat()).toEqual(long)
  })

  it('a file over the byte limit still gets a run of its own; none is empty', () => {
    expect(chunkFiles(['a.py', 'b'.repeat(50), 'c.py'], { files: 10, bytes: 20 })).toEqual([
      ['a.py'],
      ['b'.repeat(50)],
      ['c.py']
    ])
    expect(chunkFiles([])).toEqual([])
  })
})

describe("bandit's # nosec metrics", () => {
  // bandit 1.9.4's own metrics: a bare `# nosec` counts in `nosec`, `# nosec B602` in `skipped_tests`.
  const metrics = (entries: Record<string, { nosec: number; skipped_tests: number }>) =>
    JSON.stringify({ errors: [], results: [], metrics: entries })

  it('names the files with a suppression and totals them', () => {
    const report = parseBanditJson(
      metrics({
        './a/app.py': { nosec: 1, skipped_tests: 0 },
        './-r': { nosec: 0, skipped_tests: 1 },
        './--help.py': { nosec: 0, skipped_tests: 0 },
        _totals: { nosec: 1, skipped_tests: 1 }
      })
    )
    expect(report.suppressed).toEqual({ total: 2, files: ['-r', 'a/app.py'] })
  })

  it('nothing suppressed, or no metrics at all (a stand-in bandit), is none', () => {
    expect(
      parseBanditJson(metrics({ _totals: { nosec: 0, skipped_tests: 0 } })).suppressed
    ).toEqual({ total: 0, files: [] })
    expect(parseBanditJson('{"results": [], "errors": []}').suppressed).toEqual({
      total: 0,
      files: []
    })
  })
})

describe('classify', () => {
  const finding = (fields: Partial<Finding>): Finding => ({
    tool: 'bandit',
    ruleId: 'B602',
    aliases: [],
    ruleName: 'subprocess_popen_with_shell_equals_true',
    message: 'shell=True',
    severity: 'HIGH',
    confidence: 'HIGH',
    file: 'app.py',
    line: 4,
    column: 5,
    endLine: 4,
    endColumn: 37,
    snippet: '',
    package: undefined,
    fixVersions: [],
    moreInfo: undefined,
    cwe: 78,
    state: 'blocking',
    note: undefined,
    ...fields
  })
  const inputs = (nosec: 'report' | 'ignore') =>
    ({ severityThreshold: 'HIGH', confidenceThreshold: 'LOW', nosec }) as const

  it.each([
    ['report', {}, 'blocking', undefined],
    ['report', { nosec: true }, 'suppressed', 'suppressed in the source by # nosec'],
    [
      'report',
      { nosec: true, severity: 'LOW' },
      'suppressed',
      'suppressed in the source by # nosec'
    ],
    ['ignore', { nosec: true }, 'blocking', '# nosec is not honoured with nosec: ignore'],
    [
      'ignore',
      { nosec: true, severity: 'LOW' },
      'below-threshold',
      '# nosec is not honoured with nosec: ignore'
    ]
  ] as const)('nosec: %s, %j → %s', (mode, fields, state, note) => {
    expect(classify(finding(fields), inputs(mode))).toMatchObject({ state, note })
  })
})

describe('selectFiles', () => {
  it('takes the tracked Python and requirements files under path, whatever their folders, minus exclude', async () => {
    const repo = await createGitRepo()
    cleanups.push(repo.cleanup)
    await repo.commit({
      message: 'files',
      files: {
        'venv/lib/a.py': 'x = 1\n',
        'node_modules/x/b.pyw': 'x = 1\n',
        'operators/api/requirements-dev.txt': 'pytest==8.0.0\n',
        'operators/api/app.py': 'x = 1\n',
        'operators/api/README.md': '#\n',
        'operators/api/script': 'x = 1\n',
        'tests/test_x.py': 'x = 1\n',
        'weird name\nwith newline.py': 'x = 1\n'
      }
    })
    writeFileSync(path.join(repo.dir, 'untracked.py'), 'x = 1\n')
    const all = await select(repo.dir, repo.dir, ['tests/**'])
    expect(all).toMatchObject({
      source: 'git',
      python: [
        'node_modules/x/b.pyw',
        'operators/api/app.py',
        'venv/lib/a.py',
        'weird name\nwith newline.py'
      ],
      requirements: ['operators/api/requirements-dev.txt'],
      skippedLinks: [],
      errors: []
    })
    const operators = await select(path.join(repo.dir, 'operators'), repo.dir)
    expect(operators.python).toEqual(['operators/api/app.py'])
    expect(operators.notes[0]).toContain('git tracks under operators')
  })

  it('skips tracked links, to files outside and inside alike; notes tracked files missing from the work tree', async () => {
    const outside = tempDir('release-actions-select-outside-')
    writeFileSync(path.join(outside, 'secret.py'), 'x = 1\n')
    const repo = await createGitRepo()
    cleanups.push(repo.cleanup)
    await repo.commit({ message: 'files', files: { 'a.py': 'x = 1\n', 'gone.py': 'x = 1\n' } })
    symlinkSync(path.join(outside, 'secret.py'), path.join(repo.dir, 'out.py'))
    symlinkSync('a.py', path.join(repo.dir, 'in.py'))
    symlinkSync(outside, path.join(repo.dir, 'requirements.txt'))
    await repo.git(['add', '--', 'out.py', 'in.py', 'requirements.txt'])
    await repo.commit({ message: 'links' })
    unlinkSync(path.join(repo.dir, 'gone.py'))
    const selection = await select(repo.dir, repo.dir)
    expect(selection.python).toEqual(['a.py'])
    expect(selection.requirements).toEqual([])
    expect(selection.skippedLinks).toEqual(['in.py', 'out.py', 'requirements.txt'])
    expect(selection.notes.join('\n')).toContain('3 tracked symbolic link(s)')
    expect(selection.notes.join('\n')).toContain('1 tracked file(s) missing from the work tree')
  })

  it('a folder outside any git work tree: walk, saying so', async () => {
    const dir = tempDir('release-actions-select-nogit-')
    const selection = await select(dir, dir)
    expect(selection.source).toBe('walk')
    expect(selection.errors).toEqual([])
    expect(selection.notes[0]).toMatch(/^Not a git work tree \(.+\): files were chosen by walking/)
  })

  it.each(['-r.py', '--help.py', '-x'])('%s is only a name', (name) => {
    expect(isPythonName(name)).toBe(name.endsWith('.py'))
  })
})

describe('git under the time limit', () => {
  it('a git that hangs is killed and the outcome is error, naming it', async () => {
    const dir = tempDir('release-actions-fake-git-')
    writeFileSync(path.join(dir, 'git'), '#!/bin/sh\nsleep 30\n')
    chmodSync(path.join(dir, 'git'), 0o755)
    vi.stubEnv('PATH', `${dir}:${process.env.PATH ?? ''}`)
    const workspace = tempDir('release-actions-gate-git-')
    mkdirSync(path.join(workspace, 'operators'))
    writeFileSync(path.join(workspace, 'operators', 'app.py'), 'x = 1\n')
    const started = Date.now()
    const result = await runGate({
      workspace,
      inputs: { 'pip-audit': 'false', 'install-tools': 'false' },
      scannerTimeoutMs: 300
    })
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures.join('\n')).toContain('git ls-files ran past a limit of 300 ms')
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
