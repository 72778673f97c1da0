import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { CommandResult, CommandRunner } from '../../../src/lib/exec.js'
import { STATS_PATH_VARIABLE } from './hook-locustfile.js'
import type { LoadCheckInputs } from './inputs.js'

export interface LocustRun {
  command: string
  /** The hook locustfile, loaded after the user's. */
  hook: string
  /** Where the hook writes the final figures. */
  statsPath: string
  /** The `--csv` prefix. */
  csvPrefix: string
  /** The workspace: the user's locustfile may read files relative to it. */
  cwd: string
}

/** Seconds locust gets past its run-time to stop and write its figures before it is killed. */
export function computeGraceSeconds(runTimeSeconds: number): number {
  return Math.max(15, Math.ceil(runTimeSeconds / 10))
}

/** Locust's argv; the host goes through the environment (LOCUST_HOST), never here. */
export function buildLocustArgs(inputs: LoadCheckInputs, run: LocustRun): string[] {
  return [
    '-f',
    [...inputs.locustfiles, run.hook].join(','),
    '--headless',
    '-u',
    String(inputs.users),
    '-r',
    String(inputs.spawnRate),
    '-t',
    `${inputs.runTimeSeconds}s`,
    ...(inputs.tags.length > 0 ? ['--tags', ...inputs.tags] : []),
    '--csv',
    run.csvPrefix,
    '--csv-full-history',
    '--only-summary'
  ]
}

export function buildLocustEnv(hostUrl: string, statsPath: string): Record<string, string> {
  return {
    LOCUST_HOST: hostUrl,
    [STATS_PATH_VARIABLE]: statsPath,
    // Importing the user's locustfile must not leave __pycache__ folders in the workspace.
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1'
  }
}

/** Runs the load; throws CommandTimeoutError when locust outlives run-time + grace. */
export async function runLocust(
  inputs: LoadCheckInputs,
  run: LocustRun,
  runner: CommandRunner
): Promise<CommandResult> {
  const timeoutMs = (inputs.runTimeSeconds + computeGraceSeconds(inputs.runTimeSeconds)) * 1000
  return runner(run.command, buildLocustArgs(inputs, run), {
    cwd: run.cwd,
    env: buildLocustEnv(inputs.host.url, run.statsPath),
    allowFailure: true,
    silent: true,
    timeoutMs
  })
}

/** Imports the locustfile(s) with `--list` (dry run): loads the user's code, sends nothing. */
export async function listLocustUsers(
  inputs: LoadCheckInputs,
  run: LocustRun,
  runner: CommandRunner
): Promise<CommandResult> {
  return runner(run.command, ['-f', [...inputs.locustfiles, run.hook].join(','), '--list'], {
    cwd: run.cwd,
    env: buildLocustEnv(inputs.host.url, run.statsPath),
    allowFailure: true,
    silent: true,
    timeoutMs: 60_000
  })
}

export function readTextIfThere(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

export function historyCsvPath(run: LocustRun): string {
  return path.join(`${run.csvPrefix}_stats_history.csv`)
}
