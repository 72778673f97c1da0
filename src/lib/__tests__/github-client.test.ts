import { createServer, type AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github/server.js'
import { classifyFailure } from '../classify-failure.js'
import { createGitHubClient } from '../github-client.js'

const REPO = { owner: 'octo-org', repo: 'octo-repo' }
const GET_REPO = 'GET /repos/{owner}/{repo}'
const CREATE_REF = 'POST /repos/{owner}/{repo}/git/refs'
const SECONDARY_LIMIT = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
}

let github: GitHubStandIn
let waits: number[]
let logs: string[]

beforeEach(async () => {
  github = await startGitHubStandIn()
  github.state.commit({ message: 'chore: init', files: { 'README.md': '# app\n' } })
  waits = []
  logs = []
})
afterEach(async () => {
  github.assertNoViolations()
  await github.close()
})

function client(retries = 4) {
  return createGitHubClient({
    token: 'ghs_client_test',
    baseUrl: github.url,
    retry: { retries },
    log: (message) => logs.push(message),
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 1
  })
}

describe('the shared client survives transient faults', () => {
  it.each([
    ['a 502, then success', [{ status: 502 }], [1000]],
    ['two 503s, then success', [{ status: 503, times: 2 }], [1000, 2000]],
    ['a 429 with Retry-After: 3', [{ status: 429, headers: { 'retry-after': '3' } }], [3000]],
    [
      'a 403 secondary rate limit with Retry-After: 2',
      [{ status: 403, headers: { 'retry-after': '2' }, body: SECONDARY_LIMIT }],
      [2000]
    ],
    [
      'a 403 secondary rate limit without a header: a minute',
      [{ status: 403, body: SECONDARY_LIMIT }],
      [60_000]
    ],
    [
      'a 429 secondary rate limit without a header: a minute',
      [{ status: 429, body: SECONDARY_LIMIT }],
      [60_000]
    ],
    [
      'a primary rate limit with an unreadable reset: a minute',
      [
        {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' },
          body: { message: 'API rate limit exceeded for installation ID 1.' }
        }
      ],
      [60_000]
    ],
    [
      'a 502, then a 429, then success',
      [{ status: 502 }, { status: 429, headers: { 'retry-after': '1' } }],
      [1000, 2000]
    ]
  ])('%s', async (_name, faults, expectedWaits) => {
    for (const fault of faults) github.injectFault({ route: GET_REPO, ...fault })
    const { data, status } = await client().rest.repos.get(REPO)
    expect(status).toBe(200)
    expect(data.full_name).toBe('octo-org/octo-repo')
    expect(waits).toEqual(expectedWaits)
    expect(github.countRequests(GET_REPO)).toBe(expectedWaits.length + 1)
    expect(logs).toHaveLength(expectedWaits.length)
    expect(logs[0]).toMatch(/^GitHub API GET \/repos\/\{owner\}\/\{repo\}: .*; retrying in/)
  })

  it('retries a write too (the action checks what a lost answer created)', async () => {
    github.injectFault({ route: CREATE_REF, status: 502 })
    const sha = github.state.getBranchSha('main')!
    const { status } = await client().rest.git.createRef({ ...REPO, ref: 'refs/tags/v1.0.0', sha })
    expect(status).toBe(201)
    expect(github.countRequests(CREATE_REF)).toBe(2)
    expect(github.state.getTagSha('v1.0.0')).toBe(sha)
  })

  it('gives up after its retries and throws the last answer', async () => {
    github.injectFault({ route: GET_REPO, status: 502, times: Infinity })
    await expect(client(2).rest.repos.get(REPO)).rejects.toMatchObject({ status: 502 })
    expect(github.countRequests(GET_REPO)).toBe(3)
    expect(waits).toEqual([1000, 2000])
  })
})

describe('the shared client never retries a client error', () => {
  it('404: a repository that does not exist', async () => {
    await expect(
      client().rest.repos.get({ owner: 'octo-org', repo: 'missing' })
    ).rejects.toMatchObject({ status: 404 })
    expect(github.countRequests(GET_REPO)).toBe(1)
    expect(waits).toEqual([])
  })

  it('422: a reference that already exists', async () => {
    const sha = github.state.getBranchSha('main')!
    await expect(
      client().rest.git.createRef({ ...REPO, ref: 'refs/heads/main', sha })
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists')
    })
    expect(github.countRequests(CREATE_REF)).toBe(1)
    expect(waits).toEqual([])
  })

  it('403 that is not a rate limit: a missing permission', async () => {
    github.injectFault({
      route: GET_REPO,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    await expect(client().rest.repos.get(REPO)).rejects.toMatchObject({ status: 403 })
    expect(github.countRequests(GET_REPO)).toBe(1)
  })
})

describe('where the client sends requests', () => {
  const saved = process.env.GITHUB_API_URL
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_API_URL
    else process.env.GITHUB_API_URL = saved
  })

  it('honours GITHUB_API_URL (GitHub Enterprise Server) and sends the token', async () => {
    process.env.GITHUB_API_URL = github.url
    await createGitHubClient({ token: 'ghs_from_env' }).rest.repos.get(REPO)
    expect(github.requests.map((r) => [`${r.method} ${r.route}`, r.token])).toEqual([
      [GET_REPO, 'ghs_from_env']
    ])
  })
})

describe('a request that gets no answer', () => {
  it('is retried as a network error (not "HTTP 500"), then classified as the network\'s problem', async () => {
    const port = await findClosedPort()
    const unreachable = createGitHubClient({
      token: 'ghs_client_test',
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { retries: 1 },
      log: (message) => logs.push(message),
      sleep: async () => undefined,
      random: () => 1
    })
    const error: unknown = await unreachable.rest.repos.get(REPO).catch((e: unknown) => e)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toContain('no answer (ECONNREFUSED: connection refused)')
    expect(logs[0]).not.toContain('HTTP 500')
    expect(classifyFailure(error)).toMatchObject({
      owner: 'network',
      message: `no answer from 127.0.0.1:${port} (ECONNREFUSED: connection refused)`
    })
  })
})

/** A loopback port nothing listens on (fetch refuses low "bad ports" such as 1 by itself). */
async function findClosedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
