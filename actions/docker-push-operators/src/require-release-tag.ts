import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Git } from '../../../src/lib/git.js'
import { fetchFromOrigin, listTagsAt } from './git-revisions.js'

/**
 * Production images come only from a released commit: a tag naming `version` (`1.4.2`, `v1.4.2`,
 * `api/v1.4.2`) must point at `sha`. A clone made without tags is given the usual names first.
 */
export async function requireReleaseTag(git: Git, sha: string, version: string): Promise<string> {
  const found = await findReleaseTag(git, sha, version)
  if (found) return found
  for (const name of [`v${version}`, version])
    await fetchFromOrigin(git, `+refs/tags/${name}:refs/tags/${name}`, { silent: true })
  const fetched = await findReleaseTag(git, sha, version)
  if (fetched) return fetched
  throw new ConfigurationError(
    `Input "version" is ${version} for environment production, but no tag ${version} or v${version} points at the commit being built (${sha.slice(0, 12)}): production images come only from a released commit.`,
    `Check out the tagged commit (actions/checkout with ref: refs/tags/v${version}), or set require-version-tag: false when versions are tagged elsewhere.`
  )
}

async function findReleaseTag(git: Git, sha: string, version: string): Promise<string | undefined> {
  return (await listTagsAt(git, sha)).find(
    (tag) => tag.endsWith(version) && /(^|[^\d.])$/.test(tag.slice(0, -version.length))
  )
}
