// @vitest-environment jsdom
// Mermaid sanitizes labels with DOMPurify, which needs a window: jsdom gives one. The parser is
// mermaid's own (the jison grammar GitHub renders with), not a copy of its rules.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Mermaid } from 'mermaid'
import { renderLoadCheckSummary } from '../src/render-summary.js'
import { renderHistoryCharts } from '../src/render-chart.js'
import { buildHistory } from './history.js'
import { findMermaidBlocks } from './markdown-checks.js'
import { buildResult } from './results.js'

let mermaid: Mermaid

beforeAll(async () => {
  mermaid = (await import('mermaid')).default
})

interface XyChartData {
  xAxis: { categories?: string[] }
  plots: { type: string; data: unknown[] }[]
}

async function readXyChart(text: string): Promise<XyChartData> {
  await mermaid.parse(text)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  expect(diagram.type).toBe('xychart')
  return (diagram.db as unknown as { getXYChartData: () => XyChartData }).getXYChartData()
}

/** The db pairs values with categories by index and does not complain about extra values. */
function readSeriesLengths(text: string): { categories: number; series: number[] } {
  const count = (list: string) => list.split(',').filter((v) => v.trim() !== '').length
  const categories = /x-axis "[^"]*" \[([^\]]*)\]/.exec(text)?.[1] ?? ''
  const series = [...text.matchAll(/^ {2}(?:line|bar) \[([^\]]*)\]$/gm)].map((m) =>
    count(m[1] ?? '')
  )
  return { categories: count(categories), series }
}

async function expectConsistentChart(text: string, points: number): Promise<void> {
  const data = await readXyChart(text)
  expect(data.xAxis.categories).toHaveLength(points)
  expect(data.plots).toHaveLength(2)
  for (const plot of data.plots) expect(plot.data).toHaveLength(points)
  expect(readSeriesLengths(text)).toEqual({ categories: points, series: [points, points] })
}

describe('the charts parse as xychart-beta', () => {
  it.each([
    [2, 2],
    [45, 45],
    [1800, 60]
  ])('%i seconds of history: %i points in every series', async (seconds, points) => {
    const charts = findMermaidBlocks(renderHistoryCharts(buildHistory(seconds)))
    expect(charts).toHaveLength(2)
    for (const chart of charts) await expectConsistentChart(chart, points)
  })

  it('in a whole summary with hostile names and errors', async () => {
    const summary = renderLoadCheckSummary(buildResult('hostile'))
    const charts = findMermaidBlocks(summary)
    expect(charts).toHaveLength(2)
    for (const chart of charts) await expectConsistentChart(chart, 30)
  })
})

describe('the parser is strict enough to trust', () => {
  it.each([
    ['an unclosed list', 'xychart-beta\n  x-axis "s" [0, 1\n  line [1, 2]'],
    ['a word among the values', 'xychart-beta\n  x-axis "s" [0, 1]\n  line [1, two]'],
    ['an unknown series kind', 'xychart-beta\n  x-axis "s" [0, 1]\n  area [1, 2]'],
    ['a quote breaking out of a title', 'xychart-beta\n  title "a" b"\n  line [1, 2]'],
    ['a statement from another diagram', 'xychart-beta\n  line [1, 2]\n  click A "https://evil"']
  ])('rejects %s', async (_, text) => {
    await expect(mermaid.parse(text)).rejects.toThrow(/Parse error|Lexical error/)
  })

  it('shows that a series longer than the axis parses, so the lengths are checked apart', async () => {
    const text = 'xychart-beta\n  x-axis "s" [0, 1]\n  line [1, 2, 3]\n  bar [1, 2]'
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'xychart' })
    expect(readSeriesLengths(text)).toEqual({ categories: 2, series: [3, 2] })
  })
})
