import { fail, notFound, ok, paginate, type RouteContext, type RouteTable } from '../answers.js'
import { collectAncestors, sortNewestFirst } from '../commit-graph.js'
import { diffSnapshots, type Commit } from '../git-objects.js'
import { toCommitJson, toPullJson } from '../github-json.js'
import type { PullRequest, RepoState } from '../repo-state.js'

/** Commits: one by ref, a branch's history, and the pull requests behind a commit. */
export const commitRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/commits/{ref}': ({ repo, params, urls, docs }) => {
    const sha = repo.resolveCommitish(params.ref as string)
    if (!sha) return fail(422, `No commit found for SHA: ${params.ref}`, docs)
    return ok(toCommitJson(repo, repo.requireCommit(sha), urls, true))
  },

  'GET /repos/{owner}/{repo}/commits': (context) => listCommits(context),

  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': (context) => {
    const { repo, params, urls, docs } = context
    const sha = repo.resolveCommitish(params.commit_sha as string)
    if (!sha) return fail(422, `No commit found for SHA: ${params.commit_sha}`, docs)
    const pulls = findPullsForCommit(repo, sha).map((pull) => toPullJson(repo, pull, urls))
    return paginate(context, pulls)
  }
}

function listCommits(context: RouteContext) {
  const { repo, query, urls, docs } = context
  const start = query.get('sha') ?? repo.defaultBranch
  if (repo.commits.size === 0) return fail(409, 'Git Repository is empty.', docs)
  const head = repo.resolveCommitish(start)
  if (!head) return notFound(docs)
  const history = sortNewestFirst(repo.lookup, collectAncestors(repo.lookup, head))
    .map((sha) => repo.requireCommit(sha))
    .filter((commit) => matchesFilters(repo, commit, query))
  return paginate(
    context,
    history.map((commit) => toCommitJson(repo, commit, urls))
  )
}

function matchesFilters(repo: RepoState, commit: Commit, query: URLSearchParams): boolean {
  const { author, committer } = commit
  const path = query.get('path')
  if (path) {
    const first = commit.parents[0]
    const changes = diffSnapshots(first ? repo.requireCommit(first).files : {}, commit.files)
    if (!changes.some(({ filename }) => filename === path || filename.startsWith(`${path}/`)))
      return false
  }
  const person = (who: string | null, signature: Commit['author']) =>
    !who || who === signature.login || who === signature.email
  if (!person(query.get('author'), author) || !person(query.get('committer'), committer))
    return false
  const since = query.get('since')
  const until = query.get('until')
  const date = Date.parse(committer.date)
  return (!since || date >= Date.parse(since)) && (!until || date <= Date.parse(until))
}

/**
 * GitHub: the merged pull request that introduced a commit on the default branch; for a
 * commit not on the default branch, the merged and open pull requests that contain it.
 */
export function findPullsForCommit(repo: RepoState, sha: string): PullRequest[] {
  const tip = repo.getBranchSha(repo.defaultBranch)
  const onDefault = tip !== undefined && repo.isAncestor(sha, tip)
  const contains = (pull: PullRequest) =>
    pull.mergeCommitSha === sha || repo.listPullCommits(pull).has(sha)
  return repo
    .listPulls()
    .filter((pull) => (onDefault ? pull.merged : pull.merged || pull.state === 'open'))
    .filter(contains)
    .sort((a, b) => b.number - a.number)
}
