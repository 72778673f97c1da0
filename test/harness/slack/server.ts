import { randomBytes } from 'node:crypto'
import type http from 'node:http'
import { readBody, startLoopbackServer } from '../loopback-server.js'
import { answerText, sendAnswer, type Answer } from './answer.js'
import { createFaultList, type FaultSpec } from './faults.js'
import {
  createTsClock,
  type RecordedRequest,
  type SlackMessage,
  type SlackState,
  type WebhookError
} from './state.js'
import { answerWebApi } from './web-api.js'
import { answerWebhook } from './webhook.js'

export type { FaultSpec } from './faults.js'
export type { RecordedRequest, SlackMessage, WebhookError } from './state.js'

export interface SlackStandInOptions {
  /** Channels that exist besides those of webhooks and tokens (for `not_in_channel`). */
  channels?: string[]
  /** Longest `text` chat.postMessage/chat.update accept before `msg_too_long`; 40,000. */
  maxTextLength?: number
  /** Seconds part of the first message `ts`; 1700000000. */
  startTs?: number
}

export interface CreateWebhookOptions {
  /** The channel it posts into; a fresh channel id by default. */
  channel?: string
  /** Answer every post with this documented failure (e.g. `channel_is_archived` → 410). */
  error?: WebhookError
}

export interface SlackStandIn {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string
  /** Web API base, the stand-in for `https://slack.com/api`. */
  apiUrl: string
  /** Every accepted message, in order; updated in place by chat.update. */
  messages: SlackMessage[]
  /** Every request received, with the status it was answered with. */
  requests: RecordedRequest[]
  /** Registers an incoming webhook and returns its full URL. */
  createWebhook(options?: CreateWebhookOptions): string
  /** Registers a bot token, a member of `channels` (which then exist). */
  addToken(token: string, options?: { channels?: string[] }): void
  /** Makes a channel exist without any bot in it. */
  addChannel(channel: string): void
  /** Scripts the answer to the next matching request(s). */
  injectFault(fault: FaultSpec): void
  /** Replies in the thread of `ts` in `channel`, oldest first. */
  findThreadReplies(channel: string, ts: string): SlackMessage[]
  close(): Promise<void>
}

const TEAM_ID = 'T0STANDIN'

/** Starts a Slack stand-in (incoming webhooks and chat.postMessage/chat.update) on 127.0.0.1. */
export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const state: SlackState = {
    channels: new Set(options.channels),
    tokens: new Map(),
    webhooks: new Map(),
    messages: [],
    requests: [],
    maxTextLength: options.maxTextLength ?? 40_000,
    nextTs: createTsClock(options.startTs ?? 1_700_000_000)
  }
  const faults = createFaultList()
  const server = await startLoopbackServer((req, res) => {
    handleRequest(req, res).catch(() => res.destroy())
  })
  let webhookCount = 0

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readBody(req)
    const path = new URL(req.url ?? '/', server.url).pathname
    const record: RecordedRequest = {
      method: req.method ?? '',
      path,
      headers: flattenHeaders(req.headers),
      body,
      status: 0
    }
    state.requests.push(record)
    const answer = faults.take(path) ?? routeRequest(req, path, body)
    // Silent: the request stays unanswered (status 0) until the client or close() ends it.
    if (answer === 'silent') return
    record.status = answer.status
    sendAnswer(res, answer)
  }

  function routeRequest(req: http.IncomingMessage, path: string, body: string): Answer {
    try {
      if (path.startsWith('/services/')) return answerWebhook(state, req, path, body)
      if (path.startsWith('/api/')) return answerWebApi(state, req, path.slice(5), body)
      return answerText(404, 'not_found')
    } catch (error) {
      return answerText(500, `slack stand-in bug: ${(error as Error).stack ?? String(error)}`)
    }
  }

  return {
    url: server.url,
    apiUrl: `${server.url}/api`,
    messages: state.messages,
    requests: state.requests,
    createWebhook(webhook = {}) {
      webhookCount++
      const channel = webhook.channel ?? `C0HOOK${String(webhookCount).padStart(4, '0')}`
      const path = `/services/${TEAM_ID}/B0HOOK${webhookCount}/${randomBytes(12).toString('hex')}`
      state.channels.add(channel)
      state.webhooks.set(path, { channel, error: webhook.error })
      return `${server.url}${path}`
    },
    addToken(token, { channels = [] } = {}) {
      for (const channel of channels) state.channels.add(channel)
      const botId =
        state.tokens.get(token)?.botId ?? `B0BOT${String(state.tokens.size + 1).padStart(4, '0')}`
      state.tokens.set(token, { botId, channels: new Set(channels) })
    },
    addChannel(channel) {
      state.channels.add(channel)
    },
    injectFault(fault) {
      faults.add(fault)
    },
    findThreadReplies(channel, ts) {
      return state.messages.filter((m) => m.channel === channel && m.thread_ts === ts)
    },
    close: server.close
  }
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}
