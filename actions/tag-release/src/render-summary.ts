import {
  joinSections,
  renderDetails,
  renderHeading,
  renderTable
} from '../../../src/lib/summary.js'
import type { TagReleaseResult } from './tag-release.js'

export function renderTagReleaseSummary(result: TagReleaseResult, dryRun: boolean): string {
  const { plan } = result
  const title = dryRun ? 'tag-release (dry run: nothing was written)' : 'tag-release'
  const previous = plan.previous?.name ?? 'none'
  const headline =
    plan.kind === 'skip'
      ? `No new version for \`${plan.sha.slice(0, 7)}\`: ${plan.reason}.`
      : plan.kind === 'tagged'
        ? `\`${plan.sha.slice(0, 7)}\` is already released as **${plan.tag}** (previous: ${previous}).${plan.latest ? '' : ' A higher version is tagged since, so `latest` is false: the starters build, deploy and announce nothing for this rerun.'}`
        : `**${previous} → ${plan.tag}** on \`${plan.sha.slice(0, 7)}\`: ${plan.decision.reason}.`
  const announced =
    plan.kind === 'release' && plan.announcement
      ? plan.announcement.raisedTo
        ? `Release pull request #${plan.announcement.pullRequest} announced v${plan.announcement.version}; changes merged after it ask for more, so **${plan.tag}** is tagged.`
        : `As release pull request #${plan.announcement.pullRequest} announced: **${plan.tag}**.`
      : undefined
  const items = plan.kind !== 'tagged' ? plan.decision?.items : undefined
  const changes =
    items && items.length > 0
      ? renderTable(
          ['change', 'title', 'asks for', 'because'],
          items.map((item) => [item.ref, item.title, item.asked ?? 'nothing', item.by])
        )
      : undefined
  const decidingCommits =
    !changes && plan.kind === 'release' && plan.decision.commits.length > 0
      ? renderTable(
          ['commit', 'message'],
          plan.decision.commits.map((c) => [c.sha.slice(0, 7), c.message.split('\n', 1)[0] ?? ''])
        )
      : undefined
  const pull = plan.pullRequest
    ? `Pull request: [#${plan.pullRequest.number} ${escapeLinkText(plan.pullRequest.title)}](${plan.pullRequest.url})`
    : undefined
  const steps =
    result.actions.length > 0 ? result.actions.map((a) => `- ${a}`).join('\n') : undefined
  const release = result.release ? `Release: ${result.release.url}` : undefined
  const notes = result.notes?.body ? renderDetails('Release notes', result.notes.body) : undefined
  return joinSections(
    renderHeading(title),
    headline,
    announced,
    changes,
    decidingCommits,
    pull,
    steps,
    release,
    notes
  )
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
}
