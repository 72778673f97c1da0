import type { GitHubStandIn } from '../../../test/harness/github/server.js'
import { runAction, type RunActionOptions } from '../../../test/harness/run-action.js'

export const TOKEN = 'ghs_tagReleaseTestToken0123456789'

// generate-notes is a POST that changes nothing: it does not count as a write.
const READ_ONLY_POSTS = new Set(['/repos/{owner}/{repo}/releases/generate-notes'])

export { useGitHubStandIn as useGitHub } from '../../../test/harness/github/use-stand-in.js'

export function countWrites(github: GitHubStandIn): number {
  return listWrites(github).length
}

export function listWrites(github: GitHubStandIn): string[] {
  return github.requests
    .filter((r) => r.method !== 'GET' && !READ_ONLY_POSTS.has(r.route ?? ''))
    .map((r) => `${r.method} ${r.path}`)
}

export async function runTagRelease(
  github: GitHubStandIn,
  sha: string,
  inputs: RunActionOptions['inputs'] = {},
  options: Partial<RunActionOptions> = {}
) {
  const result = await runAction('tag-release', {
    inputs,
    sha,
    apiUrl: github.url,
    token: TOKEN,
    ...options
  })
  return Object.assign(result, { errors: result.commands.filter((c) => c.command === 'error') })
}

/** main with v1.2.3 on its tip, and a `development` branch one commit ahead. */
export function seedReleasedMain(github: GitHubStandIn) {
  const state = github.state
  state.commit({ message: 'chore: initial commit', files: { 'README.md': '# app\n' } })
  const released = state.commit({ message: 'fix: last fix of 1.2.3', files: { 'a.py': 'a = 1\n' } })
  state.tag('v1.2.3', released)
  state.createBranch('development')
  return { state, released }
}

/** Merges a `development` → `main` pull request with `labels`; returns the merge commit. */
export function mergeReleasePullRequest(
  github: GitHubStandIn,
  labels: string[],
  message = 'feat: add the beta operator'
): { sha: string; number: number } {
  const state = github.state
  state.commit({ branch: 'development', message, files: { 'b.py': `b = "${message}"\n` } })
  const pull = state.openPullRequest({ head: 'development', title: 'Weekly release', labels })
  return { sha: state.mergePullRequest(pull.number), number: pull.number }
}
