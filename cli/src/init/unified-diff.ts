const CONTEXT = 3

type Edit = { kind: ' ' | '-' | '+'; line: string }

/** A unified diff (`--- a/…`, `+++ b/…`, `@@` hunks) from `before` (null: no file) to `after`. */
export function formatUnifiedDiff(file: string, before: string | null, after: string): string {
  const edits = diffLines(splitLines(before ?? ''), splitLines(after))
  const header = `--- ${before === null ? '/dev/null' : `a/${file}`}\n+++ b/${file}\n`
  return header + formatHunks(edits).join('')
}

function splitLines(text: string): string[] {
  if (text === '') return []
  return text.replace(/\n$/, '').split('\n')
}

// Longest common subsequence by dynamic programming: the files are a few hundred lines.
function diffLines(a: string[], b: string[]): Edit[] {
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const edits: Edit[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      edits.push({ kind: ' ', line: a[i++]! })
      j++
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      edits.push({ kind: '-', line: a[i++]! })
    } else {
      edits.push({ kind: '+', line: b[j++]! })
    }
  }
  return edits
}

function formatHunks(edits: Edit[]): string[] {
  const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]))
  const hunks: string[] = []
  let k = 0
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT)
    let end = changed[k]! + CONTEXT
    while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= end + 1)
      end = changed[++k]! + CONTEXT
    end = Math.min(end, edits.length - 1)
    k++
    const before = edits.slice(0, start)
    const body = edits.slice(start, end + 1)
    const oldStart = before.filter((e) => e.kind !== '+').length
    const newStart = before.filter((e) => e.kind !== '-').length
    const oldCount = body.filter((e) => e.kind !== '+').length
    const newCount = body.filter((e) => e.kind !== '-').length
    hunks.push(
      `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n` +
        body.map((e) => `${e.kind}${e.line}\n`).join('')
    )
  }
  return hunks
}

// Unified diff line ranges: 1-based, and the line before the hunk when it is empty.
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`
}
