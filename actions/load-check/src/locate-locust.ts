import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'

/** The locust installed when none is on PATH and `install-tools` is true. */
export const PINNED_LOCUST = '2.44.0'
const VENV_TIMEOUT_MS = 60_000
const PIP_TIMEOUT_MS = 5 * 60_000
const VERSION_TIMEOUT_MS = 30_000

export interface LocustContext {
  run: CommandRunner
  /** `which`: the absolute path of a command on PATH, or undefined. */
  findCommand: (name: string) => Promise<string | undefined>
  tempDir: string
  log: (message: string) => void
}

export type LocatedLocust =
  { command: string; version: string; notes: string[] } | { error: string; notes: string[] }

/** Finds locust on PATH or, with `install`, installs the pinned release into a private venv. */
export async function locateLocust(
  install: boolean,
  context: LocustContext
): Promise<LocatedLocust> {
  const found = await context.findCommand('locust')
  if (found)
    return { command: found, version: await readLocustVersion(found, context.run), notes: [] }
  if (!install) {
    return {
      error: `locust is not installed and install-tools is false (your setup): install locust (pip install locust==${PINNED_LOCUST}) in an earlier step, or set install-tools: true`,
      notes: []
    }
  }
  try {
    const command = await installLocust(context)
    return {
      command,
      version: await readLocustVersion(command, context.run),
      notes: [
        `locust was not on PATH: installed locust ${PINNED_LOCUST} into a virtualenv for this run`
      ]
    }
  } catch (error) {
    return {
      error: `locust is not on PATH and installing locust ${PINNED_LOCUST} failed (the network or PyPI, or the runner's Python): ${lastLines(errorMessage(error))}`,
      notes: []
    }
  }
}

async function installLocust(context: LocustContext): Promise<string> {
  const venv = path.join(context.tempDir, 'load-check-locust')
  context.log(`Installing locust ${PINNED_LOCUST} into ${venv}`)
  await context.run('python3', ['-m', 'venv', venv], { silent: true, timeoutMs: VENV_TIMEOUT_MS })
  await context.run(
    path.join(venv, 'bin', 'pip'),
    [
      'install',
      '--disable-pip-version-check',
      '--quiet',
      '--timeout',
      '15',
      '--retries',
      '2',
      `locust==${PINNED_LOCUST}`
    ],
    { silent: true, timeoutMs: PIP_TIMEOUT_MS }
  )
  const command = path.join(venv, 'bin', 'locust')
  const found = await context.findCommand(command)
  if (!found) throw new Error(`pip finished but ${command} is not there`)
  return command
}

/** `locust 2.12.1 from …` → `2.12.1`; Debian's package prints no number: `unknown`. */
export async function readLocustVersion(command: string, run: CommandRunner): Promise<string> {
  try {
    const result = await run(command, ['--version'], {
      allowFailure: true,
      silent: true,
      timeoutMs: VERSION_TIMEOUT_MS
    })
    return /(\d+\.\d+(?:\.\d+)?\S*)/.exec(`${result.stdout} ${result.stderr}`)?.[1] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

export function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join('\n')
}
