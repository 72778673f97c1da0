import { ConfigurationError, errorMessage, hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'

export interface PublishedRelease {
  id: number
  url: string
  body: string
}

export type TagOutcome = 'created' | 'taken'

/**
 * Creates `refs/tags/<tag>` on `sha` (through an annotated tag object when `message` is given).
 * `taken` when another run got there first with another commit; an existing tag on the same
 * commit (our own write whose answer was lost and retried) counts as created.
 */
export async function createVersionTag(
  client: GitHubClient,
  repository: Repository,
  tag: string,
  sha: string,
  message: string | undefined
): Promise<TagOutcome> {
  try {
    const target =
      message === undefined ? sha : await createTagObject(client, repository, tag, sha, message)
    await client.rest.git.createRef({ ...repository, ref: `refs/tags/${tag}`, sha: target })
    return 'created'
  } catch (error) {
    if (!hasStatus(error, 422) || !/already exists/i.test(errorMessage(error))) {
      throw explainWriteFailure(error, `create tag ${tag}`)
    }
    return (await readTagCommit(client, repository, tag)) === sha ? 'created' : 'taken'
  }
}

async function createTagObject(
  client: GitHubClient,
  repository: Repository,
  tag: string,
  sha: string,
  message: string
): Promise<string> {
  const { data } = await client.rest.git.createTag({
    ...repository,
    tag,
    message,
    object: sha,
    type: 'commit'
  })
  return data.sha
}

async function readTagCommit(client: GitHubClient, repository: Repository, tag: string) {
  const { data } = await client.rest.git.getRef({ ...repository, ref: `tags/${tag}` })
  if (data.object.type !== 'tag') return data.object.sha
  const { data: tagObject } = await client.rest.git.getTag({
    ...repository,
    tag_sha: data.object.sha
  })
  return tagObject.object.sha
}

/** Points the floating `v<major>` tag at `sha`: the one ref this action ever moves. */
export async function moveMajorTag(
  client: GitHubClient,
  repository: Repository,
  majorTag: string,
  sha: string
): Promise<void> {
  try {
    await client.rest.git.updateRef({ ...repository, ref: `tags/${majorTag}`, sha, force: true })
  } catch (error) {
    if (!hasStatus(error, 422)) throw explainWriteFailure(error, `move tag ${majorTag}`)
    try {
      await client.rest.git.createRef({ ...repository, ref: `refs/tags/${majorTag}`, sha })
    } catch (createError) {
      throw explainWriteFailure(createError, `create tag ${majorTag}`)
    }
  }
}

/** The Release for `tag`, drafts included (GitHub's by-tag lookup does not see drafts). */
export async function findRelease(
  client: GitHubClient,
  repository: Repository,
  tag: string
): Promise<PublishedRelease | undefined> {
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ ...repository, tag })
    return { id: data.id, url: data.html_url, body: data.body ?? '' }
  } catch (error) {
    if (!hasStatus(error, 404)) throw error
  }
  const { data } = await client.rest.repos.listReleases({ ...repository, per_page: 100 })
  const draft = data.find((release) => release.tag_name === tag)
  return draft && { id: draft.id, url: draft.html_url, body: draft.body ?? '' }
}

export interface ReleaseFields {
  tag: string
  sha: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
}

export async function createRelease(
  client: GitHubClient,
  repository: Repository,
  fields: ReleaseFields
): Promise<PublishedRelease> {
  try {
    const { data } = await client.rest.repos.createRelease({
      ...repository,
      tag_name: fields.tag,
      target_commitish: fields.sha,
      name: fields.name,
      body: fields.body,
      draft: fields.draft,
      prerelease: fields.prerelease
    })
    return { id: data.id, url: data.html_url, body: data.body ?? '' }
  } catch (error) {
    // A retried write whose first answer was lost, or a racing run: the Release is there.
    if (hasStatus(error, 422) && /already_exists/.test(JSON.stringify(errorBody(error)))) {
      const existing = await findRelease(client, repository, fields.tag)
      if (existing) return existing
    }
    throw explainWriteFailure(error, `create the Release for ${fields.tag}`)
  }
}

function errorBody(error: unknown): unknown {
  return (error as { response?: { data?: unknown } }).response?.data
}

export function explainWriteFailure(error: unknown, what: string): Error {
  if (hasStatus(error, 403, 404) && !/rate limit/i.test(errorMessage(error))) {
    return new ConfigurationError(
      `GitHub refused to ${what}: ${errorMessage(error)}.`,
      'Give the job `permissions: contents: write` (and, for a protected tag pattern, a token allowed to create it).'
    )
  }
  return error instanceof Error ? error : new Error(errorMessage(error))
}
