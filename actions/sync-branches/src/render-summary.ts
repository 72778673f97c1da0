import { joinSections, renderHeading, renderTable } from '../../../src/lib/summary.js'
import type { SyncBranchesInputs } from './inputs.js'
import type { SyncBranchesResult } from './sync-branches.js'

export function renderSyncSummary(inputs: SyncBranchesInputs, outcome: SyncBranchesResult): string {
  const title = `sync-branches${inputs.dryRun ? ' (dry run: nothing was written)' : ''}`
  const mode = inputs.mode === 'pull-request' ? 'pull requests from' : 'sync from'
  const rows = outcome.results.map((r) => [
    r.target,
    r.status,
    `${short(r.before)} → ${short(r.sha)}`,
    r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : '',
    r.reason
  ])
  return joinSections(
    renderHeading(title),
    `${mode} \`${inputs.source}\` at \`${short(outcome.sourceSha)}\``,
    renderTable(['target', 'status', 'before → after', 'pull request', 'reason'], rows)
  )
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : '–'
}
