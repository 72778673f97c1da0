import { describe, expect, it } from 'vitest'
import {
  escapeTableCell,
  joinSections,
  renderCodeBlock,
  renderDetails,
  renderTable
} from '../summary.js'

describe('escapeTableCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['line1\nline2', 'line1<br>line2'],
    ['line1\r\nline2', 'line1<br>line2'],
    ['<script>&', '&lt;script&gt;&amp;']
  ])('%j → %j', (text, expected) => {
    expect(escapeTableCell(text)).toBe(expected)
  })
})

describe('renderTable', () => {
  it('renders headers, a separator and rows, padding short rows', () => {
    expect(renderTable(['target', 'status'], [['development', 'merged'], ['main']])).toBe(
      ['| target | status |', '| --- | --- |', '| development | merged |', '| main |  |'].join('\n')
    )
  })

  it('keeps a hostile cell inside its column', () => {
    const table = renderTable(['reason'], [['a|b\nc']])
    expect(table.split('\n')).toHaveLength(3)
    expect(table).toContain('| a\\|b<br>c |')
  })
})

describe('renderCodeBlock', () => {
  it.each([
    ['x', '', '```\nx\n```'],
    ['x', 'json', '```json\nx\n```'],
    ['has ``` inside', '', '````\nhas ``` inside\n````']
  ])('%j %j', (text, language, expected) => {
    expect(renderCodeBlock(text, language)).toBe(expected)
  })
})

it('renderDetails collapses a body under an escaped title', () => {
  expect(renderDetails('Notes <v1>', 'body')).toBe(
    '<details><summary>Notes &lt;v1&gt;</summary>\n\nbody\n\n</details>'
  )
})

it('joinSections drops empty sections and ends with a newline', () => {
  expect(joinSections('a', undefined, false, '', 'b')).toBe('a\n\nb\n')
})
