import { spawn } from 'node:child_process'
import { killProcessGroup, type CommandResult } from '../../../src/lib/exec.js'

export interface TimedResult extends CommandResult {
  /** The command ran past the limit and was killed (its output is then incomplete). */
  timedOut: boolean
}

export type TimedRunner = (
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: Record<string, string> }
) => Promise<TimedResult>

/**
 * Runs a scanner (argv, never a shell) with its output collected, and kills it with everything it
 * started (its own process group) once it runs past `timeoutMs`. @actions/exec cannot stop a
 * command, hence a spawn of our own.
 */
export const runTimed: TimedRunner = (command, args, { cwd, timeoutMs, env }) =>
  new Promise((resolve, reject) => {
    const group = process.platform !== 'win32'
    const child = spawn(command, args, {
      cwd,
      detached: group,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(env ? { env: { ...process.env, ...env } } : {})
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    let timedOut = false
    let settled = false
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({
        exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut
      })
    }
    const timer = setTimeout(() => {
      timedOut = true
      killProcessGroup(child, group)
    }, timeoutMs)
    child.on('error', (error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      reject(error)
    })
    // 'close' waits for the pipes; once killed, 'exit' is enough (a stray holder must not hang us).
    child.on('exit', (code, signal) => {
      if (!timedOut) return
      child.stdout.destroy()
      child.stderr.destroy()
      finish(code, signal)
    })
    child.on('close', finish)
  })

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : 0
}

/** `10 minutes`, or the milliseconds when a test set a limit below a minute. */
export function describeLimit(timeoutMs: number): string {
  const minutes = timeoutMs / 60_000
  return Number.isInteger(minutes)
    ? `timeout-minutes ${minutes} (${minutes} minute${minutes === 1 ? '' : 's'})`
    : `a limit of ${timeoutMs} ms`
}
