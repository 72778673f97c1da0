import { fail, noContent, notFound, ok, type RouteContext, type RouteTable } from '../answers.js'
import { toGitRefJson, toGitTagJson } from '../github-json.js'

/** The Git database: references and annotated tag objects. */
export const gitRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': ({ repo, params, urls }) =>
    // One response with every match, never paginated, as GitHub does.
    ok(repo.listRefs(`refs/${params.ref}`).map(([ref, sha]) => toGitRefJson(repo, ref, sha, urls))),

  'GET /repos/{owner}/{repo}/git/ref/{ref}': ({ repo, params, urls, docs }) => {
    const ref = `refs/${params.ref}`
    const sha = repo.refs.get(ref)
    return sha ? ok(toGitRefJson(repo, ref, sha, urls)) : notFound(docs)
  },

  'POST /repos/{owner}/{repo}/git/refs': ({ repo, body, urls, docs }) => {
    const { ref, sha } = body as { ref: string; sha: string }
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      return fail(
        422,
        'Reference name must contain at least three slash-separated components.',
        docs
      )
    }
    if (!repo.hasObject(sha)) return fail(422, 'Object does not exist', docs)
    if (repo.refs.has(ref)) return fail(422, 'Reference already exists', docs)
    repo.createRef(ref, sha)
    return ok(toGitRefJson(repo, ref, sha, urls), 201)
  },

  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (context) => updateRef(context),

  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': ({ repo, params, docs }) => {
    const ref = `refs/${params.ref}`
    if (!repo.deleteRef(ref)) return fail(422, 'Reference does not exist', docs)
    return noContent()
  },

  'POST /repos/{owner}/{repo}/git/tags': ({ repo, body, urls, docs, actor }) => {
    const { tag, message, object, type, tagger } = body as {
      tag: string
      message: string
      object: string
      type: 'commit' | 'tree' | 'blob'
      tagger?: { name: string; email: string; date?: string }
    }
    if (!repo.hasObject(object)) return fail(422, 'Object does not exist', docs)
    const signer = tagger ?? { name: actor, email: `${actor}@users.noreply.github.com` }
    const created = repo.createTagObject({
      tag,
      message,
      object,
      type,
      tagger: { ...signer, date: signer.date ?? repo.now() }
    })
    return ok(toGitTagJson(repo, created, urls), 201)
  },

  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': ({ repo, params, urls, docs }) => {
    const tag = repo.tagObjects.get(params.tag_sha as string)
    return tag ? ok(toGitTagJson(repo, tag, urls)) : notFound(docs)
  }
}

function updateRef({ repo, params, body, urls, docs }: RouteContext) {
  const ref = `refs/${params.ref}`
  const { sha, force } = body as { sha: string; force?: boolean }
  const current = repo.refs.get(ref)
  if (!current) return fail(422, 'Reference does not exist', docs)
  if (!repo.hasObject(sha)) return fail(422, 'Object does not exist', docs)
  const [from, to] = [repo.peel(current), repo.peel(sha)]
  if (!force && (!from || !to || !repo.isAncestor(from, to))) {
    return fail(422, 'Update is not a fast forward', docs)
  }
  repo.updateRef(ref, sha)
  return ok(toGitRefJson(repo, ref, sha, urls))
}
