import { joinSections, renderDetails, renderHeading } from '../../../src/lib/summary.js'
import { calculateFailureRatio, formatCount, formatMs, formatPercent, formatRps } from './format.js'
import type { Breach, EndpointStats, FailureGroup, LoadCheckResult, Metric } from './load-result.js'
import { renderHistoryCharts } from './render-chart.js'
import { renderCode, renderSafeTable } from './safe-markdown.js'

const MARK = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '⚠️ error (could not judge, failing closed)'
}

/** Locust's name for the aggregate row, and a breach's `endpoint` for the whole run. */
const AGGREGATED = 'Aggregated'
const MAX_FAILURE_GROUPS = 10
const MAX_NAME_CHARS = 120
const MAX_FAILURE_CHARS = 200
/** Errors of the check itself may carry the tail of locust's output: a little more room. */
const MAX_ERROR_CHARS = 400

const METRICS: Record<Metric, { label: string; format: (n: number) => string; worse: '>' | '<' }> =
  {
    'failure-ratio': { label: 'failure ratio', format: formatPercent, worse: '>' },
    'p95-ms': { label: 'p95', format: formatMs, worse: '>' },
    'p99-ms': { label: 'p99', format: formatMs, worse: '>' },
    rps: { label: 'requests per second', format: formatRps, worse: '<' }
  }

export function renderLoadCheckSummary(result: LoadCheckResult): string {
  return joinSections(
    renderHeading(`load-check: ${MARK[result.outcome]} against ${renderCode(result.host, 200)}`),
    result.dryRun
      ? `**Dry run: nothing was sent; no threshold was judged.** The check would run ${renderCode(result.command ?? 'locust', 600)}.`
      : undefined,
    result.dryRun ? undefined : renderKeyFigures(result.total),
    renderList('Breached limits:', result.breaches.map(describeBreach)),
    renderList(
      'Why the check could not judge:',
      result.errors.map((e) => renderCode(e, MAX_ERROR_CHARS))
    ),
    renderEndpointTable(result),
    result.dryRun
      ? undefined
      : `${renderHeading('Over the run', 4)}\n\n${renderHistoryCharts(result.history)}`,
    renderFailures(result.failures),
    result.notes.length > 0
      ? renderDetails(
          'Notes',
          result.notes.map((n) => `- ${renderCode(n, MAX_ERROR_CHARS)}`).join('\n')
        )
      : undefined,
    result.locustVersion
      ? `Measured with locust ${renderCode(result.locustVersion, 40)}.`
      : undefined
  )
}

function renderKeyFigures(total: EndpointStats | undefined): string {
  if (!total) return 'No figures: locust produced no statistics.'
  const ratio = calculateFailureRatio(total.requests, total.failures)
  return [
    `**${formatCount(total.requests)}** requests`,
    `**${formatCount(total.failures)}** failures (**${formatPercent(ratio)}**)`,
    `p95 **${formatMs(total.p95Ms)}**`,
    `p99 **${formatMs(total.p99Ms)}**`,
    `**${formatRps(total.rps)}** requests/s`
  ].join(' · ')
}

/** "p95 of `GET /slow`: 312 ms > 200 ms" */
export function describeBreach(breach: Breach): string {
  const metric = METRICS[breach.metric]
  const where =
    breach.endpoint === AGGREGATED ? 'the whole run' : renderCode(breach.endpoint, MAX_NAME_CHARS)
  let actual = metric.format(breach.actual)
  // 9.96 rps against a minimum of 10 would read "10.0 < 10.0".
  if (actual === metric.format(breach.limit)) actual += ` (${Number(breach.actual.toPrecision(6))})`
  // The entity keeps the summary free of raw `<`, though this one could not open a tag.
  const worse = metric.worse === '<' ? '&lt;' : '>'
  return `❌ ${metric.label} of ${where}: ${actual} ${worse} ${metric.format(breach.limit)}`
}

function renderList(title: string, items: string[]): string | undefined {
  if (items.length === 0) return undefined
  return `${title}\n\n${items.map((item) => `- ${item}`).join('\n')}`
}

function renderEndpointTable(result: LoadCheckResult): string {
  const rows = result.endpoints.map((e) =>
    renderEndpointRow(e, findRowBreaches(result.breaches, e))
  )
  if (result.total) {
    rows.push(renderEndpointRow(result.total, findTotalBreaches(result.breaches), true))
  }
  if (rows.length === 0) return 'No statistics per endpoint.'
  return renderSafeTable(
    ['', 'method', 'name', 'requests', 'failures', 'p50', 'p95', 'p99', 'requests/s'],
    rows
  )
}

function renderEndpointRow(stats: EndpointStats, breached: Set<Metric>, total = false): string[] {
  const ratio = calculateFailureRatio(stats.requests, stats.failures)
  return [
    breached.size > 0 ? '❌' : '',
    stats.method ? renderCode(stats.method, 20) : '',
    total ? `**${AGGREGATED}**` : renderCode(stats.name, MAX_NAME_CHARS),
    formatCount(stats.requests),
    markCell(
      `${formatCount(stats.failures)} (${formatPercent(ratio)})`,
      breached.has('failure-ratio')
    ),
    formatMs(stats.medianMs),
    markCell(formatMs(stats.p95Ms), breached.has('p95-ms')),
    markCell(formatMs(stats.p99Ms), breached.has('p99-ms')),
    markCell(formatRps(stats.rps), breached.has('rps'))
  ]
}

function markCell(text: string, breached: boolean): string {
  return breached ? `❌ **${text}**` : text
}

/** A limit per endpoint names it as `name` or as `METHOD name`. */
function findRowBreaches(breaches: Breach[], stats: EndpointStats): Set<Metric> {
  const names = [stats.name, `${stats.method} ${stats.name}`]
  return new Set(breaches.filter((b) => names.includes(b.endpoint)).map((b) => b.metric))
}

function findTotalBreaches(breaches: Breach[]): Set<Metric> {
  return new Set(breaches.filter((b) => b.endpoint === AGGREGATED).map((b) => b.metric))
}

function renderFailures(failures: FailureGroup[]): string | undefined {
  if (failures.length === 0) return undefined
  const worst = [...failures]
    .sort((a, b) => b.occurrences - a.occurrences)
    .slice(0, MAX_FAILURE_GROUPS)
  const total = failures.reduce((sum, f) => sum + f.occurrences, 0)
  const scope =
    failures.length > worst.length
      ? `the ${worst.length} most frequent of ${failures.length} kinds (${formatCount(total)} failures in all)`
      : `${failures.length} kind(s), ${formatCount(total)} failures in all`
  return [
    renderHeading('Failures', 4),
    '',
    `Grouped by locust: ${scope}.`,
    '',
    renderSafeTable(
      ['occurrences', 'method', 'name', 'error'],
      worst.map((f) => [
        formatCount(f.occurrences),
        f.method ? renderCode(f.method, 20) : '',
        renderCode(f.name, MAX_NAME_CHARS),
        renderCode(f.error, MAX_FAILURE_CHARS)
      ])
    )
  ].join('\n')
}
