import { describe, expect, it } from 'vitest'
import { classifyFailure, type FailureClass } from '../classify-failure.js'
import { ConfigurationError, formatFailure } from '../errors.js'
import { CommandError, CommandTimeoutError } from '../exec.js'

const API = 'https://api.github.com/repos/octo-org/octo-repo'
const NOW = Date.parse('2026-01-05T10:00:00Z')

/** Shaped as @octokit/request-error's RequestError for an answer GitHub gave. */
function requestError(
  status: number,
  message: string,
  options: { method?: string; url?: string; headers?: Record<string, string> } = {}
) {
  const url = options.url ?? `${API}/git/refs/heads%2Fdevelopment`
  const headers = options.headers ?? {}
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    request: {
      method: options.method ?? 'PATCH',
      url,
      headers: { authorization: 'token [REDACTED]' }
    },
    response: { status, url, headers, data: { message } }
  })
}

/** A Node system error as net/dns raise it. */
function systemError(code: string, message: string, extra: object = {}) {
  return Object.assign(new Error(message), { code, syscall: 'connect', ...extra })
}

/** What fetch throws, and what Octokit wraps it in when no answer came back. */
function octokitNetworkError(cause: Error) {
  const fetchError = new TypeError('fetch failed', { cause })
  return Object.assign(new Error(cause.message), {
    name: 'HttpError',
    status: 500,
    request: { method: 'GET', url: `${API}/git/ref/heads/main`, headers: {} },
    cause: fetchError
  })
}

const pipError = (stderr: string) =>
  new CommandError('/tmp/venv/bin/pip', ['install', '--quiet', 'bandit==1.9.4'], {
    exitCode: 1,
    stdout: '',
    stderr
  })

type Row = [string, unknown, Pick<FailureClass, 'owner' | 'kind'>, string, string]

