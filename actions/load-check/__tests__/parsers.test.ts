import { describe, expect, it } from 'vitest'
import { judgeThresholds } from '../src/judge-thresholds.js'
import type { EndpointStats } from '../src/load-result.js'
import { parseHost, redactText } from '../src/mask-host.js'
import { formatDuration, parseDuration } from '../src/parse-duration.js'
import { NO_LIMITS, parseLimits } from '../src/parse-limits.js'
import { parseCsv, parseHistoryCsv, parseHookStats } from '../src/read-locust-output.js'
import { computeGraceSeconds } from '../src/run-locust.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['5m', 300],
    ['1h30m', 5400],
    ['1h', 3600],
    ['2m30s', 150],
    ['45', 45],
    [' 10S ', 10]
  ])('%s → %i s', (text, seconds) => expect(parseDuration(text)).toBe(seconds))

  it.each(['soon', '', '0s', '1.5m', '30m1h', '-5s', '5 m', '1d', 'm'])('refuses %j', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  )

  it.each([
    [90, '1m30s'],
    [5400, '1h30m'],
    [1800, '30m']
  ])('formats %i as %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text))
})

describe('parseLimits', () => {
  it.each([
    ['', NO_LIMITS],
    ['250', { aggregate: 250, endpoints: [] }],
    [
      '/slow=200',
      { aggregate: undefined, endpoints: [{ method: undefined, name: '/slow', limit: 200 }] }
    ],
    [
      '300\nGET /items/[id]=150.5\n post /login = 400',
      {
        aggregate: 300,
        endpoints: [
          { method: 'GET', name: '/items/[id]', limit: 150.5 },
          { method: 'POST', name: '/login', limit: 400 }
        ]
      }
    ],
    // A name with `=` in it: the last one separates the limit.
    [
      '/search?q=a=100',
      { aggregate: undefined, endpoints: [{ method: undefined, name: '/search?q=a', limit: 100 }] }
    ],
    // Not a method: part of the name.
    [
      'my page=100',
      { aggregate: undefined, endpoints: [{ method: undefined, name: 'my page', limit: 100 }] }
    ]
  ])('%j', (text, limits) => expect(parseLimits(text)).toEqual(limits))

  it.each([
    ['fast', /no limit in ms/],
    ['/slow=', /no limit in ms/],
    ['/slow=0', /no limit in ms/],
    ['/slow=-5', /no limit in ms/],
    ['=200', /names no endpoint/],
    ['100\n200', /two aggregate limits/],
    ['/a=1\n/a=2', /two limits for \/a/]
  ])('refuses %j', (text, problem) => {
    const result = parseLimits(text)
    expect('problem' in result && result.problem).toMatch(problem)
  })
})

describe('parseHost', () => {
  it.each([
    ['https://api.example.com', 'https://api.example.com', []],
    ['http://127.0.0.1:8080/base', 'http://127.0.0.1:8080/base', []],
    [
      'https://user:p%40ss@api.example.com',
      'https://***:***@api.example.com',
      ['user', 'p%40ss', 'p@ss']
    ],
    [
      'https://api.example.com/?token=abc&x',
      'https://api.example.com/?token=***&***',
      ['abc', 'x']
    ],
    ['https://api.example.com#frag', 'https://api.example.com#***', ['frag']]
  ])('%s is shown as %s', (text, shown, secrets) => {
    const host = parseHost(text)
    expect(host).toMatchObject({ url: text, shown })
    expect('secrets' in host && [...host.secrets].sort()).toEqual([...secrets].sort())
  })

  it.each([
    ['api.example.com', /no scheme/],
    ['127.0.0.1:8080', /no scheme/],
    ['ftp://files.example.com', /scheme is ftp/],
    ['http://', /not a URL/]
  ])('refuses %s', (text, problem) => {
    const host = parseHost(text)
    expect('problem' in host && host.problem).toMatch(problem)
  })

  it('redacts every secret in text, longest first', () => {
    expect(redactText('GET /?t=abcdef failed for abc', ['abc', 'abcdef'])).toBe(
      'GET /?t=*** failed for ***'
    )
  })
})

function stats(name: string, figures: Partial<EndpointStats> = {}): EndpointStats {
  return {
    method: name === 'Aggregated' ? '' : 'GET',
    name,
    requests: 100,
    failures: 0,
    medianMs: 10,
    p95Ms: 50,
    p99Ms: 80,
    rps: 20,
    failuresPerSecond: 0,
    ...figures
  }
}

