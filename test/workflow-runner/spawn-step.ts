import { spawn } from 'node:child_process'
import os from 'node:os'

export interface SpawnResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Stopped by a cancel or by its time limit. */
  interrupted: 'cancelled' | 'timed-out' | undefined
}

export interface SpawnOptions {
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  signal: AbortSignal
}

/**
 * Runs one step's process. A cancel sends SIGINT, then SIGKILL after a grace period, as the
 * runner does; so does the step's time limit.
 */
export function spawnStep(
  command: string,
  args: string[],
  options: SpawnOptions
): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let interrupted: SpawnResult['interrupted']
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const stop = (why: NonNullable<SpawnResult['interrupted']>) => {
      interrupted ??= why
      signalGroup(child.pid, 'SIGINT')
      setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000).unref()
    }
    const onAbort = () => stop('cancelled')
    if (options.signal.aborted) onAbort()
    options.signal.addEventListener('abort', onAbort, { once: true })
    const timer = setTimeout(() => stop('timed-out'), options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      options.signal.removeEventListener('abort', onAbort)
      const exitCode = code ?? 128 + (signal ? os.constants.signals[signal] : 0)
      resolve({ exitCode, stdout, stderr, interrupted })
    })
  })
}

/** The whole process group: a step's children (docker, git, podman) stop with it. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}
