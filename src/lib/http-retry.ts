/**
 * Decides whether a failed HTTP request (GitHub's API, Slack's) is worth another try, and when.
 * Pure: no clock, no I/O.
 */

export interface FailedRequest {
  status: number | undefined
  headers: Record<string, string | number | undefined>
  message: string
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  /** First backoff step; doubles each attempt. */
  baseDelayMs: number
  /** Longest we are willing to wait for one retry (a rate-limit reset further away fails instead). */
  maxDelayMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 120_000
}

export type RetryDecision =
  { retry: true; delayMs: number; reason: string } | { retry: false; reason: string }

// GitHub's documented advice when a secondary limit gives no header: wait at least a minute.
const SECONDARY_LIMIT_DEFAULT_WAIT_MS = 60_000

export function decideRetry(
  failure: FailedRequest,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
  random: () => number = Math.random
): RetryDecision {
  const kind = classifyFailure(failure)
  if (!kind) return { retry: false, reason: `HTTP ${failure.status}` }
  if (attempt > policy.retries)
    return { retry: false, reason: `${kind}, gave up after ${attempt} tries` }

  const waitMs = readRequestedWait(failure, nowMs, kind === 'secondary rate limit')
  const backoffMs = policy.baseDelayMs * 2 ** (attempt - 1)
  // Jitter spreads racing jobs apart; it never shortens a wait the server asked for.
  const delayMs = Math.max(waitMs ?? 0, Math.round(backoffMs * (0.5 + random() / 2)))
  if (delayMs > policy.maxDelayMs) {
    return {
      retry: false,
      reason: `${kind}; the server asks to wait ${Math.ceil(delayMs / 1000)}s`
    }
  }
  return { retry: true, delayMs, reason: kind }
}

function classifyFailure(failure: FailedRequest): string | undefined {
  const { status } = failure
  if (status === undefined) return `no answer (${failure.message || 'network error'})`
  if (status >= 500) return `HTTP ${status}`
  if (status === 429) return 'rate limited (429)'
  if (status === 403 && isRateLimit(failure)) {
    return /secondary rate limit/i.test(failure.message) ? 'secondary rate limit' : 'rate limit'
  }
  return undefined
}

function isRateLimit(failure: FailedRequest): boolean {
  return (
    header(failure, 'retry-after') !== undefined ||
    header(failure, 'x-ratelimit-remaining') === '0' ||
    /rate limit/i.test(failure.message)
  )
}

function readRequestedWait(
  failure: FailedRequest,
  nowMs: number,
  secondary: boolean
): number | undefined {
  const retryAfter = header(failure, 'retry-after')
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs)
  }
  const reset = header(failure, 'x-ratelimit-reset')
  if (header(failure, 'x-ratelimit-remaining') === '0' && reset !== undefined) {
    return Math.max(0, Number(reset) * 1000 - nowMs)
  }
  return secondary ? SECONDARY_LIMIT_DEFAULT_WAIT_MS : undefined
}

function header(failure: FailedRequest, name: string): string | undefined {
  const value = failure.headers[name]
  return value === undefined ? undefined : String(value)
}
