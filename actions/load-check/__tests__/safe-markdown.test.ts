import { describe, expect, it } from 'vitest'
import { flattenText, renderCode, renderSafeTable } from '../src/safe-markdown.js'
import { splitTableRow, stripCodeSpans } from './markdown-checks.js'

const HOSTILE = [
  'a | b | c',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '``double`` and `single` backticks',
  '`',
  'ends with a backtick`',
  'line one\nline two\r\n| --- |',
  'back\\|slash before a pipe',
  'two back\\\\|slashes',
  'https://evil.example/path www.evil.example user@evil.example @someone',
  'bidi \u202eevil\u202c and nul \u0000'
]

describe('renderCode', () => {
  it.each(HOSTILE)('leaves nothing outside the code span: %j', (text) => {
    const code = renderCode(text)
    expect(stripCodeSpans(code)).toBe('<code/>')
    for (const char of ['\n', '\r', '\u0000', '\u202e']) expect(code).not.toContain(char)
  })

  it.each([
    ['plain', '`plain`'],
    ['a `tick` inside', '``a `tick` inside``'],
    ['ends in `tick`', '`` ends in `tick` ``'],
    ['`starts', '`` `starts ``'],
    ['', '_(empty)_'],
    ['  \n ', '_(empty)_']
  ])('renders %j as %j', (text, expected) => {
    expect(renderCode(text)).toBe(expected)
  })

  it('bounds the length, cutting at a code point', () => {
    expect(flattenText('x'.repeat(500), 200)).toHaveLength(200)
    expect(flattenText('x'.repeat(500), 200).endsWith('…')).toBe(true)
    expect(flattenText('😀😀😀', 2)).toBe('😀…')
    expect(flattenText('short', 200)).toBe('short')
  })
})

describe('renderSafeTable', () => {
  it.each(HOSTILE)('keeps two columns per row: %j', (text) => {
    const table = renderSafeTable(['name', 'n'], [[renderCode(text), '1']])
    const rows = table.split('\n')
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(splitTableRow(row)).toHaveLength(2)
  })

  it('pads short rows to the header width', () => {
    expect(renderSafeTable(['a', 'b'], [['1']])).toBe('| a | b |\n| --- | --- |\n| 1 |  |')
  })
})
