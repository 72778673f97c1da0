import * as core from '@actions/core'

export type SummaryWriter = (markdown: string) => Promise<void>

/** Appends markdown to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it logs instead. */
export const writeJobSummary: SummaryWriter = async (markdown) => {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown)
    return
  }
  await core.summary.addRaw(markdown, true).write()
}

/** Makes text safe inside a markdown table cell: no column breaks, no row breaks, no raw HTML. */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function renderTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line(headers.map(escapeTableCell)),
    line(headers.map(() => '---')),
    ...rows.map((row) => line(headers.map((_, i) => escapeTableCell(row[i] ?? ''))))
  ].join('\n')
}

export function renderHeading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}`
}

/** A collapsed block, for long material (notes, logs) that would drown the summary. */
export function renderDetails(title: string, body: string): string {
  return `<details><summary>${escapeTableCell(title)}</summary>\n\n${body}\n\n</details>`
}

export function renderCodeBlock(text: string, language = ''): string {
  const longestFence = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longestFence + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

export function joinSections(...sections: (string | undefined | false)[]): string {
  return sections.filter((s): s is string => Boolean(s)).join('\n\n') + '\n'
}
