import { getExecOutput } from '@actions/exec'

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

/** Runs a program through @actions/exec (argv, never a shell) and collects its output. */
export const runCommand: CommandRunner = async (command, args, options = {}) => {
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

function mergeEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  return { ...env, ...extra }
}
