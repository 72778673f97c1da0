import type { CommandRunner } from '../../src/lib/exec.js'

/** `git merge-tree --write-tree`, which predicts the merges without a work tree, came in 2.38. */
export const MINIMUM_GIT = [2, 38] as const

/**
 * Why the git on PATH cannot run the plan, or undefined when it can. Asked once per run, before
 * any other git call.
 */
export async function checkGitVersion(run: CommandRunner): Promise<string | undefined> {
  const result = await run('git', ['--version'], { allowFailure: true, silent: true }).catch(
    () => undefined
  )
  if (!result || result.exitCode !== 0) return 'git is not installed (or not on PATH)'
  return describeGitProblem(result.stdout)
}

/** `git version 2.34.1` → undefined when new enough, else what is needed and what was found. */
export function describeGitProblem(versionText: string): string | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(versionText)
  const found = match ? match[0] : versionText.trim() || 'no version'
  const [major = 0, minor = 0] = match ? [Number(match[1]), Number(match[2])] : []
  const [needMajor, needMinor] = MINIMUM_GIT
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined
  return `release-actions plan needs git ${needMajor}.${needMinor} or later for \`git merge-tree --write-tree\` (the release merge and the sync, predicted without touching the repository); found ${found}`
}
