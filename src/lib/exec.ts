// @actions/exec and child_process load on the first command, not with every module that names
// an error class from here: an action that rejects its inputs never pays for them.

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface RunCommandOptions {
  cwd?: string
  env?: Record<string, string>
  /** Text written to the command's standard input (how secrets reach a command: never in argv). */
  input?: string
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
  /** Keep the command's output out of the job log. */
  silent?: boolean
  /**
   * Kill the command, with every process it started, after this many milliseconds; it then
   * throws a CommandTimeoutError (even with `allowFailure`: a killed command has no verdict).
   */
  timeoutMs?: number
}

export type CommandRunner = (
  command: string,
  args: string[],
  options?: RunCommandOptions
) => Promise<CommandResult>

export class CommandError extends Error {
  readonly result: CommandResult

  constructor(command: string, args: string[], result: CommandResult) {
    const stderr = result.stderr.trim().split('\n').slice(-5).join('\n')
    super(
      `\`${[command, ...args].join(' ')}\` exited with ${result.exitCode}` +
        (stderr ? `: ${stderr}` : '')
    )
    this.name = 'CommandError'
    this.result = result
  }
}

export class CommandTimeoutError extends Error {
  constructor(command: string, args: string[], timeoutMs: number) {
    super(`\`${[command, ...args].join(' ')}\` ran longer than ${timeoutMs} ms and was killed`)
    this.name = 'CommandTimeoutError'
  }
}

/**
 * Runs a program (argv, never a shell) and collects its output: through @actions/exec, or, with
 * `timeoutMs`, through a spawn of its own (@actions/exec cannot stop a command).
 */
export const runCommand: CommandRunner = async (command, args, options = {}) => {
  if (options.timeoutMs !== undefined)
    return runWithTimeLimit(command, args, { ...options, timeoutMs: options.timeoutMs })
  const { getExecOutput } = await import('@actions/exec')
  const result = await getExecOutput(command, args, {
    cwd: options.cwd,
    env: options.env ? mergeEnv(options.env) : undefined,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    silent: options.silent ?? false,
    ignoreReturnCode: true
  })
  if (result.exitCode !== 0 && !options.allowFailure) throw new CommandError(command, args, result)
  return result
}

async function runWithTimeLimit(
  command: string,
  args: string[],
  options: RunCommandOptions & { timeoutMs: number }
): Promise<CommandResult> {
  const { spawn } = await import('node:child_process')
  const group = process.platform !== 'win32'
  if (!options.silent) process.stdout.write(`[command]${[command, ...args].join(' ')}\n`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ? mergeEnv(options.env) : process.env,
      // Its own process group, so a kill reaches whatever it started (git's ssh or https helper).
      detached: group,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk)
      if (!options.silent) process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk)
      if (!options.silent) process.stderr.write(chunk)
    })
    // A command that exits without reading its input must not fail us with EPIPE.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
    let timedOut = false
    let settled = false
    const settle = (action: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      action()
    }
    const timer = setTimeout(() => {
      timedOut = true
      killProcessGroup(child, group)
    }, options.timeoutMs)
    child.on('error', (error) => settle(() => reject(error)))
    // Once killed, 'exit' is enough: a grandchild still holding the pipes must not hang us.
    const killed = () => reject(new CommandTimeoutError(command, args, options.timeoutMs))
    child.on('exit', () => {
      if (!timedOut) return
      child.stdout.destroy()
      child.stderr.destroy()
      settle(killed)
    })
    child.on('close', (code, signal) =>
      settle(() => {
        if (timedOut) return killed()
        const result = {
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8')
        }
        if (result.exitCode !== 0 && !options.allowFailure)
          reject(new CommandError(command, args, result))
        else resolve(result)
      })
    )
  })
}

function mergeEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  return { ...env, ...extra }
}

/** SIGKILL to `child` and, when it leads its own process group, to everything it started. */
export function killProcessGroup(
  child: { pid?: number; kill(signal: 'SIGKILL'): boolean },
  group: boolean
): void {
  try {
    if (group && child.pid) process.kill(-child.pid, 'SIGKILL')
    else child.kill('SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}
