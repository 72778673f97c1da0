import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'
import { OWNER, REPO } from './helpers.js'

// Scripted faults and hooks, seen at the HTTP level.
let standIn: GitHubStandIn
let sha: string
const SECONDARY_LIMIT = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
}

beforeEach(async () => {
  standIn = await startGitHubStandIn()
  sha = standIn.state.commit({ message: 'init', files: { 'a.txt': 'a' } })
})

afterEach(async () => {
  await standIn.close()
  standIn.assertNoViolations()
})

const getRepo = () =>
  fetch(`${standIn.url}/repos/${OWNER}/${REPO}`, { headers: { authorization: 'token t0k' } })

const createTagRef = (tag: string) =>
  fetch(`${standIn.url}/repos/${OWNER}/${REPO}/git/refs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ref: `refs/tags/${tag}`, sha })
  })

describe('injectFault', () => {
  it('answers 502 once, then normally', async () => {
    standIn.injectFault({ route: 'GET /repos/{owner}/{repo}', status: 502 })
    const first = await getRepo()
    expect([first.status, await first.json()]).toEqual([502, { message: 'Bad Gateway' }])
    expect((await getRepo()).status).toBe(200)
    expect(standIn.requests.map((r) => [r.status, r.token])).toEqual([
      [502, 't0k'],
      [200, 't0k']
    ])
  })

  it.each([
    [
      '429 with Retry-After',
      429,
      { 'retry-after': '1' },
      undefined,
      { message: 'Too Many Requests' }
    ],
    ['403 secondary rate limit', 403, { 'retry-after': '60' }, SECONDARY_LIMIT, SECONDARY_LIMIT]
  ])('%s', async (_case, status, headers, body, expected) => {
    standIn.injectFault({ status, headers, body })
    const response = await getRepo()
    expect(response.status).toBe(status)
    expect(response.headers.get('retry-after')).toBe(headers['retry-after'])
    expect(await response.json()).toEqual(expected)
    expect((await getRepo()).status).toBe(200)
  })

  it('matches by method and route, for `times` requests, first in first out', async () => {
    standIn.injectFault({ method: 'POST', status: 500, times: 2 })
    standIn.injectFault({ route: '/repos/{owner}/{repo}/git/refs', status: 503 })
    expect((await getRepo()).status).toBe(200)
    const statuses = []
    for (const tag of ['a', 'b', 'c', 'd']) statuses.push((await createTagRef(tag)).status)
    expect(statuses).toEqual([500, 500, 503, 201])
    expect(standIn.state.listRefs('refs/tags/').map(([ref]) => ref)).toEqual(['refs/tags/d'])
  })
})

describe('injectFault afterApplying: GitHub did the work, the answer was lost', () => {
  const tagsMade = () => standIn.state.listRefs('refs/tags/').map(([ref]) => ref)

  it('a 502 after applying: the tag exists, the client saw 502, a retry gets 422', async () => {
    standIn.injectFault({
      route: 'POST /repos/{owner}/{repo}/git/refs',
      status: 502,
      afterApplying: true
    })
    const first = await createTagRef('v1.0.0')
    expect([first.status, await first.json()]).toEqual([502, { message: 'Bad Gateway' }])
    expect(tagsMade()).toEqual(['refs/tags/v1.0.0'])
    const retry = await createTagRef('v1.0.0')
    expect(retry.status).toBe(422)
    expect(await retry.json()).toMatchObject({ message: 'Reference already exists' })
    expect(standIn.requests.map((r) => r.status)).toEqual([502, 422])
  })

  it('a reset after applying: no answer at all, recorded as status 0, but the tag exists', async () => {
    standIn.injectFault({
      route: 'POST /repos/{owner}/{repo}/git/refs',
      status: 'reset',
      afterApplying: true
    })
    await expect(createTagRef('v1.0.0')).rejects.toThrow('fetch failed')
    expect(tagsMade()).toEqual(['refs/tags/v1.0.0'])
    expect(standIn.requests.map((r) => r.status)).toEqual([0])
    expect((await createTagRef('v1.1.0')).status).toBe(201)
  })

  it('a reset without afterApplying: nothing is written', async () => {
    standIn.injectFault({ route: 'POST /repos/{owner}/{repo}/git/refs', status: 'reset' })
    await expect(createTagRef('v1.0.0')).rejects.toThrow('fetch failed')
    expect(tagsMade()).toEqual([])
  })
})

describe('onRequest', () => {
  it('runs before the request is handled: another run creates the tag first', async () => {
    const seen: unknown[] = []
    const remove = standIn.onRequest('POST /repos/{owner}/{repo}/git/refs', (request, stand) => {
      seen.push([request.operationId, request.pathParams, request.body])
      stand.state.tag('v1.0.0', sha)
    })
    const response = await createTagRef('v1.0.0')
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ message: 'Reference already exists' })
    expect(seen).toEqual([
      ['git/create-ref', { owner: OWNER, repo: REPO }, { ref: 'refs/tags/v1.0.0', sha }]
    ])
    remove()
    expect((await createTagRef('v1.1.0')).status).toBe(201)
    expect(seen).toHaveLength(1)
  })

  it('can hold a request while another one goes through', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    standIn.onRequest('/repos/{owner}/{repo}/git/refs', () => held)
    const slow = createTagRef('v1.0.0')
    await new Promise((resolve) => setTimeout(resolve, 20))
    standIn.state.tag('v1.0.0', sha)
    release()
    expect((await slow).status).toBe(422)
  })

  it('two racing creates of one tag: exactly one wins', async () => {
    const statuses = (await Promise.all([createTagRef('v2.0.0'), createTagRef('v2.0.0')])).map(
      (response) => response.status
    )
    expect(statuses.sort()).toEqual([201, 422])
    expect(standIn.countRequests('POST /repos/{owner}/{repo}/git/refs')).toBe(2)
    expect(standIn.countRequests({ route: '/repos/{owner}/{repo}/git/refs', status: 422 })).toBe(1)
  })
})