describe('judgeThresholds', () => {
  const none = { maxFailureRatio: 0.01, maxP95: NO_LIMITS, maxP99: NO_LIMITS, minRps: undefined }
  const limits = (text: string) => parseLimits(text) as typeof NO_LIMITS
  const slow = stats('/slow', { p95Ms: 320, p99Ms: 400 })
  const fast = stats('/fast', { p95Ms: 20, p99Ms: 30 })

  it.each([
    ['nothing broken', stats('Aggregated'), none, []],
    ['the failure ratio at the limit passes', stats('Aggregated', { failures: 1 }), none, []],
    [
      'the failure ratio above it',
      stats('Aggregated', { failures: 5 }),
      none,
      [{ metric: 'failure-ratio', endpoint: 'Aggregated', limit: 0.01, actual: 0.05 }]
    ],
    [
      'aggregate p95',
      stats('Aggregated', { p95Ms: 300 }),
      { ...none, maxP95: limits('250') },
      [{ metric: 'p95-ms', endpoint: 'Aggregated', limit: 250, actual: 300 }]
    ],
    [
      'one endpoint p95, by name and by method',
      stats('Aggregated'),
      { ...none, maxP95: limits('/fast=200\nGET /slow=200') },
      [{ metric: 'p95-ms', endpoint: 'GET /slow', limit: 200, actual: 320 }]
    ],
    [
      'p99 per endpoint',
      stats('Aggregated'),
      { ...none, maxP99: limits('/slow=500\n/fast=25') },
      [{ metric: 'p99-ms', endpoint: 'GET /fast', limit: 25, actual: 30 }]
    ],
    [
      'a method that does not match is not judged against that endpoint',
      stats('Aggregated'),
      { ...none, maxP95: limits('POST /slow=1\n/fast=100') },
      'unjudged'
    ],
    [
      'too few requests a second',
      stats('Aggregated', { rps: 4.5 }),
      { ...none, minRps: 5 },
      [{ metric: 'rps', endpoint: 'Aggregated', limit: 5, actual: 4.5 }]
    ]
  ])('%s', (_, total, thresholds, expected) => {
    const judgement = judgeThresholds(total, [slow, fast], thresholds)
    if (expected === 'unjudged') {
      expect(judgement.unjudged).toEqual([
        'max-p95-ms names POST /slow, which locust never requested (names seen: GET /slow, GET /fast)'
      ])
    } else {
      expect(judgement).toEqual({ breaches: expected, unjudged: [] })
    }
  })

  it('grace: at least 15 s, else a tenth of the run-time', () => {
    expect([2, 60, 150, 1800].map(computeGraceSeconds)).toEqual([15, 15, 15, 180])
  })
})

describe("reading locust's output", () => {
  const hook = {
    locust_version: '2.12.1',
    total: {
      method: '',
      name: 'Aggregated',
      num_requests: 10,
      num_failures: 1,
      median: 4,
      p95: 10,
      p99: 13,
      total_rps: 5.5,
      total_fail_per_sec: 0.5
    },
    entries: [
      {
        method: 'GET',
        name: '/',
        num_requests: 10,
        num_failures: 1,
        median: 4,
        p95: 10,
        p99: 13,
        total_rps: 5.5,
        total_fail_per_sec: 0.5
      }
    ],
    errors: [
      {
        method: 'GET',
        name: '/',
        kind: 'ConnectionRefusedError',
        error: '[Errno 111] Connection refused',
        occurrences: 1
      }
    ]
  }

  it('reads the hook statistics', () => {
    const figures = parseHookStats(JSON.stringify(hook))
    expect(figures.total).toMatchObject({
      requests: 10,
      failures: 1,
      p95Ms: 10,
      p99Ms: 13,
      rps: 5.5
    })
    expect(figures.endpoints[0]).toMatchObject({ method: 'GET', name: '/', medianMs: 4 })
    expect(figures.failures).toEqual([
      {
        method: 'GET',
        name: '/',
        kind: 'ConnectionRefusedError',
        error: '[Errno 111] Connection refused',
        occurrences: 1
      }
    ])
    expect(figures.locustVersion).toBe('2.12.1')
  })

  it.each([
    ['not JSON', 'nope', /not JSON/],
    ['no lists', '{"total": {}}', /no entries or errors/],
    [
      'a count that is text',
      JSON.stringify({ ...hook, total: { ...hook.total, num_requests: '10' } }),
      /the total has no number "num_requests"/
    ],
    [
      'a NaN-like figure',
      JSON.stringify({ ...hook, total: { ...hook.total, p95: null } }),
      /no number "p95"/
    ]
  ])('refuses %s', (_, text, message) => expect(() => parseHookStats(text)).toThrow(message))

  it('reads the aggregate rows of the history CSV, N/A as 0', () => {
    const csv = [
      'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count',
      '1796172762,0,,Aggregated,0.000000,0.000000,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,0',
      '1796172763,2,GET,"/a,b",3.0,0.0,4,5,5,6,9,10,12,13,54,54,54,3',
      '1796172763,2,,Aggregated,31.5,1.5,4,5,5,6,9,11,12,13,54,54,54,31'
    ].join('\n')
    expect(parseHistoryCsv(csv)).toEqual([
      { second: 0, users: 0, rps: 0, failuresPerSecond: 0, p50Ms: 0, p95Ms: 0 },
      { second: 1, users: 2, rps: 31.5, failuresPerSecond: 1.5, p50Ms: 4, p95Ms: 11 }
    ])
  })

  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\ng"\r\nx,y\n')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\ng'],
      ['x', 'y']
    ])
  })

  it('refuses a history CSV without its columns', () => {
    expect(() => parseHistoryCsv('Time,Users\n1,2\n')).toThrow(/no "Timestamp" column/)
  })
})
