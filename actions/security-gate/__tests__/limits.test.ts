import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakePipAudit } from '../../../test/harness/fake-pip-audit.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { readSecurityGateInputs } from '../src/inputs.js'
import { describeLimit, runTimed, type TimedRunner } from '../src/run-timed.js'
import { runGate } from './run-gate.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup())
  vi.unstubAllEnvs()
})

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A `bandit` on PATH standing in for a hung or buggy bandit: `body` runs for every scan. */
function fakeBandit(body: string[]): void {
  const dir = tempDir('release-actions-fake-bandit-')
  const script = path.join(dir, 'bandit')
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      'if [ "$1" = "--version" ]; then echo "bandit 1.9.4"; exit 0; fi',
      ...body,
      ''
    ].join('\n')
  )
  chmodSync(script, 0o755)
  vi.stubEnv('PATH', `${dir}:${process.env.PATH ?? ''}`)
}

async function gateOnOperators(
  inputs: Record<string, string>,
  scannerTimeoutMs?: number,
  runScanner: TimedRunner = runTimed
) {
  const workspace = tempDir('release-actions-gate-limits-')
  mkdirSync(path.join(workspace, 'operators'))
  writeFileSync(path.join(workspace, 'operators', 'app.py'), 'x = 1\n')
  writeFileSync(path.join(workspace, 'operators', 'requirements.txt'), 'flask==0.5\n')
  return runGate({ workspace, inputs, runScanner, scannerTimeoutMs })
}

const banditOnly = { 'pip-audit': 'false', 'install-tools': 'false' }

describe('scanner time limit', () => {
  it('a bandit that hangs past the limit is killed and the outcome is error, naming it', async () => {
    fakeBandit(['sleep 30', 'echo \'{"results": [], "errors": []}\''])
    const started = Date.now()
    const result = await gateOnOperators(banditOnly, 300)
    const elapsed = Date.now() - started
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures.join('\n')).toContain(
      'bandit ran past a limit of 300 ms and was stopped'
    )
    expect(elapsed).toBeLessThan(10_000)
  })

  it('a pip-audit that hangs past the limit is killed and the outcome is error, naming it', async () => {
    const fake = createFakePipAudit({ output: '', exitCode: 0, sleepSeconds: 30 })
    cleanups.push(fake.cleanup)
    vi.stubEnv('PATH', fake.env.PATH)
    const started = Date.now()
    const result = await gateOnOperators({ bandit: 'false', 'install-tools': 'false' }, 300)
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures.join('\n')).toContain(
      'pip-audit operators/requirements.txt ran past a limit of 300 ms and was stopped'
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('names timeout-minutes when the limit is whole minutes', () => {
    expect(describeLimit(10 * 60_000)).toBe('timeout-minutes 10 (10 minutes)')
    expect(describeLimit(60_000)).toBe('timeout-minutes 1 (1 minute)')
  })

  it('timeout-minutes is passed on as the limit of every scanner run, and of git ls-files', async () => {
    fakeBandit(['echo \'{"results": [], "errors": []}\''])
    const limits: [string, number][] = []
    const result = await gateOnOperators(
      { ...banditOnly, 'timeout-minutes': '2' },
      undefined,
      (c, a, o) => {
        limits.push([path.basename(c), o.timeoutMs])
        return runTimed(c, a, o)
      }
    )
    expect(result.outputs.outcome).toBe('pass')
    expect(limits).toEqual([
      ['git', 120_000],
      ['bandit', 120_000]
    ])
  })

  it('runTimed kills the whole process group (a child holding the pipe included)', async () => {
    const started = Date.now()
    const result = await runTimed('sh', ['-c', 'sleep 30 & sleep 30; echo never'], {
      cwd: os.tmpdir(),
      timeoutMs: 200
    })
    expect(result.timedOut).toBe(true)
    expect(result.stdout).toBe('')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('runTimed returns output and exit code of a command within the limit', async () => {
    const result = await runTimed('sh', ['-c', 'echo out; echo err >&2; exit 3'], {
      cwd: os.tmpdir(),
      timeoutMs: 5_000
    })
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false })
  })
})

describe('bandit exit code and report agree', () => {
  it('exit 1 with no results is an error, not a pass', async () => {
    fakeBandit(['echo \'{"results": [], "errors": []}\'', 'exit 1'])
    const result = await gateOnOperators(banditOnly)
    expect(result.outputs.outcome).toBe('error')
    expect(result.failures.join('\n')).toContain(
      'bandit exited with 1 (findings) but its report lists no results'
    )
  })

  it('exit 0 with no results passes', async () => {
    fakeBandit(['echo \'{"results": [], "errors": []}\'', 'exit 0'])
    const result = await gateOnOperators(banditOnly)
    expect(result.outputs.outcome).toBe('pass')
  })
})

describe('timeout-minutes input', () => {
  const read = (value: string) =>
    readSecurityGateInputs(
      createInputReader({
        getInput: (name) => (name === 'timeout-minutes' ? value : ''),
        setSecret: () => undefined
      }),
      os.tmpdir()
    ).timeoutMinutes

  it.each([
    ['', 10],
    ['1', 1],
    [' 45 ', 45],
    ['360', 360]
  ])('%j → %d minutes', (value, minutes) => {
    expect(read(value)).toBe(minutes)
  })

  it.each(['0', '361', '1.5', '-3', 'ten', '10m', '1e2', '0x10'])(
    '%j is refused, naming the input and the accepted values',
    (value) => {
      expect(() => read(value)).toThrow(
        `Input "timeout-minutes" is "${value}"; accepted: a whole number of minutes from 1 to 360.`
      )
    }
  )

  it('a bad value fails before any scanner runs', async () => {
    const runScanner = vi.fn(runTimed)
    fakeBandit(['echo \'{"results": [], "errors": []}\''])
    const workspace = tempDir('release-actions-gate-limits-')
    const { failures } = await runGate({
      workspace,
      inputs: { ...banditOnly, 'timeout-minutes': '0' },
      env: { GITHUB_WORKSPACE: workspace },
      runScanner
    })
    expect(failures).toEqual([
      'security-gate: Input "timeout-minutes" is "0"; accepted: a whole number of minutes from 1 to 360.'
    ])
    expect(runScanner).not.toHaveBeenCalled()
  })
})
