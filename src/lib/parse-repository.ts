// A type alias, not an interface, so it spreads into Octokit's request parameters.
export type Repository = { owner: string; repo: string }

/** `owner/repo` (as in GITHUB_REPOSITORY) split for Octokit. */
export function parseRepository(value: string | undefined): Repository {
  const [owner, repo, ...rest] = (value ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`GITHUB_REPOSITORY is "${value ?? ''}", not "owner/repo".`)
  }
  return { owner, repo }
}
