import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'

export interface ProcessResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface RunProcessOptions {
  cwd?: string
  /** The whole environment (nothing is inherited unless you pass it). */
  env?: Record<string, string | undefined>
  input?: string
  /** Killed (SIGKILL) and rejected after this long. */
  timeoutMs?: number
  /**
   * Polled every 10 ms: once true, the program and every process it started get SIGKILL (as the
   * runner ends a cancelled step) and the exit is returned as usual.
   */
  killWhen?: () => boolean
}

/** Runs a program, collects its output; a non-zero exit is returned, never thrown. */
export function runProcess(
  command: string,
  args: string[],
  options: RunProcessOptions = {}
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that a kill reaches what it started too.
      detached: options.killWhen !== undefined
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            child.kill('SIGKILL')
            reject(
              new Error(`${command} ran longer than ${options.timeoutMs} ms.\n${stdout}\n${stderr}`)
            )
          }, options.timeoutMs)
    const poller = options.killWhen && pollKill(child, options.killWhen, reject)
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      clearInterval(poller)
      reject(error.code === 'ENOENT' ? new Error(`${command} is not installed.`) : error)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      clearInterval(poller)
      const exitCode = code ?? 128 + (signal ? os.constants.signals[signal] : 0)
      resolve({ exitCode, stdout, stderr })
    })
    child.stdin.on('error', () => undefined) // a program that exits without reading its input
    child.stdin.end(options.input ?? '')
  })
}

function pollKill(child: ChildProcess, killWhen: () => boolean, reject: (error: unknown) => void) {
  const poller = setInterval(() => {
    let kill: boolean
    try {
      kill = killWhen()
    } catch (error) {
      kill = true
      reject(error)
    }
    if (!kill) return
    clearInterval(poller)
    // No pid: it never started (and -0 would be our own group).
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // the group is gone already
    }
  }, 10)
  return poller
}
