import type { FailureClass } from './classify-failure.js'
import { describeMissingPermission } from './describe-missing-permission.js'

interface HttpError {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | number | undefined> }
}

const ACTIONS_SETTING = /not permitted to create or approve pull requests/i
const RATE_LIMIT = /rate limit/i

/** An error answer from GitHub's API (or another HTTP service), sorted by whose it is. */
export function classifyHttpFailure(error: unknown, nowMs: number): FailureClass | undefined {
  if (!isHttpError(error)) return undefined
  const { status } = error
  const what = `${describeRequest(error)}: HTTP ${status} ${firstLine(error.message)}`.trim()
  if (status === 401) {
    return {
      owner: 'user',
      kind: 'authentication',
      message: `${what}; the token was not accepted`,
      hint:
        'The token is wrong, expired or revoked: check the secret the workflow passes as the ' +
        "action's token input (a personal access token or an app token may have expired)."
    }
  }
  if ((status === 403 || status === 429) && isRateLimited(error)) {
    return describeRateLimit(error, what, nowMs)
  }
  if (status === 403 && ACTIONS_SETTING.test(error.message)) {
    return {
      owner: 'user',
      kind: 'actions-setting',
      message: what,
      hint:
        'A repository setting forbids it: enable Settings → Actions → General → "Allow GitHub ' +
        'Actions to create and approve pull requests" (for an organization, in its settings ' +
        'first), or pass a GitHub App token.'
    }
  }
  if (status === 403) {
    return {
      owner: 'user',
      kind: 'permission',
      message: `${what}; the token lacks a permission`,
      hint: describeMissingPermission(
        error.request,
        readHeader(error, 'x-accepted-github-permissions')
      )
    }
  }
  if (status === 404) {
    return {
      owner: 'user',
      kind: 'not-found',
      message: what,
      hint:
        'It does not exist, or the token cannot see it: check the repository and the names in ' +
        "the inputs, and that the token has access (a private repository needs the token's read permission)."
    }
  }
  if (status >= 500) {
    const service = nameService(error.request?.url)
    return {
      owner: 'service',
      kind: 'outage',
      message: `${what}, still after retries`,
      hint:
        `${service} is having trouble: not your settings and not a bug. ` +
        (service === 'GitHub' ? 'Check https://www.githubstatus.com and re-run' : 'Re-run') +
        ' the job later.'
    }
  }
  return undefined
}

function isHttpError(error: unknown): error is HttpError {
  if (!(error instanceof Error)) return false
  const { status } = error as Partial<HttpError>
  return typeof status === 'number' && status >= 400 && status < 600
}

function isRateLimited(error: HttpError): boolean {
  return (
    error.status === 429 ||
    readHeader(error, 'x-ratelimit-remaining') === '0' ||
    RATE_LIMIT.test(error.message)
  )
}

function describeRateLimit(error: HttpError, what: string, nowMs: number): FailureClass {
  const secondary = /secondary rate limit/i.test(error.message)
  const reset = Number(readHeader(error, 'x-ratelimit-reset'))
  const retryAfter = Number(readHeader(error, 'retry-after'))
  let when = 'Wait a few minutes before re-running the job'
  if (Number.isFinite(retryAfter) && retryAfter > 0) {
    when = `Re-run the job in ${Math.ceil(retryAfter / 60)} min or later`
  } else if (!secondary && Number.isFinite(reset) && reset > 0) {
    const minutes = Math.max(1, Math.ceil((reset * 1000 - nowMs) / 60_000))
    const at = new Date(reset * 1000).toISOString().slice(11, 16)
    when = `It resets at ${at} UTC (in ${minutes} min): re-run the job then`
  }
  return {
    owner: 'service',
    kind: 'rate-limit',
    message: `${what}; GitHub's ${secondary ? 'secondary ' : ''}rate limit was reached`,
    hint:
      `This is GitHub's limit on the token, not a bug. ${when}; ` +
      'fewer jobs at once with the same token also help.'
  }
}

/**
 * `PATCH /repos/o/r/git/refs/heads/x`: the path only, never the query (where tokens could be), and
 * for any host but GitHub's API only the host (a Slack webhook's path is its secret).
 */
function describeRequest(error: HttpError): string {
  const { method, url } = error.request ?? {}
  if (!url) return 'the request'
  try {
    const parsed = new URL(url)
    const where = nameService(url) === 'GitHub' ? decodeURIComponent(parsed.pathname) : parsed.host
    return `${method ?? 'GET'} ${where}`
  } catch {
    return 'the request'
  }
}

function nameService(url: string | undefined): string {
  let host = ''
  try {
    host = url ? new URL(url).host : ''
  } catch {
    // fall through to the generic name
  }
  const githubApi = process.env.GITHUB_API_URL
  if (/(^|\.)github\.com$/.test(host) || (host && githubApi?.includes(`//${host}`))) return 'GitHub'
  if (/(^|\.)slack\.com$/.test(host)) return 'Slack'
  return host || 'The service'
}

function readHeader(error: HttpError, name: string): string | undefined {
  const value = error.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '')
}
