import { hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import type { CommitSummary } from './bump.js'

/** GitHub refuses a release body longer than this many characters. */
export const RELEASE_BODY_LIMIT = 125_000
/**
 * The notes are also the `notes` output, which a workflow passes on as an input: an environment
 * variable, which Linux refuses over 128 KiB (E2BIG). Kept under this many UTF-8 bytes, the notes
 * fit both limits with room left for text around them (the release pull request's marker).
 */
export const NOTES_BYTE_LIMIT = 120_000

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

/** Cuts notes to both limits at a line break, ending with a link to the full comparison. */
export function truncateNotes(body: string, compareUrl: string | undefined): string {
  if (body.length <= RELEASE_BODY_LIMIT && Buffer.byteLength(body) <= NOTES_BYTE_LIMIT) return body
  const tail = `\n\n… notes truncated to fit GitHub's limit.${compareUrl ? ` Full changes: ${compareUrl}` : ''}\n`
  const room = NOTES_BYTE_LIMIT - Buffer.byteLength(tail)
  // A cut inside a multi-byte character decodes to U+FFFD: drop that last character.
  const head = Buffer.from(body)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
  const cut = head.lastIndexOf('\n')
  return head.slice(0, cut > head.length / 2 ? cut : head.length) + tail
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
