import type { Git } from '../../../src/lib/git.js'

const GITHUB_REMOTE =
  /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/

/** The GitHub owner and repository of the `origin` remote, if it is on github.com. */
export async function readGithubOrigin(
  git: Git
): Promise<{ owner: string; repo: string } | undefined> {
  const url = await git.tryRead(['remote', 'get-url', 'origin'])
  const match = url ? GITHUB_REMOTE.exec(url) : null
  return match ? { owner: match[1]!, repo: match[2]! } : undefined
}
