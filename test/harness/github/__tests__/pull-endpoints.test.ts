import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../server.js'
import {
  expectFailure,
  type Octokit,
  OWNER,
  readReadmeEndpoints,
  repo,
  seedHistory,
  useOctokitAgainstStandIn
} from './helpers.js'

// Pull requests and labels, driven with the real Octokit.
let standIn: GitHubStandIn
let octokit: Octokit
const exercised = useOctokitAgainstStandIn((started) => ({ standIn, octokit } = started))

describe('pull requests and labels', () => {
  it('opens a pull request, refuses a duplicate and one without commits', async () => {
    seedHistory(standIn.state)
    const { status, data } = await octokit.rest.pulls.create({
      ...repo,
      head: 'development',
      base: 'main',
      title: 'Release 1.1.0',
      body: 'notes'
    })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      head: { ref: 'development' },
      base: { ref: 'main' }
    })
    const duplicate = octokit.rest.pulls.create({
      ...repo,
      head: `${OWNER}:development`,
      base: 'main',
      title: 'again'
    })
    const body = await expectFailure(duplicate, 422, 'Validation Failed')
    expect(body.errors).toEqual([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${OWNER}:development.`
      }
    ])
    const empty = octokit.rest.pulls.create({
      ...repo,
      head: 'main',
      base: 'development',
      title: 'nothing'
    })
    expect((await expectFailure(empty, 422)).errors).toEqual([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: 'No commits between development and main'
      }
    ])
  })

  it('lists with state, head (owner:branch only, as GitHub) and base filters', async () => {
    seedHistory(standIn.state)
    const release = standIn.state.openPullRequest({
      head: 'development',
      base: 'main',
      title: 'Release'
    })
    const feature = standIn.state.openPullRequest({
      head: 'feature/beta',
      base: 'development',
      title: 'Beta'
    })
    standIn.state.updatePull(feature.number, { state: 'closed' })
    const numbers = async (filters: Record<string, string>) =>
      (await octokit.rest.pulls.list({ ...repo, ...filters })).data.map((p) => p.number)
    expect(await numbers({})).toEqual([release.number])
    expect(await numbers({ state: 'all' })).toEqual([feature.number, release.number])
    expect(await numbers({ state: 'all', head: `${OWNER}:feature/beta` })).toEqual([feature.number])
    expect(await numbers({ state: 'all', head: 'feature/beta' })).toEqual([
      feature.number,
      release.number
    ])
    expect(await numbers({ state: 'all', base: 'main' })).toEqual([release.number])
  })

  it('gets and updates a pull request; 404 for a missing one', async () => {
    seedHistory(standIn.state)
    const pull = standIn.state.openPullRequest({
      head: 'development',
      base: 'main',
      title: 'Release'
    })
    const { data } = await octokit.rest.pulls.update({
      ...repo,
      pull_number: pull.number,
      title: 'Release v1.1.0',
      state: 'closed'
    })
    expect(data).toMatchObject({ title: 'Release v1.1.0', state: 'closed', body: null })
    const { data: read } = await octokit.rest.pulls.get({ ...repo, pull_number: pull.number })
    expect(read).toMatchObject({
      title: 'Release v1.1.0',
      merged: false,
      closed_at: expect.any(String)
    })
    await expectFailure(octokit.rest.pulls.get({ ...repo, pull_number: 99 }), 404, 'Not Found')
  })

  it('a merged pull request shows merged and its merge commit', async () => {
    seedHistory(standIn.state)
    const pull = standIn.state.openPullRequest({
      head: 'feature/beta',
      base: 'development',
      title: 'Beta'
    })
    const merge = standIn.state.mergePullRequest(pull.number)
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pull.number })
    expect(data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merge })
  })

  it('adds labels to a pull request and answers all its labels', async () => {
    seedHistory(standIn.state)
    const pull = standIn.state.openPullRequest({
      head: 'development',
      base: 'main',
      title: 'Release',
      labels: ['release']
    })
    const { data } = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: pull.number,
      labels: ['release:minor']
    })
    expect(data.map((label) => label.name)).toEqual(['release', 'release:minor'])
    expect(standIn.state.getPull(pull.number)?.labels).toEqual(['release', 'release:minor'])
    await expectFailure(
      octokit.rest.issues.addLabels({ ...repo, issue_number: 42, labels: ['x'] }),
      404
    )
  })
})

it('exercised every endpoint the README lists under "Pull requests and labels"', () => {
  expect([...exercised].sort()).toEqual(readReadmeEndpoints('Pull requests and labels'))
})