const ROWS: Row[] = [
  [
    'ConfigurationError',
    new ConfigurationError('Input "mode" is "x".', 'Use sync.'),
    { owner: 'user', kind: 'configuration' },
    'Input "mode" is "x".',
    'Use sync.'
  ],
  [
    'ECONNREFUSED (Node system error)',
    systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443'),
    { owner: 'network', kind: 'network' },
    'ECONNREFUSED: connection refused',
    'not your settings and not a bug'
  ],
  [
    'ENOTFOUND names the host',
    systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND hooks.slack.com', {
      hostname: 'hooks.slack.com'
    }),
    { owner: 'network', kind: 'network' },
    'no answer from hooks.slack.com (ENOTFOUND: host name not found)',
    'Re-run the job'
  ],
  [
    'ETIMEDOUT',
    systemError('ETIMEDOUT', 'connect ETIMEDOUT'),
    { owner: 'network', kind: 'network' },
    'ETIMEDOUT: timed out',
    'DNS, proxy and firewall'
  ],
  [
    'ECONNRESET inside fetch failed, inside Octokit',
    octokitNetworkError(systemError('ECONNRESET', 'read ECONNRESET')),
    { owner: 'network', kind: 'network' },
    'no answer from api.github.com (ECONNRESET: connection reset)',
    'network'
  ],
  [
    'fetch failed with a cause but no code',
    new TypeError('fetch failed', { cause: new Error('other side closed') }),
    { owner: 'network', kind: 'network' },
    'fetch failed',
    'network'
  ],
  [
    'undici connect timeout',
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' })
    }),
    { owner: 'network', kind: 'network' },
    'UND_ERR_CONNECT_TIMEOUT',
    'network'
  ],
  [
    'AbortSignal.timeout',
    new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    { owner: 'network', kind: 'network' },
    'timed out',
    'network'
  ],
  [
    '401 Bad credentials',
    requestError(401, 'Bad credentials', { method: 'GET', url: `${API}/git/ref/heads/main` }),
    { owner: 'user', kind: 'authentication' },
    'GET /repos/octo-org/octo-repo/git/ref/heads/main: HTTP 401 Bad credentials; the token was not accepted',
    'wrong, expired or revoked'
  ],
  [
    '403 on a write, no header: the permission comes from the route',
    requestError(403, 'Resource not accessible by integration'),
    { owner: 'user', kind: 'permission' },
    'PATCH /repos/octo-org/octo-repo/git/refs/heads/development: HTTP 403 Resource not accessible by integration; the token lacks a permission',
    "Add `contents: write` to the job's `permissions:` block"
  ],
  [
    '403 on a read of the Actions API',
    requestError(403, 'Resource not accessible by integration', {
      method: 'GET',
      url: `${API}/actions/runs?branch=main`
    }),
    { owner: 'user', kind: 'permission' },
    'GET /repos/octo-org/octo-repo/actions/runs: HTTP 403',
    '`actions: read`'
  ],
  [
    '403 with x-accepted-github-permissions: the header wins',
    requestError(403, 'Resource not accessible by integration', {
      method: 'POST',
      url: `${API}/pulls`,
      headers: {
        'x-accepted-github-permissions': 'pull_requests=write; contents=read,issues=write'
      }
    }),
    { owner: 'user', kind: 'permission' },
    'POST /repos/octo-org/octo-repo/pulls: HTTP 403',
    'Add `pull-requests: write` or `contents: read, issues: write`'
  ],
  [
    '403: Actions may not create pull requests (a repository setting)',
    requestError(
      403,
      'GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      { method: 'POST', url: `${API}/pulls` }
    ),
    { owner: 'user', kind: 'actions-setting' },
    'POST /repos/octo-org/octo-repo/pulls: HTTP 403 GitHub Actions is not permitted to create or approve pull requests.',
    'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"'
  ],
  [
    '403 rate limit with x-ratelimit-remaining: 0',
    requestError(403, 'API rate limit exceeded for installation ID 1.', {
      method: 'GET',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 1500) }
    }),
    { owner: 'service', kind: 'rate-limit' },
    "GitHub's rate limit was reached",
    "GitHub's limit on the token, not a bug. It resets at 10:25 UTC (in 25 min)"
  ],
  [
    '403 secondary rate limit',
    requestError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes.'),
    { owner: 'service', kind: 'rate-limit' },
    "GitHub's secondary rate limit was reached",
    'Wait a few minutes before re-running the job'
  ],
  [
    '429 with retry-after',
    requestError(429, 'Too Many Requests', { headers: { 'retry-after': '600' } }),
    { owner: 'service', kind: 'rate-limit' },
    'HTTP 429',
    'Re-run the job in 10 min or later'
  ],
  [
    '502 that outlasted the retries',
    requestError(502, 'Bad Gateway', { method: 'POST', url: `${API}/merges` }),
    { owner: 'service', kind: 'outage' },
    'POST /repos/octo-org/octo-repo/merges: HTTP 502 Bad Gateway, still after retries',
    'GitHub is having trouble: not your settings and not a bug. Check https://www.githubstatus.com'
  ],
  [
    '503 from Slack',
    requestError(503, 'Service Unavailable', {
      method: 'POST',
      url: 'https://slack.com/api/chat.postMessage'
    }),
    { owner: 'service', kind: 'outage' },
    'HTTP 503',
    'Slack is having trouble'
  ],
  [
    '404',
    requestError(404, 'Not Found', { method: 'GET', url: `${API}/git/ref/heads/x` }),
    { owner: 'user', kind: 'not-found' },
    'HTTP 404 Not Found',
    'the token cannot see it'
  ],
  [
    'pip cannot reach PyPI',
    pipError(
      "WARNING: Retrying (Retry(total=0)) after connection broken by 'NewConnectionError(...: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/bandit/\n" +
        'ERROR: Could not find a version that satisfies the requirement bandit==1.9.4 (from versions: none)\n' +
        'ERROR: No matching distribution found for bandit==1.9.4'
    ),
    { owner: 'service', kind: 'package-index' },
    'pip could not download from PyPI (ERROR: No matching distribution found for bandit==1.9.4)',
    'PIP_INDEX_URL'
  ],
  [
    'pip killed after its time limit',
    new CommandTimeoutError('/tmp/venv/bin/pip', ['install', 'locust==2.43.0'], 300_000),
    { owner: 'service', kind: 'package-index' },
    'pip could not download from PyPI (it ran out of time)',
    'Re-run the job later'
  ],
  [
    'pip failing for another reason stays unclassified',
    pipError('ERROR: Invalid requirement'),
    { owner: 'bug', kind: 'bug' },
    '',
    ''
  ],
  [
    'an unexpected exception of ours',
    new TypeError("Cannot read properties of undefined (reading 'sha')"),
    { owner: 'bug', kind: 'bug' },
    '',
    ''
  ],
  [
    'a 422 GitHub refused (we sent it)',
    requestError(422, 'Validation Failed'),
    { owner: 'bug', kind: 'bug' },
    '',
    ''
  ]
]

describe('classifyFailure', () => {
  it.each(ROWS)('%s', (_, error, expected, message, hint) => {
    const failure = classifyFailure(error, NOW)
    expect(failure).toMatchObject(expected)
    expect(failure.message).toContain(message)
    expect(failure.hint).toContain(hint)
  })

  it('never names a Slack webhook path (its secret), only the host', () => {
    const error = requestError(503, 'Service Unavailable', {
      method: 'POST',
      url: 'https://hooks.slack.com/services/T0000/B0000/XXXXsecretXXXX'
    })
    const failure = classifyFailure(error, NOW)
    expect(failure.message).toContain('POST hooks.slack.com: HTTP 503')
    expect(JSON.stringify(failure)).not.toContain('secret')
  })

  it('never puts the query of a URL in the message', () => {
    const error = requestError(502, 'Bad Gateway', { url: `${API}/pulls?access_token=secret` })
    expect(JSON.stringify(classifyFailure(error, NOW))).not.toContain('secret')
  })
})

describe('formatFailure', () => {
  it('says whose problem it is, and keeps "a bug" for bugs', () => {
    const network = systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443')
    expect(formatFailure('tag-release', network)).toBe(
      'tag-release: no answer from the server (ECONNREFUSED: connection refused). ' +
        'The network between the runner and the service failed: not your settings and not a bug. ' +
        'Re-run the job; on a self-hosted runner, check its DNS, proxy and firewall.'
    )
    for (const [, error, expected] of ROWS) {
      const line = formatFailure('x', error)
      expect(line.includes('This is a bug in release-actions')).toBe(expected.owner === 'bug')
    }
  })
})
