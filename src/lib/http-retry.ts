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

// GitHub's advice for a rate limit that names no time to wait (403 or 429, no usable
// `retry-after` or `x-ratelimit-reset`): at least a minute, longer each time it goes on.
const RATE_LIMIT_DEFAULT_WAIT_MS = 60_000
// `x-ratelimit-reset` is a whole second: waiting until it exactly could land just before it.
const RESET_MARGIN_MS = 1000

interface FailureKind {
  name: string
  /** GitHub's rate limit (primary or secondary): waits GitHub's default when no header says. */
  rateLimit: boolean
}

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
    return { retry: false, reason: `${kind.name}, gave up after ${attempt} tries` }

  const askedMs = readRequestedWait(failure, nowMs)
  const defaultMs = kind.rateLimit ? RATE_LIMIT_DEFAULT_WAIT_MS * 2 ** (attempt - 1) : 0
  const backoffMs = policy.baseDelayMs * 2 ** (attempt - 1)
  // Jitter spreads racing jobs apart; it never shortens a wait the server asked for.
  const jitteredMs = Math.round(backoffMs * (0.5 + random() / 2))
  const delayMs = Math.max(askedMs ?? defaultMs, jitteredMs)
  if (delayMs > policy.maxDelayMs) {
    const seconds = Math.ceil(delayMs / 1000)
    const why =
      askedMs !== undefined && askedMs >= jitteredMs
        ? `the server asks to wait ${seconds}s`
        : `the next try would wait ${seconds}s, past the ${Math.round(policy.maxDelayMs / 1000)}s allowed`
    return { retry: false, reason: `${kind.name}; ${why}` }
  }
  return { retry: true, delayMs, reason: kind.name }
}

function classifyFailure(failure: FailedRequest): FailureKind | undefined {
  const { status, message } = failure
  if (status === undefined)
    return { name: `no answer (${message || 'network error'})`, rateLimit: false }
  if (status >= 500) return { name: `HTTP ${status}`, rateLimit: false }
  if (status !== 403 && status !== 429) return undefined
  // GitHub answers either limit with 403 or 429: the message or the headers tell which.
  if (/secondary rate limit/i.test(message))
    return { name: 'secondary rate limit', rateLimit: true }
  if (header(failure, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(message))
    return { name: 'rate limit', rateLimit: true }
  if (status === 429) return { name: 'rate limited (429)', rateLimit: false }
  if (header(failure, 'retry-after') !== undefined) return { name: 'rate limit', rateLimit: true }
  return undefined
}

/** What the server asked for (Retry-After, else a primary limit's reset), if readable. */
function readRequestedWait(failure: FailedRequest, nowMs: number): number | undefined {
  const retryAfter = header(failure, 'retry-after')
  if (retryAfter !== undefined) {
    const seconds = parseSeconds(retryAfter)
    if (seconds !== undefined) return seconds * 1000
    // An HTTP date (RFC 9110 allows it; GitHub and Slack send seconds).
    const date = /GMT$/.test(retryAfter) ? Date.parse(retryAfter) : NaN
    if (Number.isFinite(date)) return Math.max(0, date - nowMs)
  }
  const reset = parseSeconds(header(failure, 'x-ratelimit-reset'))
  if (header(failure, 'x-ratelimit-remaining') === '0' && reset !== undefined && reset > 0) {
    return Math.max(0, reset * 1000 - nowMs) + RESET_MARGIN_MS
  }
  return undefined
}

/** A non-negative number of seconds (`30`, `1.5`); undefined for anything else. */
function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined
  const seconds = Number(value)
  return Number.isFinite(seconds) ? seconds : undefined
}

/** A header's value, trimmed; undefined when absent or blank. */
function header(failure: FailedRequest, name: string): string | undefined {
  const value = failure.headers[name]
  const text = value === undefined ? '' : String(value).trim()
  return text === '' ? undefined : text
}
