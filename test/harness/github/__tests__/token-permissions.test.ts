import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'
import { describeAcceptedPermissions, refuseByPermissions } from '../token-permissions.js'
import { OWNER, REPO } from './helpers.js'

describe('refuseByPermissions', () => {
  it.each([
    [{ contents: 'read' }, 'GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', undefined],
    [{}, 'GET', '/repos/{owner}/{repo}/pulls', undefined],
    [{ contents: 'write' }, 'POST', '/repos/{owner}/{repo}/git/refs', undefined],
    [
      { contents: 'read' },
      'POST',
      '/repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/git/refs needs contents: write'
    ],
    [
      { contents: 'read' },
      'POST',
      '/repos/{owner}/{repo}/merges',
      'POST /repos/{owner}/{repo}/merges needs contents: write'
    ],
    [{ contents: 'write' }, 'POST', '/repos/{owner}/{repo}/releases/generate-notes', undefined],
    [
      { contents: 'write' },
      'POST',
      '/repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/pulls needs pull-requests: write'
    ],
    [{ 'pull-requests': 'write' }, 'PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', undefined],
    [
      { 'pull-requests': 'write' },
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      undefined
    ],
    [{ issues: 'write' }, 'POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', undefined],
    [
      {},
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels needs issues: write or pull-requests: write'
    ],
    [
      { contents: 'read' },
      'POST',
      '/repos/{owner}/{repo}/code-scanning/sarifs',
      'POST /repos/{owner}/{repo}/code-scanning/sarifs needs security-events: write'
    ],
    [
      { 'security-events': 'write' },
      'POST',
      '/repos/{owner}/{repo}/code-scanning/sarifs',
      undefined
    ]
  ])('%j %s %s → %s', (permissions, method, route, refusal) => {
    expect(refuseByPermissions(permissions, method, route)).toBe(refusal)
  })
})

describe('grantToken', () => {
  let standIn: GitHubStandIn
  let sha: string
  beforeEach(async () => {
    standIn = await startGitHubStandIn()
    sha = standIn.state.commit({ message: 'init', files: { 'a.txt': 'a' } })
  })
  afterEach(async () => {
    await standIn.close()
    standIn.assertNoViolations()
  })
  const createTag = (token: string) =>
    fetch(`${standIn.url}/repos/${OWNER}/${REPO}/git/refs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `token ${token}` },
      body: JSON.stringify({ ref: 'refs/tags/v1.0.0', sha })
    })

  it('refuses a write its permissions do not cover as GitHub does, and lets the others through', async () => {
    standIn.grantToken('read-only', { contents: 'read' })
    standIn.grantToken('writer', { contents: 'write' })
    const refused = await createTag('read-only')
    expect([refused.status, ((await refused.json()) as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration'
    ])
    expect(refused.headers.get('x-accepted-github-permissions')).toBe('contents=write')
    expect(standIn.state.getTagSha('v1.0.0')).toBeUndefined()
    expect(standIn.refusals).toEqual(['POST /repos/{owner}/{repo}/git/refs needs contents: write'])
    expect((await createTag('writer')).status).toBe(201)
    expect(standIn.state.getTagSha('v1.0.0')).toBe(sha)
  })
})

describe('describeAcceptedPermissions', () => {
  it.each([
    ['PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', 'contents=write'],
    ['POST', '/repos/{owner}/{repo}/pulls', 'pull_requests=write'],
    [
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/labels',
      'issues=write; pull_requests=write'
    ],
    ['GET', '/repos/{owner}/{repo}/actions/runs', 'actions=read'],
    ['GET', '/repos/{owner}/{repo}/git/ref/{ref}', undefined]
  ])('%s %s → %s', (method, route, header) => {
    expect(describeAcceptedPermissions(method, route)).toBe(header)
  })
})
