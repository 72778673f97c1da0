import type { SlackMessage } from '../harness/slack/server.js'

export interface Notice {
  header: string
  status: string
  /** Where the footer links. */
  link: string
  fields: Record<string, string>
  /** The section text (the message), as Slack shows it. */
  text: string
}

interface Block {
  type: string
  text?: { text: string }
  fields?: { text: string }[]
  elements?: { text: string }[]
}

/** A posted notice as a person reads it: headline, status, footer link, fields and message. */
export function readNotice(message: SlackMessage): Notice {
  const blocks = (message.payload.blocks ?? []) as Block[]
  const attachments = (message.payload.attachments ?? []) as { blocks?: Block[] }[]
  const context = blocks.find((b) => b.type === 'context')?.elements?.[0]?.text ?? ''
  const status = attachments[0]?.blocks?.[0]?.elements?.[0]?.text ?? ''
  const fields = Object.fromEntries(
    blocks
      .flatMap((b) => b.fields ?? [])
      .map((f) => {
        const [, key = '', value = ''] = /^\*(.+?)\*\n([\s\S]*)$/.exec(f.text) ?? []
        return [key, value]
      })
  )
  return {
    header: blocks.find((b) => b.type === 'header')?.text?.text ?? '',
    status: /\*(\w+)\*/.exec(status)?.[1] ?? '',
    link: /^<([^|>]+)\|/.exec(context)?.[1] ?? '',
    fields,
    text: blocks
      .filter((b) => b.type === 'section' && b.text)
      .map((b) => b.text?.text ?? '')
      .join('\n')
  }
}
