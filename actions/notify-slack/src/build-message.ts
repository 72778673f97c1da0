import type { KnownBlock } from '@slack/types'
import { escapeLinkUrl, escapeMrkdwn, renderMrkdwn } from './mrkdwn.js'
import type { NotifySlackInputs, NotifyStatus } from './inputs.js'

export interface RunContext {
  /** `<server>/<owner>/<repo>`, from the runner's environment: links under it are trusted. */
  repositoryUrl?: string
  repository: string
  workflow: string
  runUrl: string
  actor: string
  ref: string
}

export type SlackMessage = Record<string, unknown> & { text: string }

const LOOK: Record<NotifyStatus, { emoji: string; word: string; color: string }> = {
  success: { emoji: ':white_check_mark:', word: 'succeeded', color: '#2eb67d' },
  failure: { emoji: ':x:', word: 'failed', color: '#e01e5a' },
  cancelled: { emoji: ':no_entry_sign:', word: 'was cancelled', color: '#9e9e9e' },
  started: { emoji: ':rocket:', word: 'started', color: '#1d9bd1' },
  info: { emoji: ':information_source:', word: '', color: '#1d9bd1' }
}

// A section holds at most ten fields.
const FIELDS_PER_SECTION = 10

/**
 * The Block Kit message: a header with the status mark, the message, the fields, a context line
 * with the run link, a colour bar for the status, and the `text` fallback for notifications.
 * Everything that may come from users is escaped; no link shows a label other than its address,
 * but the footer's, whose address is this repository's (the run by default).
 */
export function buildMessage(
  inputs: Pick<NotifySlackInputs, 'status' | 'title' | 'message' | 'fields' | 'link'>,
  run: RunContext
): SlackMessage {
  const look = LOOK[inputs.status]
  const title = inputs.title || defaultTitle(inputs.status, run)
  const link = inputs.link || run.runUrl
  const blocks: KnownBlock[] = [
    // Slack decodes these three entities in plain_text too, so the header gets the same escaping.
    {
      type: 'header',
      text: { type: 'plain_text', text: escapeMrkdwn(`${look.emoji} ${title}`), emoji: true }
    }
  ]
  if (inputs.message) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: renderMrkdwn(inputs.message) } })
  }
  for (let i = 0; i < inputs.fields.length; i += FIELDS_PER_SECTION) {
    blocks.push({
      type: 'section',
      fields: inputs.fields.slice(i, i + FIELDS_PER_SECTION).map(({ key, value }) => ({
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(key)}*\n${escapeMrkdwn(value)}`
      }))
    })
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: renderContext(run, link) }] })
  return {
    text: escapeMrkdwn(`${title}${inputs.message ? `: ${inputs.message}` : ''}`),
    blocks,
    // The colour bar: Block Kit has no colour of its own, legacy attachments do.
    attachments: [
      {
        color: look.color,
        blocks: [
          { type: 'context', elements: [{ type: 'mrkdwn', text: `Status: *${inputs.status}*` }] }
        ]
      }
    ]
  }
}

function defaultTitle(status: NotifyStatus, run: RunContext): string {
  const word = LOOK[status].word
  return `${run.repository} · ${run.workflow}${word ? ` ${word}` : ''}`
}

function renderContext(run: RunContext, link: string): string {
  const parts = [
    renderFooterLink(run, link),
    run.ref && `\`${escapeMrkdwn(run.ref)}\``,
    run.actor && `by ${escapeMrkdwn(run.actor)}`
  ]
  return parts.filter(Boolean).join(' · ')
}

/**
 * The workflow's name as the label, when the address is the run or in this repository (a
 * Release, say); any other `link` shows itself, so a value built from untrusted data cannot pass
 * for the run.
 */
function renderFooterLink(run: RunContext, link: string): string {
  const target = normaliseUrl(link)
  const trusted =
    target === normaliseUrl(run.runUrl) ||
    (!!run.repositoryUrl && target.startsWith(`${run.repositoryUrl}/`))
  const label = trusted ? escapeMrkdwn(run.workflow || 'workflow run') : escapeLinkUrl(target)
  return `<${escapeLinkUrl(target)}|${label}>`
}

// `..` and `.` segments resolved as a browser would, so they cannot step out of the repository.
function normaliseUrl(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY ?? ''
  return {
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
    repository,
    workflow: env.GITHUB_WORKFLOW ?? '',
    runUrl: env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : `${server}/${repository}`,
    actor: env.GITHUB_ACTOR ?? '',
    ref: env.GITHUB_REF_NAME ?? ''
  }
}
