import { describe, expect, it } from 'vitest'
import { downsampleHistory, renderHistoryCharts } from '../src/render-chart.js'
import { buildHistory } from './history.js'
import { findMermaidBlocks } from './markdown-checks.js'

describe('downsampleHistory', () => {
  it.each([
    [0, 0],
    [2, 2],
    [60, 60],
    [61, 31],
    [600, 60],
    [1800, 60],
    [1801, 59]
  ])('%i points become %i', (length, expected) => {
    expect(downsampleHistory(buildHistory(length))).toHaveLength(expected)
  })

  it('keeps a one-second spike of latency and failures in a 30 minute run', () => {
    const points = downsampleHistory(
      buildHistory(1800, {
        917: { p95Ms: 4_800, p50Ms: 700 },
        1333: { failuresPerSecond: 12.5 }
      })
    )
    expect(Math.max(...points.map((p) => p.p95Ms))).toBe(4_800)
    expect(Math.max(...points.map((p) => p.p50Ms))).toBe(700)
    expect(Math.max(...points.map((p) => p.failuresPerSecond))).toBe(12.5)
    expect(points.find((p) => p.p95Ms === 4_800)?.second).toBe(900)
  })

  it('averages requests per second over a bucket', () => {
    const points = downsampleHistory(buildHistory(120, { 0: { rps: 40 } }))
    expect(points[0]).toMatchObject({ second: 0, rps: 30 })
  })

  it('sorts by second and turns N/A (NaN) and negative figures into 0', () => {
    const history = buildHistory(3, { 1: { p95Ms: NaN, rps: -1 } }).reverse()
    expect(downsampleHistory(history).map((p) => [p.second, p.p95Ms, p.rps])).toEqual([
      [0, 90, 20],
      [1, 0, 0],
      [2, 90, 20]
    ])
  })
})

describe('renderHistoryCharts', () => {
  it.each([
    [0, 'No chart: locust recorded no point of history'],
    [1, 'No chart: locust recorded only one point of history']
  ])('with %i point(s), says why there is no chart', (length, why) => {
    const markdown = renderHistoryCharts(buildHistory(length))
    expect(markdown).toContain(why)
    expect(findMermaidBlocks(markdown)).toEqual([])
  })

  it('draws latency and per-second figures in two charts', () => {
    const [latency, throughput] = findMermaidBlocks(renderHistoryCharts(buildHistory(3)))
    expect(latency).toBe(
      [
        'xychart-beta',
        '  title "Response time in ms: p95 (upper line) and p50 (lower line)"',
        '  x-axis "second of the run" [0, 1, 2]',
        '  y-axis "ms" 0 --> 100',
        '  line [90, 90, 90]',
        '  line [40, 40, 40]'
      ].join('\n')
    )
    expect(throughput).toContain('  bar [0, 0, 0]\n  line [20, 20, 20]')
  })

  it('explains the buckets of a long run', () => {
    expect(renderHistoryCharts(buildHistory(1800))).toContain(
      'Each point covers 30 of the 1800 seconds recorded'
    )
    expect(renderHistoryCharts(buildHistory(60))).not.toContain('Each point covers')
  })

  it('writes plain decimals only, whatever the figures', () => {
    const history = buildHistory(2, {
      0: { p95Ms: 1e25, rps: 0.123456, failuresPerSecond: Infinity }
    })
    for (const chart of findMermaidBlocks(renderHistoryCharts(history))) {
      for (const series of chart.matchAll(/\[([^\]]*)\]/g)) {
        expect(series[1]).toMatch(/^\d+(\.\d)?(, \d+(\.\d)?)*$/)
      }
    }
  })
})
