import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { findNetworkReason } from './describe-network-failure.js'
import { errorMessage } from './errors.js'
import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from './http-retry.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface CreateGitHubClientOptions {
  token: string
  /** Defaults to `GITHUB_API_URL` (GitHub Enterprise Server sets it), else api.github.com. */
  baseUrl?: string
  retry?: Partial<RetryPolicy>
  log?: (message: string) => void
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
}

/** The one Octokit every action uses: REST, `GITHUB_API_URL` honoured, transient faults retried. */
export function createGitHubClient(options: CreateGitHubClientOptions): GitHubClient {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
  const log = options.log ?? ((message: string) => core.warning(message))
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')

  const octokit = getOctokit(options.token, { baseUrl })
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const failure = describeFailure(error)
        const decision = decideRetry(failure, attempt, policy, now(), options.random)
        if (!decision.retry) throw error
        const route = `${requestOptions.method} ${String(requestOptions.url)}`
        log(
          `GitHub API ${route}: ${decision.reason}; retrying in ` +
            `${(decision.delayMs / 1000).toFixed(1)}s (retry ${attempt} of ${policy.retries}).`
        )
        await sleep(decision.delayMs)
      }
    }
  })
  return octokit
}

function describeFailure(error: unknown) {
  const { status, response } = error as {
    status?: number
    response?: { headers?: Record<string, string | number | undefined> }
  }
  // Octokit gives a request that got no answer status 500: it is the network's, not GitHub's.
  const unanswered = response === undefined ? findNetworkReason(error) : undefined
  return {
    status: typeof status === 'number' && !unanswered ? status : undefined,
    headers: response?.headers ?? {},
    message: unanswered ?? errorMessage(error)
  }
}

// In a module of their own, so that reading GITHUB_REPOSITORY does not load Octokit.
export { parseRepository, type Repository } from './parse-repository.js'

/** What an action that talks to GitHub takes on top of the common deps. */
export interface GitHubDeps {
  createClient: (options: CreateGitHubClientOptions) => GitHubClient | Promise<GitHubClient>
}
