import type { SlackMessage } from '../../actions/notify-slack/src/build-message.js'
import type { Plan } from './plan.js'
import type { GateSummary } from './run-gate.js'

export interface Style {
  bold(text: string): string
  dim(text: string): string
  green(text: string): string
  yellow(text: string): string
  red(text: string): string
}

const plain: Style = {
  bold: (t) => t,
  dim: (t) => t,
  green: (t) => t,
  yellow: (t) => t,
  red: (t) => t
}
const ansi = (code: number) => (text: string) => `\x1b[${code}m${text}\x1b[0m`
const coloured: Style = {
  bold: ansi(1),
  dim: ansi(2),
  green: ansi(32),
  yellow: ansi(33),
  red: ansi(31)
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function chooseStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  return stream.isTTY && !env.NO_COLOR && env.TERM !== 'dumb' ? coloured : plain
}

export function renderPlan(plan: Plan & { gate?: GateSummary }, style: Style = plain): string {
  const { release, images, sync, repository } = plan
  const lines: string[] = []
  const heading = (text: string) => lines.push('', style.bold(text))
  lines.push(
    style.bold(
      `release-actions plan: ${repository.from} (${repository.fromSha.slice(0, 7)}) into ${repository.into} (${repository.intoSha.slice(0, 7)})`
    )
  )

  heading('Version')
  if (release.outcome === 'release') {
    lines.push(
      `  ${release.previous ?? 'none'} → ${style.green(release.next ?? '')} (${release.bump}): ${release.reason}`
    )
  } else {
    lines.push(`  ${style.yellow('no new version')}: ${release.reason}`)
  }
  for (const commit of release.commits) lines.push(style.dim(`    ${commit.sha} ${commit.subject}`))
  lines.push(
    style.dim(
      '  (release:* labels live on GitHub, not in git: read here are conventional commits and merge and squash titles; a label can change the version)'
    )
  )

  if (release.notes) {
    heading('Release notes (draft)')
    lines.push(...release.notes.split('\n').map((line) => `  ${line}`))
  }

  heading(`Images (${images.environment})`)
  if (images.note) lines.push(`  ${style.yellow(images.note)}`)
  else if (images.build.length === 0) lines.push('  nothing to build')
  for (const image of images.build) {
    lines.push(`  ${style.green(image.operator)} → ${image.image}:${image.tags.join(', ')}`)
    lines.push(style.dim(`    ${image.reason}`))
  }
  for (const image of images.promote) {
    lines.push(`  ${image.operator} → ${image.image}:${image.tags.join(', ')}`)
    lines.push(style.dim(`    promoted from ${image.from} (no rebuild): ${image.reason}`))
  }
  for (const skip of images.skip)
    lines.push(style.dim(`  ${skip.operator}: skipped, ${skip.reason}`))

  if (plan.loadCheck) {
    const { locustfile, found } = plan.loadCheck
    heading('Load check')
    if (found)
      lines.push(
        `  load-check will run after the production deploy with ${locustfile}, against the PRODUCTION_URL variable (skipped when it is not set)`
      )
    else
      lines.push(
        `  ${style.yellow(`no ${locustfile} in ${repository.from}`)}: load-check, after the production deploy, would stop with an error (skipped when PRODUCTION_URL is not set)`
      )
  }

  heading(`Sync ${sync.source} back after the release`)
  if (sync.releaseMergeConflicts.length > 0) {
    lines.push(
      `  ${style.red('the release merge itself conflicts')}: ${sync.releaseMergeConflicts.join(', ')}`
    )
  }
  for (const target of sync.targets) {
    const outcome =
      target.outcome === 'conflict'
        ? style.red('conflict')
        : target.outcome === 'missing'
          ? style.yellow('missing')
          : style.green(target.outcome)
    lines.push(
      `  ${target.target}: ${outcome}${target.conflicts.length > 0 ? ` in ${target.conflicts.join(', ')} (a pull request would be opened)` : ''}`
    )
  }

  if (plan.gate) {
    const gate = plan.gate
    heading('Security gate')
    const mark = gate.outcome === 'pass' ? style.green('pass') : style.red(gate.outcome)
    lines.push(
      `  ${mark}: ${gate.blocking.length} blocking of ${gate.findings} finding(s), with ${gate.ran.join(', ') || 'no scanner'}`
    )
    if (gate.notInstalled.length > 0)
      lines.push(`    ${style.red(`not installed: ${gate.notInstalled.join(', ')}`)}`)
    for (const b of gate.blocking) lines.push(`    ${b.rule} ${b.where} ${b.what}`)
    for (const e of gate.errors) lines.push(`    ${style.red(e)}`)
  }

  heading('Slack')
  lines.push(...renderSlackText(plan.slack.payload).map((line) => `  ${line}`))
  if (plan.slack.note) lines.push(style.dim(`  (${plan.slack.note})`))
  return `${lines.join('\n')}\n`
}

/** The message as a person would read it: header, text, fields, footer; links as `text (url)`. */
export function renderSlackText(message: SlackMessage): string[] {
  const lines: string[] = []
  for (const block of (message.blocks ?? []) as {
    type: string
    text?: { text: string }
    fields?: { text: string }[]
    elements?: { text: string }[]
  }[]) {
    if (block.text) lines.push(unescapeSlack(block.text.text))
    for (const field of block.fields ?? []) lines.push(unescapeSlack(field.text).replace('\n', ' '))
    for (const element of block.elements ?? []) lines.push(unescapeSlack(element.text))
  }
  return lines
}

function unescapeSlack(text: string): string {
  return text
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
