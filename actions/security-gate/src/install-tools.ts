import { which } from '@actions/io'
import path from 'node:path'
import type { CommandRunner } from '../../../src/lib/exec.js'

/** The versions installed when a tool is missing and `install-tools` is true. */
export const PINNED = { bandit: '1.9.4', 'pip-audit': '2.10.0' } as const
export type Tool = keyof typeof PINNED

export interface ToolContext {
  run: CommandRunner
  /** A folder for the private virtualenv (RUNNER_TEMP on a runner). */
  tempDir: string
  log: (message: string) => void
}

/** Finds `tool` on PATH; undefined when it is not there. */
export async function findTool(tool: Tool): Promise<string | undefined> {
  return (await which(tool, false)) || undefined
}

/**
 * Installs the missing tools at their pinned versions into a private virtualenv (never into the
 * system Python, which runners mark as externally managed), and returns their executables.
 */
export async function installTools(
  tools: Tool[],
  context: ToolContext
): Promise<Record<string, string>> {
  const venv = path.join(context.tempDir, 'security-gate-tools')
  const specs = tools.map((tool) => `${tool}==${PINNED[tool]}`)
  context.log(`Installing ${specs.join(' and ')} into ${venv}`)
  await context.run('python3', ['-m', 'venv', venv], { silent: true })
  await context.run(
    path.join(venv, 'bin', 'pip'),
    ['install', '--disable-pip-version-check', '--quiet', ...specs],
    { silent: true }
  )
  return Object.fromEntries(tools.map((tool) => [tool, path.join(venv, 'bin', tool)]))
}
