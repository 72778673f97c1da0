import { execFile } from 'node:child_process'
import type { CommandRunner } from '../../src/lib/exec.js'

/**
 * The CLI's command runner: node's execFile straight away. @actions/exec (the actions' runner)
 * resolves the program on PATH and tees output to the job log on every call, which a command
 * line tool making a dozen quick git calls does not need.
 */
export const execFileRunner: CommandRunner = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : process.env,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'utf8'
      },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code
        if (error && typeof code !== 'number') return reject(error)
        const result = { exitCode: typeof code === 'number' ? code : 0, stdout, stderr }
        if (result.exitCode !== 0 && !options.allowFailure) {
          return reject(
            new Error(
              `\`${[command, ...args].join(' ')}\` exited with ${result.exitCode}: ${stderr.trim()}`
            )
          )
        }
        resolve(result)
      }
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
