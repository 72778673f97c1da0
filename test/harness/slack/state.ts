export type Transport = 'webhook' | 'api'

export type SlackPayload = Record<string, unknown>

/** A message Slack accepted, as it now stands in its channel. */
export interface SlackMessage {
  channel: string
  ts: string
  thread_ts?: string
  transport: Transport
  /** The payload as parsed (form fields decoded, `blocks` parsed from JSON text). */
  payload: SlackPayload
  /** Block Kit warnings for this payload, e.g. no top-level `text` next to `blocks`. */
  warnings: string[]
  /** Earlier payloads, oldest first, when chat.update replaced this one. */
  history: SlackPayload[]
  /** Who posted it: the bot token, or `webhook:<url path>`; only the poster may update it. */
  author: string
}

/** One request as it reached the stand-in, answered or not. */
export interface RecordedRequest {
  method: string
  path: string
  /** Lower-case names; `authorization` is kept so tests can check where a token went. */
  headers: Record<string, string>
  body: string
  /** 0 until the answer is sent. */
  status: number
}

/** The incoming-webhook failures Slack documents, with the HTTP status it answers each with. */
export const WEBHOOK_ERRORS = {
  invalid_payload: 400,
  user_not_found: 400,
  action_prohibited: 403,
  channel_not_found: 404,
  channel_is_archived: 410,
  rollup_error: 500
} as const

export type WebhookError = keyof typeof WEBHOOK_ERRORS

export interface Webhook {
  channel: string
  error?: WebhookError
}

export interface BotToken {
  botId: string
  /** Channels the bot is a member of. */
  channels: Set<string>
}

export interface SlackState {
  channels: Set<string>
  tokens: Map<string, BotToken>
  /** URL path (`/services/T/B/secret`) → webhook. */
  webhooks: Map<string, Webhook>
  messages: SlackMessage[]
  requests: RecordedRequest[]
  maxTextLength: number
  nextTs(): string
}

/**
 * Message timestamps as Slack writes them (`"1700000000.000100"`): seconds and microseconds,
 * strictly increasing, unique in the workspace.
 */
export function createTsClock(startSeconds: number): () => string {
  let micros = startSeconds * 1_000_000
  return () => {
    micros += 100
    const seconds = Math.floor(micros / 1_000_000)
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`
  }
}

/** Slack needs something to show: non-empty `text`, or some blocks or attachments. */
export function hasMessageContent(payload: SlackPayload): boolean {
  const { text, blocks, attachments } = payload
  if (typeof text === 'string' && text !== '') return true
  return isNonEmpty(blocks) || isNonEmpty(attachments)
}

function isNonEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
