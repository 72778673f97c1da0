import { ConfigurationError, errorMessage, hasStatus } from '../../../src/lib/errors.js'
import type { GitHubClient, Repository } from '../../../src/lib/github-client.js'
import { mayHaveHappened } from './decide-sync.js'

export interface PullRequestFields {
  head: string
  base: string
  title: string
  body: string
  labels: string[]
  /** Only update an open pull request; never open one (`update-only`). */
  updateOnly?: boolean
}

export interface PullRequestOutcome {
  number: number
  url: string
  action: 'opened' | 'updated' | 'unchanged' | 'none open'
}

/**
 * The one open pull request from `head` into `base`: updated in place when it exists (never a
 * second one), opened otherwise. Undefined when `head` adds nothing to `base`.
 */
export async function ensurePullRequest(
  client: GitHubClient,
  repository: Repository,
  fields: PullRequestFields
): Promise<PullRequestOutcome | undefined> {
  const existing = await findOpenPullRequest(client, repository, fields)
  if (existing) return updatePullRequest(client, repository, existing, fields)
  if (fields.updateOnly) return { number: 0, url: '', action: 'none open' }
  try {
    const { data } = await client.rest.pulls.create({
      ...repository,
      head: fields.head,
      base: fields.base,
      title: fields.title,
      body: fields.body
    })
    await addMissingLabels(client, repository, data.number, [], fields.labels)
    return { number: data.number, url: data.html_url, action: 'opened' }
  } catch (error) {
    const message = errorMessage(error)
    if (hasStatus(error, 422) && /No commits between/i.test(message)) return undefined
    if (hasStatus(error, 403) && /not permitted to create/i.test(message)) {
      throw new ConfigurationError(
        `GitHub refused to open a pull request: ${message}.`,
        'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App token.'
      )
    }
    const opened = await findOpenedMeanwhile(client, repository, fields, error)
    if (!opened) throw error
    return { ...(await updatePullRequest(client, repository, opened, fields)), action: 'opened' }
  }
}

/**
 * After a failed open that may have happened ("A pull request already exists" on a retry whose
 * first try GitHub did, its answer lost; or no answer at all), the pull request opened since
 * this run looked: ours, or a concurrent run's. Undefined when there is none.
 */
async function findOpenedMeanwhile(
  client: GitHubClient,
  repository: Repository,
  fields: PullRequestFields,
  error: unknown
): Promise<OpenPull | undefined> {
  if (!mayHaveHappened(error)) return undefined
  try {
    return await findOpenPullRequest(client, repository, fields)
  } catch {
    return undefined
  }
}

interface OpenPull {
  number: number
  html_url: string
  title: string
  body: string | null
  labels: { name: string }[]
}

async function findOpenPullRequest(
  client: GitHubClient,
  repository: Repository,
  fields: PullRequestFields
): Promise<OpenPull | undefined> {
  const { data } = await client.rest.pulls.list({
    ...repository,
    state: 'open',
    head: `${repository.owner}:${fields.head}`,
    base: fields.base,
    per_page: 10
  })
  return data[0]
}

async function updatePullRequest(
  client: GitHubClient,
  repository: Repository,
  pull: OpenPull,
  fields: PullRequestFields
): Promise<PullRequestOutcome> {
  const changed = pull.title !== fields.title || (pull.body ?? '') !== fields.body
  if (changed) {
    await client.rest.pulls.update({
      ...repository,
      pull_number: pull.number,
      title: fields.title,
      body: fields.body
    })
  }
  const labelled = await addMissingLabels(
    client,
    repository,
    pull.number,
    pull.labels.map((l) => l.name),
    fields.labels
  )
  return {
    number: pull.number,
    url: pull.html_url,
    action: changed || labelled ? 'updated' : 'unchanged'
  }
}

async function addMissingLabels(
  client: GitHubClient,
  repository: Repository,
  number: number,
  present: string[],
  wanted: string[]
): Promise<boolean> {
  const missing = wanted.filter((label) => !present.includes(label))
  if (missing.length === 0) return false
  await client.rest.issues.addLabels({ ...repository, issue_number: number, labels: missing })
  return true
}
