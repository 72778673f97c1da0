import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveOutputPath, resolveOutputPaths } from '../src/output-paths.js'
import { runTimed, type TimedRunner } from '../src/run-timed.js'
import { runGate } from './run-gate.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A workspace with one Python file, and a folder outside it holding `victim.txt`. */
function setup() {
  const workspace = tempDir('release-actions-gate-out-')
  const outside = tempDir('release-actions-gate-outside-')
  writeFileSync(path.join(workspace, 'app.py'), 'x = 1\n')
  writeFileSync(path.join(outside, 'victim.txt'), 'untouched\n')
  return { workspace, outside }
}

function expectOutsideUntouched(outside: string) {
  expect(readdirSync(outside)).toEqual(['victim.txt'])
  expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('untouched\n')
}

function gate(workspace: string, inputs: Record<string, string>, runScanner?: TimedRunner) {
  const all = { 'pip-audit': 'false', 'install-tools': 'false', ...inputs }
  return runGate({ workspace, inputs: all, runScanner })
}

describe('output paths', () => {
  it('a committed security-gate.sarif linking outside is refused, and nothing is written', async () => {
    const { workspace, outside } = setup()
    symlinkSync(path.join(outside, 'victim.txt'), path.join(workspace, 'security-gate.sarif'))
    const result = await gate(workspace, {})
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures).toEqual([
      'security-gate: Input "sarif" is "security-gate.sarif", which is a symbolic link; accepted: a file path inside the workspace that is not a symbolic link.'
    ])
    expectOutsideUntouched(outside)
    expect(existsSync(path.join(workspace, 'security-gate.json'))).toBe(false)
  })

  it('a dangling link (to a file that does not exist yet) is refused too', async () => {
    const { workspace, outside } = setup()
    symlinkSync(path.join(outside, 'new.json'), path.join(workspace, 'security-gate.json'))
    const result = await gate(workspace, {})
    expect(result.failures[0]).toContain(
      'Input "report" is "security-gate.json", which is a symbolic link'
    )
    expectOutsideUntouched(outside)
  })

  it('a folder on the way that links outside is refused, naming where it resolves', async () => {
    const { workspace, outside } = setup()
    symlinkSync(outside, path.join(workspace, 'reports'))
    const result = await gate(workspace, { report: 'reports/deep/gate.json' })
    expect(result.failures[0]).toContain(
      'Input "report" is "reports/deep/gate.json", which resolves outside the workspace'
    )
    expectOutsideUntouched(outside)
    expect(existsSync(path.join(workspace, 'security-gate.sarif'))).toBe(false)
  })

  it('a link planted while the scanners run is refused when writing', async () => {
    const { workspace, outside } = setup()
    const planting: TimedRunner = async (command, args, options) => {
      // git ls-files runs through here too, before bandit: the link is planted once.
      if (!existsSync(path.join(workspace, 'security-gate.json')))
        symlinkSync(path.join(outside, 'victim.txt'), path.join(workspace, 'security-gate.json'))
      return runTimed(command, args, options)
    }
    const result = await gate(workspace, {}, planting)
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures[0]).toContain('which is a symbolic link')
    expectOutsideUntouched(outside)
    expect(existsSync(path.join(workspace, 'security-gate.sarif'))).toBe(false)
  })

  it('paths inside the workspace are written, folders created', async () => {
    const { workspace, outside } = setup()
    const result = await gate(workspace, { report: 'out/gate.json', sarif: 'out/gate.sarif' })
    expect(result.failures).toEqual([])
    expect(result.outputs).toMatchObject({
      outcome: 'pass',
      report: 'out/gate.json',
      sarif: 'out/gate.sarif'
    })
    expect(JSON.parse(readFileSync(path.join(workspace, 'out/gate.json'), 'utf8')).outcome).toBe(
      'pass'
    )
    expect(existsSync(path.join(workspace, 'out/gate.sarif'))).toBe(true)
    expectOutsideUntouched(outside)
  })

  it.each([
    [
      { report: '../gate.json' },
      'Input "report" is "../gate.json", which is outside the workspace'
    ],
    [
      { sarif: '/tmp/gate.sarif' },
      'Input "sarif" is "/tmp/gate.sarif", which is outside the workspace'
    ],
    [{ sarif: '.' }, 'Input "sarif" is ".", which is outside the workspace'],
    [
      { report: 'app.py/x.json' },
      'Input "report" is "app.py/x.json", whose folder app.py is a file'
    ],
    [{ report: 'broken/x.json' }, 'whose folder broken is a broken symbolic link'],
    [{ report: 'sub' }, 'Input "report" is "sub", which is not a regular file'],
    [
      { report: 'gate.out', sarif: './gate.out' },
      'Inputs "report" ("gate.out") and "sarif" ("./gate.out") are the same file; accepted: two different files.'
    ],
    [{ path: '..' }, 'Input "path" is "..", which is outside the workspace'],
    [{ path: 'elsewhere' }, 'Input "path" is "elsewhere", which resolves outside the workspace']
  ])('%j is refused before anything runs', async (inputs, message) => {
    const { workspace, outside } = setup()
    mkdirSync(path.join(workspace, 'sub'))
    symlinkSync(outside, path.join(workspace, 'elsewhere'))
    symlinkSync(path.join(outside, 'nothing'), path.join(workspace, 'broken'))
    let scans = 0
    const result = await gate(workspace, inputs, async (...args) => {
      scans++
      return runTimed(...args)
    })
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures[0]).toContain(message)
    expect(scans).toBe(0)
    expect(readdirSync(workspace).sort()).toEqual(['app.py', 'broken', 'elsewhere', 'sub'])
    expectOutsideUntouched(outside)
  })

  it('two names for one file (a hard link) are the same file', () => {
    const { workspace } = setup()
    writeFileSync(path.join(workspace, 'a.json'), '{}')
    linkSync(path.join(workspace, 'a.json'), path.join(workspace, 'b.json'))
    expect(() => resolveOutputPaths({ report: 'a.json', sarif: 'b.json' }, workspace)).toThrow(
      'are the same file'
    )
  })

  it('a workspace reached through a link is fine', () => {
    const { workspace } = setup()
    const link = path.join(tempDir('release-actions-gate-link-'), 'ws')
    symlinkSync(workspace, link)
    expect(resolveOutputPath('report', 'r/x.json', link)).toBe(
      path.join(realpathSync(workspace), 'r', 'x.json')
    )
  })
})
