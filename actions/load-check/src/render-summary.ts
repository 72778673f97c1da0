import { joinSections, renderHeading } from '../../../src/lib/summary.js'
import type { LoadCheckResult } from './load-result.js'

// A placeholder so the bundle builds: the real summary (a table per endpoint and a chart of the
// run) is written on another branch and replaces this file.
export function renderLoadCheckSummary(result: LoadCheckResult): string {
  const total = result.total
  return joinSections(
    renderHeading('load-check'),
    result.dryRun && '**Dry run: nothing was sent; no threshold was judged.**',
    `**${result.outcome}** against ${result.host}${
      total ? `: ${total.requests} requests, ${total.failures} failed` : ''
    }.`,
    result.breaches.length > 0 &&
      result.breaches
        .map((b) => `- ${b.metric} of ${b.endpoint}: ${b.actual} (limit ${b.limit})`)
        .join('\n'),
    result.errors.length > 0 && result.errors.map((e) => `- error: ${e}`).join('\n'),
    result.notes.length > 0 && result.notes.map((n) => `- ${n}`).join('\n')
  )
}
