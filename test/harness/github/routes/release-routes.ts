import {
  notFound,
  ok,
  paginate,
  validationFailed,
  type RouteContext,
  type RouteTable
} from '../answers.js'
import { toReleaseJson } from '../github-json.js'
import type { RepoState } from '../repo-state.js'
import { generateReleaseNotes } from '../release-notes.js'

interface ReleaseFields {
  tag_name?: string
  target_commitish?: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  generate_release_notes?: boolean
}

const DUPLICATE_TAG = { resource: 'Release', code: 'already_exists', field: 'tag_name' }
const INVALID_TARGET = { resource: 'Release', code: 'invalid', field: 'target_commitish' }

/** Releases, and the release notes GitHub generates. */
export const releaseRoutes: RouteTable = {
  'POST /repos/{owner}/{repo}/releases': (context) => createRelease(context),

  'GET /repos/{owner}/{repo}/releases': (context) => {
    const { repo, urls } = context
    const newestFirst = [...repo.releases].sort((a, b) => b.id - a.id)
    return paginate(
      context,
      newestFirst.map((release) => toReleaseJson(repo, release, urls))
    )
  },

  'GET /repos/{owner}/{repo}/releases/tags/{tag}': ({ repo, params, urls, docs }) => {
    // Drafts are not found by tag, as on GitHub.
    const release = repo.releases.find((r) => r.tagName === params.tag && !r.draft)
    return release ? ok(toReleaseJson(repo, release, urls)) : notFound(docs)
  },

  'PATCH /repos/{owner}/{repo}/releases/{release_id}': ({ repo, params, body, urls, docs }) => {
    const id = Number(params.release_id)
    const release = repo.releases.find((candidate) => candidate.id === id)
    if (!release) return notFound(docs)
    const fields = body as ReleaseFields
    const tagName = fields.tag_name ?? release.tagName
    if (repo.releases.some((other) => other.id !== id && other.tagName === tagName)) {
      return validationFailed(docs, DUPLICATE_TAG)
    }
    const target = fields.target_commitish ?? release.targetCommitish
    if (lacksTarget(repo, tagName, target, fields.draft ?? release.draft)) {
      return validationFailed(docs, INVALID_TARGET)
    }
    const updated = repo.updateRelease(id, {
      tagName,
      targetCommitish: fields.target_commitish,
      name: fields.name,
      body: fields.body,
      draft: fields.draft,
      prerelease: fields.prerelease
    })
    return ok(toReleaseJson(repo, updated, urls))
  },

  'POST /repos/{owner}/{repo}/releases/generate-notes': ({ repo, body, urls, docs }) => {
    const fields = body as {
      tag_name: string
      target_commitish?: string
      previous_tag_name?: string
    }
    const notes = generateReleaseNotes(
      repo,
      {
        tagName: fields.tag_name,
        targetCommitish: fields.target_commitish,
        previousTagName: fields.previous_tag_name
      },
      urls
    )
    if ('invalidField' in notes) {
      return validationFailed(docs, {
        resource: 'Release',
        code: 'invalid',
        field: notes.invalidField
      })
    }
    return ok(notes)
  }
}

function createRelease({ repo, body, urls, docs, actor }: RouteContext) {
  const fields = body as ReleaseFields & { tag_name: string }
  if (repo.releases.some((release) => release.tagName === fields.tag_name)) {
    return validationFailed(docs, DUPLICATE_TAG)
  }
  const target = fields.target_commitish ?? repo.defaultBranch
  if (lacksTarget(repo, fields.tag_name, target, fields.draft ?? false)) {
    return validationFailed(docs, INVALID_TARGET)
  }
  let { name, body: notes } = fields
  if (fields.generate_release_notes) {
    const generated = generateReleaseNotes(
      repo,
      { tagName: fields.tag_name, targetCommitish: target },
      urls
    )
    if ('name' in generated) {
      name ??= generated.name
      notes ??= generated.body
    }
  }
  const release = repo.createRelease({
    tagName: fields.tag_name,
    targetCommitish: target,
    name: name ?? null,
    body: notes ?? null,
    draft: fields.draft ?? false,
    prerelease: fields.prerelease ?? false,
    author: actor
  })
  return ok(toReleaseJson(repo, release, urls), 201)
}

/** Publishing creates a missing tag at the target, so the target must then resolve. */
function lacksTarget(repo: RepoState, tagName: string, target: string, draft: boolean): boolean {
  return !draft && !repo.refs.has(`refs/tags/${tagName}`) && !repo.resolveCommitish(target)
}
