import coerce from 'semver/functions/coerce.js'
import lt from 'semver/functions/lt.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { findTool, installTools, PINNED, type Tool, type ToolContext } from './install-tools.js'

/** The oldest release of each tool whose verdict the gate trusts, and why. */
export const MINIMUM: Partial<Record<Tool, { version: string; why: string }>> = {
  bandit: {
    version: '1.7.5',
    // Older releases look for the `ast.Str` nodes Python 3.8 stopped producing.
    why: 'older bandit never runs B104, B105, B108 and B608 on Python 3.8 and later'
  }
}

export interface LocatedTools {
  /** The executable of each tool that will run. */
  commands: Partial<Record<Tool, string>>
  /** The version of each, as it reports it. */
  versions: { name: Tool; version: string }[]
  /** Why a wanted tool cannot run (the gate then fails closed). */
  errors: string[]
  notes: string[]
}

/**
 * Finds each wanted tool on PATH and checks its version; a missing or too old one is installed at
 * the pinned version when `install` is true, and is an error otherwise.
 */
export async function locateTools(
  wanted: Tool[],
  install: boolean,
  context: ToolContext & { run: CommandRunner }
): Promise<LocatedTools> {
  const located: LocatedTools = { commands: {}, versions: [], errors: [], notes: [] }
  const toInstall: Tool[] = []
  for (const tool of wanted) {
    const command = await findTool(tool)
    if (!command) {
      if (install) toInstall.push(tool)
      else located.errors.push(`${tool} is not installed (install-tools is false)`)
      continue
    }
    const version = await readVersion(command, context.run)
    const problem = checkVersion(tool, version)
    if (!problem) {
      located.commands[tool] = command
      located.versions.push({ name: tool, version })
    } else if (install) {
      located.notes.push(`${problem}; installed ${tool} ${PINNED[tool]} for this run instead`)
      toInstall.push(tool)
    } else {
      located.errors.push(
        `${problem}. Install ${tool} ${MINIMUM[tool]?.version ?? PINNED[tool]} or later (\`pip install ${tool}==${PINNED[tool]}\`), or set install-tools: true`
      )
    }
  }
  if (toInstall.length > 0) {
    const installed = await installTools(toInstall, context)
    for (const tool of toInstall) {
      const command = installed[tool] as string
      located.commands[tool] = command
      located.versions.push({ name: tool, version: await readVersion(command, context.run) })
    }
  }
  located.versions.sort((a, b) => wanted.indexOf(a.name) - wanted.indexOf(b.name))
  return located
}

/** Why `version` of `tool` is not trusted, or undefined when it is. */
export function checkVersion(tool: Tool, version: string): string | undefined {
  const minimum = MINIMUM[tool]
  if (!minimum) return undefined
  const found = coerce(version)
  if (!found) return `${tool} on PATH did not say its version ("${version}")`
  if (lt(found, minimum.version)) {
    return `${tool} ${version} on PATH is older than ${minimum.version}, the oldest the gate supports: ${minimum.why}`
  }
  return undefined
}

async function readVersion(command: string, run: CommandRunner): Promise<string> {
  const result = await run(command, ['--version'], { allowFailure: true, silent: true })
  const match = /(\d+\.\d+(?:\.\d+)?)/.exec(result.stdout)
  return match?.[1] ?? 'unknown'
}
