import { repoWebUrl, type Urls } from './github-json.js'
import type { RepoState } from './repo-state.js'

export interface GenerateNotesRequest {
  tagName: string
  targetCommitish?: string
  previousTagName?: string
}

export type GeneratedNotes =
  { name: string; body: string } | { invalidField: 'target_commitish' | 'previous_tag_name' }

/**
 * GitHub's default release notes: the pull requests merged between the previous release's
 * tag and this one, then a "Full Changelog" link. Without `previous_tag_name` the previous
 * tag is the latest published release's. The stand-in knows no release.yml categories and
 * prints no "New Contributors" section.
 */
export function generateReleaseNotes(
  repo: RepoState,
  request: GenerateNotesRequest,
  urls: Urls
): GeneratedNotes {
  const { tagName } = request
  const target =
    repo.getTagSha(tagName) ??
    (request.targetCommitish ? repo.resolveCommitish(request.targetCommitish) : undefined)
  if (!target) return { invalidField: 'target_commitish' }
  const previousTag = request.previousTagName ?? findPreviousReleaseTag(repo, tagName)
  const previous = previousTag === undefined ? undefined : repo.getTagSha(previousTag)
  if (previousTag !== undefined && !previous) return { invalidField: 'previous_tag_name' }

  const range = repo.listCommitsBetween(previous, target)
  const web = repoWebUrl(repo, urls)
  const lines = repo
    .listPulls()
    .filter((pull) => pull.merged && pull.mergeCommitSha && range.has(pull.mergeCommitSha))
    .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number)
    .map((pull) => `* ${pull.title} by @${pull.user} in ${web}/pull/${pull.number}`)
  const changelog = previousTag
    ? `**Full Changelog**: ${web}/compare/${previousTag}...${tagName}`
    : `**Full Changelog**: ${web}/commits/${tagName}`
  const body =
    lines.length > 0 ? `## What's Changed\n${lines.join('\n')}\n\n${changelog}` : changelog
  return { name: tagName, body }
}

function findPreviousReleaseTag(repo: RepoState, tagName: string): string | undefined {
  return repo.releases
    .filter((release) => !release.draft && release.tagName !== tagName)
    .filter((release) => repo.getTagSha(release.tagName) !== undefined)
    .sort((a, b) => b.id - a.id)[0]?.tagName
}
