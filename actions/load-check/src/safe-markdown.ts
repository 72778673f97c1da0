/**
 * Markdown for text this action does not control: endpoint names come from the locustfile and
 * error texts from the server. Such text only ever appears inside a code span, where GitHub
 * renders no link, autolink, mention, emphasis or HTML, whatever it holds.
 */

// Control characters, line and paragraph separators, and bidi overrides that could reorder the text.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g

/** One line of at most `max` characters (code points, so an emoji is never cut in half). */
export function flattenText(text: string, max: number): string {
  const line = text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim()
  const chars = Array.from(line)
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`
}

/** A code span holding `text` flattened to one line of at most `max` characters. */
export function renderCode(text: string, max = 200): string {
  const line = flattenText(text, max)
  if (line === '') return '_(empty)_'
  const longestRun = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longestRun + 1)
  // A span may not start or end with its own delimiter: one space each side, which is stripped.
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * A table whose cells are already safe markdown (code spans, figures, marks). Only pipes are
 * escaped, also inside code spans (GFM splits cells before it parses inlines). Backslashes right
 * before a pipe are doubled first, so that no reading of `\\|` can turn the pipe into a column break.
 */
export function renderSafeTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapePipes).join(' | ')} |`
  return [
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map((row) => line(headers.map((_, i) => row[i] ?? '')))
  ].join('\n')
}

function escapePipes(cell: string): string {
  return cell.replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes}\\|`)
}
