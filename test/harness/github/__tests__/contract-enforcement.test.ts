import { getOctokit } from '@actions/github'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'
import { expectFailure, OWNER, REPO } from './helpers.js'

// The stand-in must turn a client's mistake into a loud 400, never into GitHub's silence.
let standIn: GitHubStandIn
let octokit: ReturnType<typeof getOctokit>
let sha: string
const repo = { owner: OWNER, repo: REPO }
const route = 'POST /repos/{owner}/{repo}/git/refs'

beforeEach(async () => {
  standIn = await startGitHubStandIn()
  octokit = getOctokit('test-token', { baseUrl: standIn.url })
  sha = standIn.state.commit({ message: 'init', files: { 'a.txt': 'a' } })
})

afterEach(async () => {
  await standIn.close()
})

describe('a request that breaks the OpenAPI contract', () => {
  it.each([
    [
      'an undeclared query parameter',
      `${route}?force=true`,
      { ref: 'refs/tags/v1.0.0' },
      'git/create-ref: query parameter "force" is not declared (declared: none)'
    ],
    [
      'an undeclared body property',
      route,
      { ref: 'refs/tags/v1.0.0', force: true },
      'git/create-ref: body property "force" is not declared (declared: ref, sha)'
    ],
    [
      'a missing required property',
      route,
      { ref: 'refs/tags/v1.0.0', sha: undefined },
      'git/create-ref: missing required body property "sha"'
    ],
    [
      'a wrong type',
      route,
      { ref: ['refs/tags/v1.0.0'] },
      'git/create-ref: body property "ref" must be string, got array'
    ]
  ])('%s is a violation and a 400', async (_case, request, extra, violation) => {
    const call = octokit.request(request, { ...repo, sha, ...extra })
    const body = await expectFailure(call, 400, `contract violation: ${violation}`)
    expect(body).toEqual({ message: `contract violation: ${violation}` })
    expect(standIn.violations).toEqual([violation])
    expect(standIn.state.refs.has('refs/tags/v1.0.0')).toBe(false)
    expect(() => standIn.assertNoViolations()).toThrow(violation)
  })

  it('an unknown path is a violation and a 400', async () => {
    await expectFailure(octokit.request('GET /repos/{owner}/{repo}/git/reference', repo), 400)
    const path = `/repos/${OWNER}/${REPO}/git/reference`
    expect(standIn.violations).toEqual([
      `unknown path GET ${path}: no operation in GitHub's OpenAPI description`
    ])
  })

  it('a valid request to an endpoint not served is a 501 and a violation', async () => {
    await expectFailure(octokit.rest.repos.getLatestRelease(repo), 501)
    expect(standIn.violations).toEqual([
      'stand-in: GET /repos/{owner}/{repo}/releases/latest (repos/get-latest-release) is not served'
    ])
  })

  it('records violations with the request, and a clean request leaves none', async () => {
    await octokit.request(route, { ...repo, ref: 'refs/tags/v1.0.0', sha })
    standIn.assertNoViolations()
    await expectFailure(
      octokit.request(route, { ...repo, ref: 'refs/tags/v2', sha, shaa: sha }),
      400
    )
    expect(standIn.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['git/create-ref', 201],
      ['git/create-ref', 400]
    ])
    expect(standIn.countRequests({ status: 400 })).toBe(1)
  })
})
