import type { CommandResult, CommandRunner, RunCommandOptions } from './exec.js'

export interface Git {
  /** Every git call goes through here: one place for the environment and the flags. */
  run(args: string[], options?: Omit<RunCommandOptions, 'cwd'>): Promise<CommandResult>
  /** Trimmed standard output; throws when git fails. */
  read(args: string[]): Promise<string>
  /** Trimmed standard output, or undefined when git exits non-zero (a missing ref, say). */
  tryRead(args: string[]): Promise<string | undefined>
}

export interface CreateGitOptions {
  cwd: string
  /** The actions pass `runCommand` (@actions/exec); the CLI a lighter runner of its own. */
  runner: CommandRunner
}

// Never wait on a credential prompt in CI; print paths as they are, not C-quoted.
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0' }
const GIT_FLAGS = ['-c', 'core.quotepath=off']

export function createGit({ cwd, runner }: CreateGitOptions): Git {
  const run: Git['run'] = (args, options = {}) =>
    runner('git', [...GIT_FLAGS, ...args], {
      silent: true,
      ...options,
      cwd,
      env: { ...GIT_ENV, ...options.env }
    })
  return {
    run,
    async read(args) {
      return (await run(args)).stdout.trim()
    },
    async tryRead(args) {
      const result = await run(args, { allowFailure: true })
      return result.exitCode === 0 ? result.stdout.trim() : undefined
    }
  }
}
