import { hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import type { CompareStatus } from './decide-sync.js'

export interface Comparison {
  /** The target's tip. */
  before: string
  /** The tip's parents: a merge the action made has [old tip, source]. */
  parents: string[]
  status: CompareStatus
}

/** GitHub's comparison `target...sourceSha`; undefined when the target does not exist. */
export async function compareWithSource(
  client: GitHubClient,
  repository: Repository,
  target: string,
  sourceSha: string
): Promise<Comparison | undefined> {
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repository,
      basehead: `${target}...${sourceSha}`,
      per_page: 1
    })
    return {
      before: data.base_commit.sha,
      parents: data.base_commit.parents.map((parent) => parent.sha),
      status: data.status as CompareStatus
    }
  } catch (error) {
    if (hasStatus(error, 404)) return undefined
    throw error
  }
}

/** Where a branch points; undefined when it does not exist. */
export async function readBranchSha(
  client: GitHubClient,
  repository: Repository,
  branch: string
): Promise<string | undefined> {
  try {
    return (await client.rest.git.getRef({ ...repository, ref: `heads/${branch}` })).data.object.sha
  } catch (error) {
    if (hasStatus(error, 404)) return undefined
    throw error
  }
}
