import { describe, expect, it } from 'vitest'
import { decideRetry, type FailedRequest, type RetryPolicy } from '../http-retry.js'

const policy: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 120_000 }
const NOW = Date.parse('2026-11-24T10:00:00Z')
const noJitter = () => 1 // the top of the jitter range: the full backoff step

function failure(status: number | undefined, headers = {}, message = 'x'): FailedRequest {
  return { status, headers, message }
}

type Case = [name: string, request: FailedRequest, attempt: number, expected: object]

describe('decideRetry', () => {
  it.each<Case>([
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
      '429 secondary limit, no header: a minute, not the backoff step',
      failure(429, {}, 'You have exceeded a secondary rate limit. Please wait a few minutes.'),
      1,
      { retry: true, delayMs: 60_000, reason: 'secondary rate limit' }
    ],
    [
      '429 secondary limit with Retry-After',
      failure(429, { 'retry-after': '5' }, 'You have exceeded a secondary rate limit.'),
      1,
      { retry: true, delayMs: 5000 }
    ],
    [
      'secondary limit again, no header: twice as long',
      failure(429, {}, 'You have exceeded a secondary rate limit.'),
      2,
      { retry: true, delayMs: 120_000 }
    ],
    [
      '403 primary limit, reset in 30s: one second past the reset',
      failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) }),
      1,
      { retry: true, delayMs: 31_000 }
    ],
    [
      '429 primary limit, reset in 10s',
      failure(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 10) }),
      1,
      { retry: true, delayMs: 11_000, reason: 'rate limit' }
    ],
    [
      'primary limit, reset already past (clocks differ): the margin',
      failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5) }),
      1,
      { retry: true, delayMs: 1000 }
    ],
    ...(['soon', '', '-5', '1e3x', 'NaN', 'Infinity'] as const).map(
      (reset) =>
        [
          `primary limit, x-ratelimit-reset ${JSON.stringify(reset)}: a minute, never NaN`,
          failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
          1,
          { retry: true, delayMs: 60_000 }
        ] satisfies Case
    ),
    ...(['soon', '', '-3', 'NaN'] as const).map(
      (retryAfter) =>
        [
          `503 with Retry-After ${JSON.stringify(retryAfter)}: the backoff step`,
          failure(503, { 'retry-after': retryAfter }),
          2,
          { retry: true, delayMs: 2000 }
        ] satisfies Case
    ),
    [
      'secondary limit with Retry-After "soon": a minute',
      failure(403, { 'retry-after': 'soon' }, 'You have exceeded a secondary rate limit.'),
      1,
      { retry: true, delayMs: 60_000 }
    ],
    [
      'Retry-After as a decimal number of seconds',
      failure(429, { 'retry-after': '2.5' }),
      1,
      { retry: true, delayMs: 2500 }
    ],
    [
      'Retry-After as an HTTP date in the past: the backoff step',
      failure(503, { 'retry-after': new Date(NOW - 60_000).toUTCString() }),
      1,
      { retry: true, delayMs: 1000 }
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

  it('a secondary limit that lasts: gives up once the next wait would pass maxDelayMs', () => {
    const decision = decideRetry(
      failure(429, {}, 'You have exceeded a secondary rate limit.'),
      3,
      policy,
      NOW,
      noJitter
    )
    expect(decision).toEqual({
      retry: false,
      reason: 'secondary rate limit; the next try would wait 240s, past the 120s allowed'
    })
  })

  it.each([
    ['retry-after', ['', ' ', 'x', '-1', 'NaN', 'Infinity', '1e400', 'Tue, 99 Foo']],
    ['x-ratelimit-reset', ['', ' ', 'x', '-1', 'NaN', 'Infinity', '1e400', '12:00']]
  ])('never a NaN or infinite delay, whatever %s says', (name, values) => {
    for (const value of values) {
      for (const status of [403, 429, 503]) {
        const headers = { [name]: value, 'x-ratelimit-remaining': '0' }
        const decision = decideRetry(failure(status, headers), 1, policy, NOW, noJitter)
        expect(decision.retry, `${status} ${name}: ${value}`).toBe(true)
        if (decision.retry) expect(Number.isFinite(decision.delayMs)).toBe(true)
      }
    }
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
    expect(decision).toEqual({ retry: false, reason: 'rate limit; the server asks to wait 3601s' })
  })

  it.each([0, 0.5, 1])('jitter (random %d) stays within half to all of the step', (r) => {
    const decision = decideRetry(failure(502), 2, policy, NOW, () => r)
    expect(decision.retry && decision.delayMs).toBe(1000 + 1000 * r)
  })
})
