import {
  notFound,
  ok,
  paginate,
  validationFailed,
  type RouteContext,
  type RouteTable
} from '../answers.js'
import { toFullPullJson, toLabelJson, toPullJson } from '../github-json.js'

/** Pull requests and issue labels. */
export const pullRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/pulls': (context) => {
    const { repo, query, urls } = context
    const state = query.get('state') ?? 'open'
    const head = query.get('head')
    const base = query.get('base')
    // GitHub silently ignores a `head` filter without its `owner:` part.
    const headRef = head?.includes(':') ? head : undefined
    const pulls = repo
      .listPulls()
      .filter((pull) => state === 'all' || pull.state === state)
      .filter((pull) => !headRef || `${repo.owner}:${pull.head.ref}` === headRef)
      .filter((pull) => !base || pull.base.ref === base)
    // GitHub's default: by creation (the number), newest first; sort=updated by the last update.
    const ascending = query.get('direction') === 'asc'
    const key = (pull: (typeof pulls)[number]) =>
      query.get('sort') === 'updated' ? Date.parse(pull.updatedAt) * 1e4 + pull.number : pull.number
    pulls.sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)))
    return paginate(
      context,
      pulls.map((pull) => toPullJson(repo, pull, urls))
    )
  },

  'POST /repos/{owner}/{repo}/pulls': (context) => createPull(context),

  'GET /repos/{owner}/{repo}/pulls/{pull_number}': ({ repo, params, urls, docs }) => {
    const pull = repo.getPull(Number(params.pull_number))
    return pull ? ok(toFullPullJson(repo, pull, urls)) : notFound(docs)
  },

  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': ({ repo, params, body, urls, docs }) => {
    const number = Number(params.pull_number)
    if (!repo.getPull(number)) return notFound(docs)
    const fields = body as {
      title?: string
      body?: string
      state?: 'open' | 'closed'
      base?: string
    }
    if (isBodyTooLong(fields.body)) return bodyTooLong(docs)
    if (fields.base && !repo.getBranchSha(fields.base)) {
      return validationFailed(docs, { resource: 'PullRequest', field: 'base', code: 'invalid' })
    }
    const { title, state, base } = fields
    const updated = repo.updatePull(number, { title, body: fields.body, state, base })
    return ok(toFullPullJson(repo, updated, urls))
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': ({
    repo,
    params,
    body,
    urls,
    docs
  }) => {
    const number = Number(params.issue_number)
    if (!repo.getPull(number)) return notFound(docs)
    const given = ((body ?? {}) as { labels?: Array<string | { name: string }> }).labels ?? []
    const names = given.map((label) => (typeof label === 'string' ? label : label.name))
    return ok(repo.addLabels(number, names).map((label) => toLabelJson(repo, label, urls)))
  }
}

// GitHub's limit on an issue or pull request body, and its answer past it.
const MAX_BODY = 65_536
const isBodyTooLong = (body: string | undefined) => (body?.length ?? 0) > MAX_BODY
const bodyTooLong = (docs: string | undefined) =>
  validationFailed(docs, {
    resource: 'Issue',
    field: 'body',
    code: 'custom',
    message: `body is too long (maximum is ${MAX_BODY} characters)`
  })

function createPull({ repo, body, urls, docs, actor }: RouteContext) {
  const fields = body as {
    title?: string
    head: string
    base: string
    body?: string
    draft?: boolean
  }
  const head = fields.head.startsWith(`${repo.owner}:`)
    ? fields.head.slice(repo.owner.length + 1)
    : fields.head
  const invalid = (field: string) =>
    validationFailed(docs, { resource: 'PullRequest', field, code: 'invalid' })
  const custom = (message: string) =>
    validationFailed(docs, { resource: 'PullRequest', code: 'custom', message })
  if (isBodyTooLong(fields.body)) return bodyTooLong(docs)
  if (!fields.title) {
    return validationFailed(docs, {
      resource: 'PullRequest',
      field: 'title',
      code: 'missing_field'
    })
  }
  const baseSha = repo.getBranchSha(fields.base)
  if (!baseSha) return invalid('base')
  const headSha = repo.getBranchSha(head)
  if (!headSha) return invalid('head')
  const duplicate = repo
    .listPulls()
    .some(
      (pull) => pull.state === 'open' && pull.head.ref === head && pull.base.ref === fields.base
    )
  if (duplicate) return custom(`A pull request already exists for ${repo.owner}:${head}.`)
  if (repo.compare(baseSha, headSha).aheadBy === 0) {
    return custom(`No commits between ${fields.base} and ${fields.head}`)
  }
  const pull = repo.openPullRequest({
    head,
    base: fields.base,
    title: fields.title,
    body: fields.body ?? null,
    draft: fields.draft ?? false,
    user: actor
  })
  return ok(toFullPullJson(repo, pull, urls), 201)
}
