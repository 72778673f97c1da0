import { errorMessage } from '../../../src/lib/errors.js'
import { runCommand } from '../../../src/lib/exec.js'
import { InitInputError, type ActionSource } from './parse-source.js'
import { sortVersionTags } from './version-tags.js'

const LS_REMOTE_TIMEOUT_MS = 30_000
const SUGGESTED_TAGS = 5
// What Dependabot and the workflow policy read as a version in `@<sha> # <comment>`.
const VERSION_COMMENT = /^v?\d/

/**
 * The commit the tag `source.ref` names in `source.url` (an annotated tag peeled to its commit).
 * A branch is refused: a SHA pinned from one carries a branch name as its comment, which neither
 * Dependabot nor the workflow policy takes for a version, so it would never be updated.
 */
export async function resolveRef(source: ActionSource): Promise<string> {
  const { ref, url } = source
  // One ls-remote: every tag (the ones to suggest) and the branch of that name, if any.
  const shas = await listRemoteRefs(url, ['refs/tags/*', `refs/heads/${ref}`])
  const sha = shas.get(`refs/tags/${ref}^{}`) ?? shas.get(`refs/tags/${ref}`)
  if (sha && VERSION_COMMENT.test(ref)) return sha
  const tags = [...shas.keys()]
    .filter((name) => name.startsWith('refs/tags/') && !name.endsWith('^{}'))
    .map((name) => name.slice('refs/tags/'.length))
  const versions = sortVersionTags(tags)
  if (sha)
    throw new InitInputError(
      `--from: "${ref}" is a tag of ${url} but not a version (v1, v1.2.3), which the pinned ` +
        `SHA's comment must be for Dependabot to update it: ${suggestTags(url, versions)}`
    )
  if (shas.has(`refs/heads/${ref}`))
    throw new InitInputError(
      `--from: "${ref}" is a branch of ${url}; REF must be a tag (Dependabot never updates a SHA ` +
        `pinned from a branch): ${suggestTags(url, versions)}`
    )
  throw new InitInputError(`--from: ${url} has no tag "${ref}": ${suggestTags(url, versions)}`)
}

function suggestTags(url: string, versions: string[]): string {
  if (versions.length === 0)
    return `${url} has no version tag yet; create one there: git tag v1 && git push origin v1`
  const more = versions.length - SUGGESTED_TAGS
  const rest = more > 0 ? ` (and ${more} more)` : ''
  return `its version tags, newest first: ${versions.slice(0, SUGGESTED_TAGS).join(', ')}${rest}`
}

/** The refs of `url` matching `patterns` (ls-remote's tail match), by name. */
async function listRemoteRefs(url: string, patterns: string[]): Promise<Map<string, string>> {
  let stdout: string
  try {
    ;({ stdout } = await runCommand('git', ['ls-remote', '--end-of-options', url, ...patterns], {
      silent: true,
      timeoutMs: LS_REMOTE_TIMEOUT_MS,
      // No password prompt: an unknown or private repository fails instead of waiting.
      env: { GIT_TERMINAL_PROMPT: '0' }
    }))
  } catch (error) {
    const reason = errorMessage(error).split('\n').filter(Boolean).pop() ?? ''
    throw new InitInputError(`cannot read ${url} with git ls-remote: ${reason}`)
  }
  const shas = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t')
    if (sha && name && /^[0-9a-f]{40}$/.test(sha)) shas.set(name, sha)
  }
  return shas
}
