import type { EndpointStats, LoadCheckResult } from '../src/load-result.js'
import { buildHistory } from './history.js'

export const HOSTILE_NAME = '/x | y [a](https://evil.example) <script>alert(1)</script> `tick`'
export const HOSTILE_ERROR =
  'HTTPError("500 | <img src=x onerror=alert(1)> [login](https://evil.example/?a=1)\n| --- |\n```\nxychart-beta\n  line [1]\n```")'

function buildStats(
  method: string,
  name: string,
  over: Partial<EndpointStats> = {}
): EndpointStats {
  return {
    method,
    name,
    requests: 1_000,
    failures: 0,
    medianMs: 40,
    p95Ms: 90,
    p99Ms: 150,
    rps: 16.67,
    failuresPerSecond: 0,
    ...over
  }
}

const PASS: LoadCheckResult = {
  outcome: 'pass',
  total: buildStats('', 'Aggregated', { requests: 2_000, rps: 33.333 }),
  endpoints: [buildStats('GET', '/'), buildStats('GET', '/slow')],
  history: buildHistory(60),
  failures: [],
  breaches: [],
  errors: [],
  notes: [],
  host: 'https://***@staging.example.com',
  locustVersion: '2.31.8'
}

const FAIL: LoadCheckResult = {
  ...PASS,
  outcome: 'fail',
  total: buildStats('', 'Aggregated', { requests: 2_000, failures: 50, p95Ms: 312.4, rps: 33.3 }),
  endpoints: [buildStats('GET', '/'), buildStats('GET', '/slow', { failures: 50, p95Ms: 312.4 })],
  failures: [{ method: 'GET', name: '/slow', error: 'HTTPError(503)', occurrences: 50 }],
  breaches: [
    { metric: 'p95-ms', endpoint: 'GET /slow', limit: 200, actual: 312.4 },
    { metric: 'failure-ratio', endpoint: 'Aggregated', limit: 0.01, actual: 0.025 },
    { metric: 'rps', endpoint: 'Aggregated', limit: 50, actual: 33.3 }
  ]
}

const ERROR: LoadCheckResult = {
  ...PASS,
  outcome: 'error',
  total: undefined,
  endpoints: [],
  history: [],
  errors: ['locust exited with code 1 before the first request'],
  notes: ['no stats CSV was written']
}

const HOSTILE: LoadCheckResult = {
  ...FAIL,
  host: 'https://[a](https://evil.example)`<b>`.example.com',
  endpoints: [buildStats('GET', HOSTILE_NAME, { p95Ms: 900 })],
  history: buildHistory(30),
  failures: Array.from({ length: 14 }, (_, i) => ({
    method: 'POST',
    name: HOSTILE_NAME,
    error: `${HOSTILE_ERROR} #${i} ${'x'.repeat(300)}`,
    occurrences: i + 1
  })),
  breaches: [{ metric: 'p95-ms', endpoint: HOSTILE_NAME, limit: 200, actual: 900 }],
  errors: [HOSTILE_ERROR],
  notes: [HOSTILE_ERROR],
  locustVersion: '2.31.8 <b>[x](https://evil.example)</b>'
}

const RESULTS = { pass: PASS, fail: FAIL, error: ERROR, hostile: HOSTILE }

export function buildResult(kind: keyof typeof RESULTS): LoadCheckResult {
  return structuredClone(RESULTS[kind])
}
