import { describe, expect, it } from 'vitest'
import { describeBreach, renderLoadCheckSummary } from '../src/render-summary.js'
import { findTableRows, stripCodeSpans } from './markdown-checks.js'
import { buildResult } from './results.js'

/** The lines of the summary as GFM reads them outside code spans and the mermaid blocks. */
function readOutsideCode(markdown: string): string {
  return markdown
    .replace(/^```mermaid\n[\s\S]*?\n```$/gm, '')
    .split('\n')
    .map(stripCodeSpans)
    .join('\n')
}

describe('renderLoadCheckSummary', () => {
  it.each([
    ['pass', '### load-check: ✅ pass against `https://***@staging.example.com`'],
    ['fail', '### load-check: ❌ fail against `https://***@staging.example.com`'],
    ['error', '### load-check: ⚠️ error (could not judge, failing closed) against']
  ] as const)('heads a %s with the outcome and the host', (kind, heading) => {
    expect(renderLoadCheckSummary(buildResult(kind)).startsWith(heading)).toBe(true)
  })

  it.each([
    [
      'pass',
      '**2,000** requests · **0** failures (**0.00%**) · p95 **90 ms** · p99 **150 ms** · **33.3** requests/s'
    ],
    [
      'fail',
      '**2,000** requests · **50** failures (**2.50%**) · p95 **312 ms** · p99 **150 ms** · **33.3** requests/s'
    ],
    ['error', 'No figures: locust produced no statistics.']
  ] as const)('gives the key figures of a %s', (kind, figures) => {
    expect(renderLoadCheckSummary(buildResult(kind))).toContain(figures)
  })

  it('says a dry run sent nothing, with the command, and shows no figures or chart', () => {
    const summary = renderLoadCheckSummary({
      ...buildResult('pass'),
      total: undefined,
      endpoints: [],
      history: [],
      dryRun: true,
      command: 'LOCUST_HOST=https://***@staging.example.com locust -f locustfile.py --headless'
    })
    expect(summary).toContain('**Dry run: nothing was sent; no threshold was judged.**')
    expect(summary).toContain('`LOCUST_HOST=https://***@staging.example.com locust -f')
    expect(summary).not.toContain('No figures')
    expect(summary).not.toContain('Over the run')
  })

  it('names each breached limit with its actual value', () => {
    const summary = renderLoadCheckSummary(buildResult('fail'))
    expect(summary).toContain(
      [
        'Breached limits:',
        '',
        '- ❌ p95 of `GET /slow`: 312 ms > 200 ms',
        '- ❌ failure ratio of the whole run: 2.50% > 1.00%',
        '- ❌ requests per second of the whole run: 33.3 &lt; 50.0'
      ].join('\n')
    )
  })

  it('marks breached cells and rows, the aggregate included', () => {
    const rows = findTableRows(renderLoadCheckSummary(buildResult('fail')))
    const trim = (row: string[]) => row.map((c) => c.trim())
    expect(trim(rows[0] ?? [])).toEqual([
      '',
      'method',
      'name',
      'requests',
      'failures',
      'p50',
      'p95',
      'p99',
      'requests/s'
    ])
    expect(trim(rows[2] ?? [])).toEqual([
      '',
      '`GET`',
      '`/`',
      '1,000',
      '0 (0.00%)',
      '40 ms',
      '90 ms',
      '150 ms',
      '16.7'
    ])
    expect(trim(rows[3] ?? [])).toEqual([
      '❌',
      '`GET`',
      '`/slow`',
      '1,000',
      '50 (5.00%)',
      '40 ms',
      '❌ **312 ms**',
      '150 ms',
      '16.7'
    ])
    expect(trim(rows[4] ?? [])).toEqual([
      '❌',
      '',
      '**Aggregated**',
      '2,000',
      '❌ **50 (2.50%)**',
      '40 ms',
      '312 ms',
      '150 ms',
      '❌ **33.3**'
    ])
  })

  it('says why an error could not judge, and gives its notes', () => {
    const summary = renderLoadCheckSummary(buildResult('error'))
    expect(summary).toContain(
      'Why the check could not judge:\n\n- `locust exited with code 1 before the first request`'
    )
    expect(summary).toContain('- `no stats CSV was written`')
    expect(summary).toContain('No chart: locust recorded no point of history')
    expect(summary).not.toContain('| method |')
  })

  it('lists the 10 most frequent failures with their counts', () => {
    const summary = renderLoadCheckSummary(buildResult('hostile'))
    expect(summary).toContain('the 10 most frequent of 14 kinds (105 failures in all)')
    const counts = findTableRows(summary)
      .filter((row) => row.length === 4)
      .slice(2)
      .map((row) => row[0]?.trim())
    expect(counts).toEqual(['14', '13', '12', '11', '10', '9', '8', '7', '6', '5'])
  })

  it.each(['pass', 'fail', 'error', 'hostile'] as const)(
    'keeps hostile text from making links, HTML or columns (%s)',
    (kind) => {
      const summary = renderLoadCheckSummary(buildResult(kind))
      const outside = readOutsideCode(summary)
      expect(outside).not.toContain('](')
      expect(outside).not.toMatch(/https?:|www\./)
      expect(outside.replace(/<\/?(details|summary)>|<code\/>/g, '')).not.toContain('<')
      for (const table of summary.split('\n\n').filter((s) => s.startsWith('|'))) {
        const rows = findTableRows(table)
        for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0)
      }
    }
  )

  it('bounds failure texts to 200 characters', () => {
    const summary = renderLoadCheckSummary(buildResult('hostile'))
    const errors = findTableRows(summary)
      .filter((row) => row.length === 4)
      .slice(2)
      .map((row) => row[3]?.trim() ?? '')
    expect(errors).toHaveLength(10)
    for (const error of errors) {
      expect(error.length).toBeLessThan(220)
      expect(error).toContain('…')
    }
  })
})

describe('describeBreach', () => {
  it.each([
    [
      { metric: 'p99-ms', endpoint: '/slow', limit: 1_500, actual: 2_345.6 },
      '❌ p99 of `/slow`: 2,346 ms > 1,500 ms'
    ],
    [
      { metric: 'failure-ratio', endpoint: 'POST /login', limit: 0, actual: 0.0001 },
      '❌ failure ratio of `POST /login`: 0.01% > 0.00%'
    ],
    [
      { metric: 'rps', endpoint: 'Aggregated', limit: 10, actual: 9.96 },
      '❌ requests per second of the whole run: 10.0 (9.96) &lt; 10.0'
    ]
  ] as const)('%j', (breach, text) => {
    expect(describeBreach(breach)).toBe(text)
  })
})
