import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../server.js'
import {
  expectFailure,
  type Octokit,
  OWNER,
  readReadmeEndpoints,
  REPO,
  repo,
  seedHistory,
  WEB,
  useOctokitAgainstStandIn
} from './helpers.js'

// The repository, branches, commits, comparisons and merges, driven with the real Octokit.
let standIn: GitHubStandIn
let octokit: Octokit
const exercised = useOctokitAgainstStandIn((started) => ({ standIn, octokit } = started))

describe('repository and branches', () => {
  it('GET /repos/{owner}/{repo} answers the repository', async () => {
    const { data } = await octokit.rest.repos.get(repo)
    expect(data).toMatchObject({
      full_name: `${OWNER}/${REPO}`,
      default_branch: 'main',
      html_url: WEB
    })
    expect(standIn.requests[0]).toMatchObject({
      operationId: 'repos/get',
      token: 'test-token',
      status: 200
    })
  })

  it('GET a branch, even with a slash in its name; 404 for a missing one', async () => {
    const { feature } = seedHistory(standIn.state)
    const { data } = await octokit.rest.repos.getBranch({ ...repo, branch: 'feature/beta' })
    expect(data).toMatchObject({ name: 'feature/beta', commit: { sha: feature }, protected: false })
    await expectFailure(
      octokit.rest.repos.getBranch({ ...repo, branch: 'nope' }),
      404,
      'Branch not found'
    )
  })
})

describe('commits', () => {
  it('gets a commit by sha, branch or tag, with its files; 422 for an unknown ref', async () => {
    const { development, feature } = seedHistory(standIn.state)
    standIn.state.tag('v1.0.0', feature, { message: 'annotated' })
    for (const ref of [feature, feature.slice(0, 7), 'feature/beta', 'v1.0.0']) {
      const { data } = await octokit.rest.repos.getCommit({ ...repo, ref })
      expect(data.sha).toBe(feature)
      expect(data.parents.map((p) => p.sha)).toEqual([development])
      expect(data.files?.map((f) => [f.filename, f.status])).toEqual([
        ['operators/beta/requirements.txt', 'added']
      ])
      expect(data.commit.message).toBe('fix: pin beta')
    }
    const unknown = octokit.rest.repos.getCommit({ ...repo, ref: 'nope' })
    await expectFailure(unknown, 422, 'No commit found for SHA: nope')
  })

  it('lists a branch history newest first, paginated with a Link header', async () => {
    const { root, development, feature } = seedHistory(standIn.state)
    const first = await octokit.rest.repos.listCommits({
      ...repo,
      sha: 'feature/beta',
      per_page: 2
    })
    expect(first.data.map((c) => c.sha)).toEqual([feature, development])
    expect(first.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.repos.listCommits, {
      ...repo,
      sha: 'feature/beta',
      per_page: 2
    })
    expect(all.map((c) => c.sha)).toEqual([feature, development, root])
    const { data: main } = await octokit.rest.repos.listCommits(repo)
    expect(main.map((c) => c.sha)).toEqual([root])
  })

  it('lists the pull requests behind a commit', async () => {
    const { feature } = seedHistory(standIn.state)
    const pull = standIn.state.openPullRequest({
      head: 'feature/beta',
      base: 'main',
      title: 'Pin beta',
      user: 'octocat'
    })
    const open = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: feature
    })
    expect(open.data.map((p) => [p.number, p.state])).toEqual([[pull.number, 'open']])
    const merge = standIn.state.mergePullRequest(pull.number)
    for (const sha of [merge, feature]) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha
      })
      expect(data.map((p) => [p.number, p.merged_at !== null])).toEqual([[pull.number, true]])
    }
  })
})

describe('compare', () => {
  it.each([
    ['main...feature/beta', 'ahead', 2, 0],
    ['feature/beta...main', 'behind', 0, 2],
    ['development...development', 'identical', 0, 0]
  ])('%s is %s', async (basehead, status, ahead, behind) => {
    seedHistory(standIn.state)
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead })
    expect(data).toMatchObject({ status, ahead_by: ahead, behind_by: behind, total_commits: ahead })
  })

  it('lists head-only commits oldest first, the merge base, and the three-dot files', async () => {
    const { root, development, feature } = seedHistory(standIn.state)
    const hotfix = standIn.state.commit({
      message: 'fix: hotfix',
      files: { 'README.md': '# app!\n' }
    })
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...feature/beta'
    })
    expect(data.status).toBe('diverged')
    expect([data.ahead_by, data.behind_by]).toEqual([2, 1])
    expect(data.commits.map((c) => c.sha)).toEqual([development, feature])
    expect(data.merge_base_commit.sha).toBe(root)
    expect(data.base_commit.sha).toBe(hotfix)
    expect(data.files?.map((f) => f.filename)).toEqual([
      'operators/beta/Dockerfile',
      'operators/beta/requirements.txt'
    ])
    const missing = octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...nope'
    })
    await expectFailure(missing, 404)
  })
})

describe('merges', () => {
  it('a base behind head gets a merge commit (201): GitHub never fast-forwards', async () => {
    const { root, development } = seedHistory(standIn.state)
    const { status, data } = await octokit.rest.repos.merge({
      ...repo,
      base: 'main',
      head: 'development'
    })
    expect(status).toBe(201)
    expect(data.parents.map((p) => p.sha)).toEqual([root, development])
    expect(data.commit.message).toBe('Merge development into main')
    expect(standIn.state.getBranchSha('main')).toBe(data.sha)
  })

  it('diverged branches without overlapping changes merge cleanly (201)', async () => {
    seedHistory(standIn.state)
    standIn.state.commit({ message: 'docs: readme', files: { 'README.md': '# app\nmore\n' } })
    const message = 'Sync development into main'
    const { data } = await octokit.rest.repos.merge({
      ...repo,
      base: 'main',
      head: 'development',
      commit_message: message
    })
    const merged = standIn.state.requireCommit(data.sha)
    expect(merged.message).toBe(message)
    expect(merged.files).toMatchObject({
      'README.md': '# app\nmore\n',
      'operators/beta/Dockerfile': 'FROM python:3.12\n'
    })
  })

  it('both sides changing a file differently is a 409 "Merge conflict"', async () => {
    seedHistory(standIn.state)
    const main = standIn.state.commit({ message: 'a', files: { 'README.md': 'main\n' } })
    standIn.state.commit({
      branch: 'development',
      message: 'b',
      files: { 'README.md': 'development\n' }
    })
    await expectFailure(
      octokit.rest.repos.merge({ ...repo, base: 'main', head: 'development' }),
      409,
      'Merge conflict'
    )
    expect(standIn.state.getBranchSha('main')).toBe(main)
  })

  it('a head already in base is a 204; missing branches are 404s', async () => {
    const { development } = seedHistory(standIn.state)
    const { status } = await octokit.rest.repos.merge({
      ...repo,
      base: 'development',
      head: 'main'
    })
    expect(status).toBe(204)
    expect(standIn.state.getBranchSha('development')).toBe(development)
    await expectFailure(
      octokit.rest.repos.merge({ ...repo, base: 'nope', head: 'main' }),
      404,
      'Base does not exist'
    )
    await expectFailure(
      octokit.rest.repos.merge({ ...repo, base: 'main', head: 'nope' }),
      404,
      'Head does not exist'
    )
  })
})

it('exercised every endpoint the README lists under "Repository, commits and merges"', () => {
  expect([...exercised].sort()).toEqual(readReadmeEndpoints('Repository, commits and merges'))
})
