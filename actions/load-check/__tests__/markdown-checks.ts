/** Test helpers that read markdown the way GFM does, for the parts the summary relies on. */

/** The text outside code spans: a backtick run opens a span closed by the next run of the same length. */
export function stripCodeSpans(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const run = /^`+/.exec(line.slice(i))?.[0]
    if (!run) {
      out += line[i++]
      continue
    }
    const close = findClosingRun(line, i + run.length, run.length)
    if (close === -1) {
      out += run
      i += run.length
    } else {
      out += '<code/>'
      i = close + run.length
    }
  }
  return out
}

function findClosingRun(line: string, from: number, length: number): number {
  for (const m of line.slice(from).matchAll(/`+/g)) {
    if (m[0].length === length) return from + m.index
  }
  return -1
}

/** Cells of a table row, splitting on pipes not escaped (a backslash escapes the next character). */
export function splitTableRow(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      cell += row.slice(i, i + 2)
      i++
    } else if (row[i] === '|') {
      cells.push(cell)
      cell = ''
    } else {
      cell += row[i]
    }
  }
  cells.push(cell)
  // The leading and trailing pipes open and close the row.
  return cells.slice(1, -1)
}

export function findTableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map(splitTableRow)
}

export function findMermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] ?? '')
}
