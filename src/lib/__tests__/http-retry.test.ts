import { describe, expect, it } from 'vitest'
import { decideRetry, type FailedRequest, type RetryPolicy } from '../http-retry.js'

const policy: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 120_000 }
const NOW = Date.parse('2026-11-24T10:00:00Z')
const noJitter = () => 1 // the top of the jitter range: the full backoff step

function failure(status: number | undefined, headers = {}, message = 'x'): FailedRequest {
  return { status, headers, message }
}

describe('decideRetry', () => {
  it.each([
    ['502, first try', failure(502), 1, { retry: true, delayMs: 1000 }],
    ['500, second try', failure(500), 2, { retry: true, delayMs: 2000 }],
    ['503, third try', failure(503), 3, { retry: true, delayMs: 4000 }],
    ['network error', failure(undefined), 1, { retry: true, delayMs: 1000 }],
    [
      '429 with Retry-After',
      failure(429, { 'retry-after': '7' }),
      1,
      { retry: true, delayMs: 7000 }
    ],
    ['429 without a header', failure(429), 2, { retry: true, delayMs: 2000 }],
    [
      '403 secondary limit with Retry-After',
      failure(403, { 'retry-after': '3' }, 'You have exceeded a secondary rate limit.'),
      1,
      { retry: true, delayMs: 3000 }
    ],
    [
      '403 secondary limit, no header: a minute',
      failure(403, {}, 'You have exceeded a secondary rate limit.'),
      1,
      { retry: true, delayMs: 60_000 }
    ],
    [
      '403 primary limit, reset in 30s',
      failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) }),
      1,
      { retry: true, delayMs: 30_000 }
    ],
    [
      'Retry-After as an HTTP date',
      failure(429, { 'retry-after': new Date(NOW + 5000).toUTCString() }),
      1,
      { retry: true, delayMs: 5000 }
    ],
    [
      'a short Retry-After never beats the backoff step',
      failure(503, { 'retry-after': '0' }),
      3,
      { retry: true, delayMs: 4000 }
    ]
  ])('%s', (_name, request, attempt, expected) => {
    expect(decideRetry(request, attempt, policy, NOW, noJitter)).toMatchObject(expected)
  })

  it.each([
    ['404', failure(404)],
    ['422', failure(422, {}, 'Reference already exists')],
    ['409', failure(409, {}, 'Merge conflict')],
    ['401', failure(401)],
    ['403 without rate-limit signs', failure(403, {}, 'Resource not accessible by integration')],
    ['400', failure(400)]
  ])('never retries %s', (_name, request) => {
    expect(decideRetry(request, 1, policy, NOW, noJitter)).toMatchObject({ retry: false })
  })

  it('gives up after the last retry', () => {
    expect(decideRetry(failure(502), 4, policy, NOW, noJitter)).toEqual({
      retry: false,
      reason: 'HTTP 502, gave up after 4 tries'
    })
  })

  it('fails instead of waiting longer than the policy allows', () => {
    const decision = decideRetry(
      failure(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 3600)
      }),
      1,
      policy,
      NOW,
      noJitter
    )
    expect(decision).toEqual({ retry: false, reason: 'rate limit; the server asks to wait 3600s' })
  })

  it.each([0, 0.5, 1])('jitter (random %d) stays within half to all of the step', (r) => {
    const decision = decideRetry(failure(502), 2, policy, NOW, () => r)
    expect(decision.retry && decision.delayMs).toBe(1000 + 1000 * r)
  })
})
