import type { CommandResult } from '../../../src/lib/exec.js'
import type { Git } from '../../../src/lib/git.js'

/**
 * Every git command of this action that is given a revision, a ref or a refspec: each such value
 * (the `base` input, an event's sha, a tag name, an image's revision label) goes after
 * --end-of-options, so that none is ever read as an option, whatever checked it before.
 */

/** A commit id, full or abbreviated (7 to 64 hex digits). */
export const COMMIT_ID = /^[0-9a-f]{7,64}$/

export async function hasCommit(git: Git, revision: string): Promise<boolean> {
  const found = await git.tryRead(['cat-file', '-e', '--end-of-options', `${revision}^{commit}`])
  return found !== undefined
}

/** One fetch from origin, depth 1, no tags but the refspec's; a failure is left to the caller. */
export function fetchFromOrigin(
  git: Git,
  refspec: string,
  options: { silent?: boolean } = {}
): Promise<CommandResult> {
  return git.run(['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', refspec], {
    allowFailure: true,
    ...options
  })
}

/** `git diff --name-only -z base HEAD`; a failure is left to the caller. */
export function diffNames(git: Git, base: string): Promise<CommandResult> {
  return git.run(['diff', '--name-only', '-z', '--end-of-options', base, 'HEAD', '--'], {
    allowFailure: true
  })
}

export async function checkAncestor(
  git: Git,
  ancestor: string,
  descendant: string
): Promise<'ancestor' | 'not-ancestor' | 'unknown'> {
  const result = await git.run(
    ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant],
    { allowFailure: true, silent: true }
  )
  return result.exitCode === 0 ? 'ancestor' : result.exitCode === 1 ? 'not-ancestor' : 'unknown'
}

/** The tags pointing at `commit` (joined to its option: never a separate argument). */
export async function listTagsAt(git: Git, commit: string): Promise<string[]> {
  const tags = (await git.tryRead(['tag', '--list', `--points-at=${commit}`])) ?? ''
  return tags
    .split('\n')
    .map((tag) => tag.trim())
    .filter(Boolean)
}
