import type { Breach, EndpointStats, Metric } from './load-result.js'
import { describeTarget, type Limits } from './parse-limits.js'

export interface Thresholds {
  maxFailureRatio: number
  maxP95: Limits
  maxP99: Limits
  minRps: number | undefined
}

export interface Judgement {
  breaches: Breach[]
  /** Limits that could not be judged (an endpoint locust never requested): the check errs. */
  unjudged: string[]
}

export const AGGREGATE = 'Aggregated'

/** Every limit checked against locust's final figures; each breach names its actual value. */
export function judgeThresholds(
  total: EndpointStats,
  endpoints: EndpointStats[],
  thresholds: Thresholds
): Judgement {
  const breaches: Breach[] = []
  const unjudged: string[] = []
  const ratio = failureRatio(total)
  if (ratio > thresholds.maxFailureRatio)
    breaches.push(breach('failure-ratio', AGGREGATE, thresholds.maxFailureRatio, ratio))
  const latency: [Metric, Limits, (s: EndpointStats) => number][] = [
    ['p95-ms', thresholds.maxP95, (s) => s.p95Ms],
    ['p99-ms', thresholds.maxP99, (s) => s.p99Ms]
  ]
  for (const [metric, limits, read] of latency) {
    if (limits.aggregate !== undefined && read(total) > limits.aggregate)
      breaches.push(breach(metric, AGGREGATE, limits.aggregate, read(total)))
    for (const limit of limits.endpoints) {
      const matching = endpoints.filter(
        (e) => e.name === limit.name && (!limit.method || e.method === limit.method)
      )
      if (matching.length === 0) {
        unjudged.push(
          `max-${metric} names ${describeTarget(limit)}, which locust never requested (names seen: ${
            endpoints.map((e) => describeTarget(e)).join(', ') || 'none'
          })`
        )
      }
      for (const endpoint of matching) {
        if (read(endpoint) > limit.limit)
          breaches.push(breach(metric, describeTarget(endpoint), limit.limit, read(endpoint)))
      }
    }
  }
  if (thresholds.minRps !== undefined && total.rps < thresholds.minRps)
    breaches.push(breach('rps', AGGREGATE, thresholds.minRps, total.rps))
  return { breaches, unjudged }
}

export function failureRatio(stats: EndpointStats): number {
  return stats.requests === 0 ? 0 : stats.failures / stats.requests
}

function breach(metric: Metric, endpoint: string, limit: number, actual: number): Breach {
  return { metric, endpoint, limit, actual: round(actual) }
}

/** Six significant decimals: enough to see a breach, without float noise. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
