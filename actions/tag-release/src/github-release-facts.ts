import { hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import type { CommitSummary } from './bump.js'
import type { MergedPullRequest } from './decide-range-bump.js'
import type { Comparison, ReleaseFacts } from './release-facts.js'

// Closed pull requests are read newest-updated first, 100 a page, until past the range's start.
const MAX_PULL_PAGES = 10
const PULL_PAGE_SIZE = 100

// Past this many commits since the previous tag, the oldest are not read (a label still decides).
const MAX_COMPARE_PAGES = 10
const COMPARE_PAGE_SIZE = 100
const UNPAGED_COMPARE_LIMIT = 250

export function createGitHubReleaseFacts(
  client: GitHubClient,
  repository: Repository
): ReleaseFacts {
  return {
    async resolveCommit(ref) {
      try {
        const { data } = await client.rest.repos.getCommit({ ...repository, ref })
        return data.sha
      } catch (error) {
        if (hasStatus(error, 404, 422)) return undefined
        throw error
      }
    },

    async listTags(prefix) {
      // matching-refs is not paginated: one answer holds every ref with the prefix.
      const { data } = await client.rest.git.listMatchingRefs({
        ...repository,
        ref: `tags/${prefix}`
      })
      return data.map((ref) => ({
        name: ref.ref.replace(/^refs\/tags\//, ''),
        objectSha: ref.object.sha,
        annotated: ref.object.type === 'tag'
      }))
    },

    async readTaggedCommit(tagObjectSha) {
      const { data } = await client.rest.git.getTag({ ...repository, tag_sha: tagObjectSha })
      return data.object.sha
    },

    async findPullRequest(sha) {
      const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repository,
        commit_sha: sha
      })
      const merged = data.filter((pull) => pull.merged_at)
      const pull = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0]
      if (!pull) return undefined
      return {
        number: pull.number,
        title: pull.title,
        url: pull.html_url,
        labels: pull.labels.map((label) => label.name)
      }
    },

    async listMergedPullRequests({ since }) {
      const pulls: MergedPullRequest[] = []
      for (let page = 1; page <= MAX_PULL_PAGES; page++) {
        const { data } = await client.rest.pulls.list({
          ...repository,
          state: 'closed',
          sort: 'updated',
          direction: 'desc',
          per_page: PULL_PAGE_SIZE,
          page
        })
        for (const pull of data) {
          if (!pull.merged_at || !pull.merge_commit_sha) continue
          pulls.push({
            number: pull.number,
            title: pull.title,
            url: pull.html_url,
            labels: pull.labels.map((label) => label.name),
            mergeCommitSha: pull.merge_commit_sha,
            body: pull.body ?? ''
          })
        }
        const oldest = data.at(-1)?.updated_at
        if (data.length < PULL_PAGE_SIZE || (since && oldest && oldest < since)) break
      }
      return pulls
    },

    async locate(base, head) {
      const { data } = await client.rest.repos.compareCommitsWithBasehead({
        ...repository,
        basehead: `${base}...${head}`,
        per_page: 1
      })
      return data.status as Comparison['status']
    },

    async compare(base, head) {
      const basehead = `${base}...${head}`
      const { data } = await client.rest.repos.compareCommitsWithBasehead({
        ...repository,
        basehead
      })
      let commits = data.commits.map(toCommitSummary)
      if (data.total_commits > UNPAGED_COMPARE_LIMIT) {
        commits = []
        for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
          const { data: more } = await client.rest.repos.compareCommitsWithBasehead({
            ...repository,
            basehead,
            per_page: COMPARE_PAGE_SIZE,
            page
          })
          commits.push(...more.commits.map(toCommitSummary))
          if (more.commits.length < COMPARE_PAGE_SIZE) break
        }
      }
      return { status: data.status as Comparison['status'], commits }
    }
  }
}

interface CommitJson {
  sha: string
  parents: { sha: string }[]
  commit: { message: string; committer: { date?: string } | null }
}

function toCommitSummary(commit: CommitJson): CommitSummary {
  return {
    sha: commit.sha,
    message: commit.commit.message,
    parents: commit.parents.map((parent) => parent.sha),
    date: commit.commit.committer?.date
  }
}
