import type { CreateGitHubClientOptions, GitHubClient } from './github-client.js'

/**
 * createGitHubClient, with Octokit and its HTTP client loaded on the first call: an action that
 * rejects its inputs never loads them.
 */
export async function loadGitHubClient(options: CreateGitHubClientOptions): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./github-client.js')
  return createGitHubClient(options)
}
