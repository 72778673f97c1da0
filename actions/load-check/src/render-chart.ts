import { renderCodeBlock } from '../../../src/lib/summary.js'
import type { HistoryPoint } from './load-result.js'

/** More points than this make an unreadable x-axis and a long summary (a 30 min run has 1800). */
export const MAX_CHART_POINTS = 60

/** Keeps every value a plain decimal the xychart grammar accepts (no exponent, no NaN). */
const CEILING = 1e9

export interface ChartPoint {
  /** The first second of the bucket. */
  second: number
  p50Ms: number
  p95Ms: number
  rps: number
  failuresPerSecond: number
}

/**
 * At most `max` points, each for a bucket of consecutive seconds. A bucket keeps the highest
 * latency and failures of its seconds, so that a one-second spike survives, and the mean rps,
 * because throughput is a rate over the bucket rather than an event.
 */
export function downsampleHistory(history: HistoryPoint[], max = MAX_CHART_POINTS): ChartPoint[] {
  const sorted = [...history].sort((a, b) => a.second - b.second)
  const size = calculateBucketSize(history.length, max)
  const points: ChartPoint[] = []
  for (let start = 0; start < sorted.length; start += size) {
    const bucket = sorted.slice(start, start + size)
    points.push({
      second: toChartNumber(bucket[0]?.second ?? 0),
      p50Ms: findHighest(bucket.map((p) => p.p50Ms)),
      p95Ms: findHighest(bucket.map((p) => p.p95Ms)),
      failuresPerSecond: findHighest(bucket.map((p) => p.failuresPerSecond)),
      rps: bucket.reduce((sum, p) => sum + toChartNumber(p.rps), 0) / bucket.length
    })
  }
  return points
}

/**
 * Two charts rather than one: an xychart has a single y-axis, and latency in hundreds of ms
 * would flatten failures of a few per second to the floor. Requests and failures per second
 * share a unit, so they share the second chart. No text from the run goes into a chart: the
 * titles are fixed and the x labels are seconds.
 */
export function renderHistoryCharts(history: HistoryPoint[]): string {
  if (history.length < 2) {
    return `No chart: locust recorded ${history.length === 0 ? 'no' : 'only one'} point of history, and a chart needs two.`
  }
  const points = downsampleHistory(history)
  const seconds = points.map((p) => formatChartNumber(p.second, 0))
  const bucket = calculateBucketSize(history.length, MAX_CHART_POINTS)
  const latency = buildXyChart({
    title: 'Response time in ms: p95 (upper line) and p50 (lower line)',
    xTitle: 'second of the run',
    categories: seconds,
    yTitle: 'ms',
    yMax: findHighest(points.map((p) => p.p95Ms)),
    series: [
      { kind: 'line', values: points.map((p) => formatChartNumber(p.p95Ms, 0)) },
      { kind: 'line', values: points.map((p) => formatChartNumber(p.p50Ms, 0)) }
    ]
  })
  const throughput = buildXyChart({
    title: 'Per second: requests (line) and failures (bars)',
    xTitle: 'second of the run',
    categories: seconds,
    yTitle: 'per second',
    yMax: findHighest(points.flatMap((p) => [p.rps, p.failuresPerSecond])),
    series: [
      { kind: 'bar', values: points.map((p) => formatChartNumber(p.failuresPerSecond, 1)) },
      { kind: 'line', values: points.map((p) => formatChartNumber(p.rps, 1)) }
    ]
  })
  const caption =
    bucket > 1
      ? `Each point covers ${bucket} of the ${history.length} seconds recorded: their highest p50, p95 and failures per second, and their mean requests per second.`
      : undefined
  return [renderCodeBlock(latency, 'mermaid'), renderCodeBlock(throughput, 'mermaid'), caption]
    .filter(Boolean)
    .join('\n\n')
}

export function calculateBucketSize(length: number, max: number): number {
  return Math.max(1, Math.ceil(length / max))
}

interface XyChart {
  title: string
  xTitle: string
  categories: string[]
  yTitle: string
  yMax: number
  series: { kind: 'line' | 'bar'; values: string[] }[]
}

/** Titles are this file's constants: they are quoted as they are, with no escaping. */
export function buildXyChart(chart: XyChart): string {
  const top = Math.max(1, Math.ceil(chart.yMax * 1.1))
  return [
    'xychart-beta',
    `  title "${chart.title}"`,
    `  x-axis "${chart.xTitle}" [${chart.categories.join(', ')}]`,
    `  y-axis "${chart.yTitle}" 0 --> ${top}`,
    ...chart.series.map((s) => `  ${s.kind} [${s.values.join(', ')}]`)
  ].join('\n')
}

function findHighest(values: number[]): number {
  return values.reduce((high, v) => Math.max(high, toChartNumber(v)), 0)
}

/** Locust writes `N/A` for a second without requests; the chart shows it as 0. */
function toChartNumber(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, CEILING) : 0
}

function formatChartNumber(value: number, decimals: number): string {
  return String(Number(toChartNumber(value).toFixed(decimals)))
}
