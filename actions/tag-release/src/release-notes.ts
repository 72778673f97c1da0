import { hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import type { CommitSummary } from './bump.js'

/** GitHub refuses a release body longer than this. */
export const RELEASE_BODY_LIMIT = 125_000

export interface NotesRequest {
  tag: string
  sha: string
  previousTag: string | undefined
  /** Used when GitHub cannot generate notes (a read-only token in a dry run). */
  commits: CommitSummary[]
  compareUrl: string | undefined
}

export interface Notes {
  name: string
  body: string
  /** `github` when GitHub generated them, `commits` when built from the commit list. */
  source: 'github' | 'commits'
}

export async function generateNotes(
  client: GitHubClient,
  repository: Repository,
  request: NotesRequest
): Promise<Notes> {
  try {
    const { data } = await client.rest.repos.generateReleaseNotes({
      ...repository,
      tag_name: request.tag,
      target_commitish: request.sha,
      ...(request.previousTag ? { previous_tag_name: request.previousTag } : {})
    })
    return { name: data.name, body: truncateNotes(data.body, request.compareUrl), source: 'github' }
  } catch (error) {
    if (!hasStatus(error, 403, 404)) throw error
    return { name: request.tag, body: renderCommitNotes(request), source: 'commits' }
  }
}

/** Cuts notes to GitHub's limit, ending with a link to the full comparison. */
export function truncateNotes(body: string, compareUrl: string | undefined): string {
  if (body.length <= RELEASE_BODY_LIMIT) return body
  const tail = `\n\n… notes truncated to fit GitHub's limit.${compareUrl ? ` Full changes: ${compareUrl}` : ''}\n`
  const room = RELEASE_BODY_LIMIT - tail.length
  const cut = body.lastIndexOf('\n', room)
  return body.slice(0, cut > room / 2 ? cut : room) + tail
}

/** Notes from the commit list, when GitHub's are not to be had (a read-only token, a local plan). */
export function renderCommitNotes(request: NotesRequest): string {
  const lines = request.commits.map(
    (c) => `- ${c.message.split('\n', 1)[0]} (${c.sha.slice(0, 7)})`
  )
  const changes = lines.length > 0 ? `## Changes\n\n${lines.join('\n')}` : ''
  const link = request.compareUrl ? `**Full Changelog**: ${request.compareUrl}` : ''
  return truncateNotes([changes, link].filter(Boolean).join('\n\n'), request.compareUrl)
}
