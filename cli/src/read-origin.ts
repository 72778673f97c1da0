import type { Git } from '../../src/lib/git.js'

export interface GitHubRepository {
  /** https://github.com, or a GitHub Enterprise Server's own address. */
  serverUrl: string
  owner: string
  name: string
}

// Owners and repository names as GitHub allows them; anything else is no link at all.
const NAME = /^[A-Za-z0-9_.-]+$/
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/

/**
 * The GitHub repository an `origin` URL points at: https://HOST/OWNER/REPO(.git),
 * git@HOST:OWNER/REPO(.git) or ssh://git@HOST(:PORT)/OWNER/REPO(.git); undefined otherwise.
 */
export function parseGitHubRemote(url: string): GitHubRepository | undefined {
  const match =
    /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^ssh:\/\/[^@/]+@([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^[^@/:]+@([^/:]+):([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  if (!match) return undefined
  const [, host = '', owner = '', name = ''] = match
  if (!HOST.test(host) || !NAME.test(owner) || !NAME.test(name)) return undefined
  if (owner.startsWith('.') || name.startsWith('.')) return undefined
  // An ssh port is not the web's: the web address is the host alone.
  const webHost = url.startsWith('http') ? host : host.replace(/:\d+$/, '')
  return { serverUrl: `https://${webHost}`, owner, name }
}

/** The repository of the `origin` remote, or undefined when there is none or it is not GitHub's form. */
export async function readOrigin(git: Git): Promise<GitHubRepository | undefined> {
  const url = await git.tryRead(['remote', 'get-url', '--', 'origin'])
  return url ? parseGitHubRemote(url) : undefined
}
