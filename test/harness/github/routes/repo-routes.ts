import {
  buildLinkHeader,
  fail,
  noContent,
  notFound,
  ok,
  type RouteContext,
  type RouteTable
} from '../answers.js'
import { diffSnapshots } from '../git-objects.js'
import {
  repoApiUrl,
  repoWebUrl,
  toBranchJson,
  toCommitJson,
  toFileJson,
  toRepositoryJson
} from '../github-json.js'

// Without paging parameters GitHub lists at most this many commits in a comparison.
const COMPARE_COMMIT_LIMIT = 250

/** The repository, its branches, comparisons and server-side merges. */
export const repoRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}': ({ repo, urls }) => ok(toRepositoryJson(repo, urls)),

  'GET /repos/{owner}/{repo}/branches/{branch}': ({ repo, params, urls, docs }) => {
    const name = params.branch as string
    const sha = repo.getBranchSha(name)
    if (!sha) return notFound(docs, 'Branch not found')
    return ok(toBranchJson(repo, name, repo.requireCommit(sha), urls))
  },

  'GET /repos/{owner}/{repo}/compare/{basehead}': (context) => compare(context),

  'POST /repos/{owner}/{repo}/merges': ({ repo, body, urls, docs, actor }) => {
    const { base, head, commit_message } = body as {
      base: string
      head: string
      commit_message?: string
    }
    if (!repo.getBranchSha(base)) return notFound(docs, 'Base does not exist')
    const headSha = repo.resolveCommitish(head)
    if (!headSha) return notFound(docs, 'Head does not exist')
    const author = { name: actor, email: `${actor}@users.noreply.github.com`, login: actor }
    const message = commit_message ?? `Merge ${head} into ${base}`
    const outcome = repo.mergeIntoBranch(base, headSha, message, { ...author, date: repo.now() })
    if (outcome.kind === 'up-to-date') return noContent()
    if (outcome.kind === 'conflict') return fail(409, 'Merge conflict', docs)
    return ok(toCommitJson(repo, repo.requireCommit(outcome.sha), urls, true), 201)
  }
}

function compare(context: RouteContext) {
  const { repo, params, query, urls, docs } = context
  const [baseName, headName, extra] = (params.basehead as string).split('...')
  if (baseName === undefined || headName === undefined || extra !== undefined) return notFound(docs)
  const base = repo.resolveCommitish(stripOwner(baseName, repo.owner))
  const head = repo.resolveCommitish(stripOwner(headName, repo.owner))
  if (!base || !head) return notFound(docs)
  const result = repo.compare(base, head)
  const paged = query.has('per_page') || query.has('page')
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100)
  const page = Math.max(Number(query.get('page') ?? 1), 1)
  const commits = paged
    ? result.commits.slice((page - 1) * perPage, page * perPage)
    : result.commits.slice(-COMPARE_COMMIT_LIMIT)
  const mergeBase = result.mergeBase ? repo.requireCommit(result.mergeBase) : undefined
  // Files are the three-dot diff (merge base → head), and only on the first page.
  const files =
    page === 1 ? diffSnapshots(mergeBase?.files ?? {}, repo.requireCommit(head).files) : []
  const compareWeb = `${repoWebUrl(repo, urls)}/compare`
  const web = `${compareWeb}/${params.basehead}`
  const body = {
    url: `${repoApiUrl(repo, urls)}/compare/${params.basehead}`,
    html_url: web,
    permalink_url: `${compareWeb}/${repo.owner}:${base}...${repo.owner}:${head}`,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: toCommitJson(repo, repo.requireCommit(base), urls),
    merge_base_commit: mergeBase ? toCommitJson(repo, mergeBase, urls) : null,
    status: result.status,
    ahead_by: result.aheadBy,
    behind_by: result.behindBy,
    total_commits: result.aheadBy,
    commits: commits.map((sha) => toCommitJson(repo, repo.requireCommit(sha), urls)),
    files: files.map((file) => toFileJson(repo, head, file, urls))
  }
  const lastPage = Math.max(Math.ceil(result.commits.length / perPage), 1)
  const link = paged ? buildLinkHeader(context.url, page, lastPage) : undefined
  return { status: 200, body, headers: link ? { link } : {} }
}

function stripOwner(name: string, owner: string): string {
  return name.startsWith(`${owner}:`) ? name.slice(owner.length + 1) : name
}
