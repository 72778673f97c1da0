import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'
import { checkSecretUrl, SECURE_URL_RULE } from './slack-url.js'

export const STATUSES = ['success', 'failure', 'cancelled', 'started', 'info'] as const
export type NotifyStatus = (typeof STATUSES)[number]

export type Transport =
  | { kind: 'none' }
  | { kind: 'webhook'; url: string }
  | { kind: 'api'; token: string; channels: string[]; apiUrl: string }

export interface NotifySlackInputs {
  transport: Transport
  status: NotifyStatus
  title: string
  message: string
  fields: { key: string; value: string }[]
  link: string
  /** The caller's own Block Kit JSON, sent instead of the built message. */
  payload: Record<string, unknown> | undefined
  updateTs: string
  threadTs: string
  retries: number
  /** The limit of each request, from `timeout-seconds`. */
  timeoutMs: number
  failOnError: boolean
  dryRun: boolean
}

const TS = /^\d+\.\d+$/

export function readNotifySlackInputs(input: InputReader): NotifySlackInputs {
  const transport = readTransport(input)
  const updateTs = readTs(input, 'update-ts')
  if (updateTs && transport.kind === 'webhook') {
    throw new ConfigurationError(
      'Input "update-ts" needs "bot-token" and "channel": an incoming webhook cannot edit a message.'
    )
  }
  return {
    transport,
    status: input.choice('status', STATUSES, 'info'),
    title: input.string('title'),
    message: input.string('message'),
    fields: readFields(input.string('fields')),
    link: readLink(input),
    payload: readPayload(input.string('payload')),
    updateTs,
    threadTs: readTs(input, 'thread-ts'),
    retries: input.wholeNumber('retries', 3, 0, 10),
    timeoutMs: readTimeoutMs(input),
    failOnError: input.boolean('fail-on-error', false),
    dryRun: input.boolean('dry-run', false)
  }
}

function readTransport(input: InputReader): Transport {
  const url = input.secret('webhook-url')
  const token = input.secret('bot-token')
  if (url && token) {
    throw new ConfigurationError(
      'Inputs "webhook-url" and "bot-token" are both set; accepted: one of them.'
    )
  }
  if (url) {
    // The value is a secret: the errors describe it without quoting it.
    const problem = checkSecretUrl(url)
    if (problem) {
      const what =
        problem === 'cleartext'
          ? 'uses http://, which would send its secret path in clear'
          : 'is not an https:// URL'
      throw new ConfigurationError(
        `Input "webhook-url" ${what}; accepted: the https://hooks.slack.com/services/… URL Slack gave you, or ${SECURE_URL_RULE}.`
      )
    }
    // The path is the secret part: mask it on its own too, in case only it is ever printed.
    const path = url.replace(/^https?:\/\/[^/]+/, '')
    if (path.length > 8) input.maskValue(path)
    return { kind: 'webhook', url }
  }
  // An unset secret reads as empty: a missing Slack secret must not fail the release it reports.
  if (!token) return { kind: 'none' }
  const channels = input.list('channel')
  if (channels.length === 0) {
    throw new ConfigurationError(
      'Input "channel" is required with "bot-token"; accepted: channel IDs or names, comma separated.'
    )
  }
  const apiUrl = input.string('slack-api-url', 'https://slack.com/api').replace(/\/+$/, '')
  if (checkSecretUrl(apiUrl)) {
    throw new ConfigurationError(
      `Input "slack-api-url" is "${apiUrl}"; accepted: an https:// URL such as https://slack.com/api, or ${SECURE_URL_RULE} (the bot token goes with every request).`
    )
  }
  return { kind: 'api', token, channels, apiUrl }
}

// A notice is not worth holding a release longer; below a second a TLS handshake may not finish.
const TIMEOUT_SECONDS = { min: 1, max: 120 }

function readTimeoutMs(input: InputReader): number {
  const value = input.string('timeout-seconds', '10')
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  if (!(seconds >= TIMEOUT_SECONDS.min && seconds <= TIMEOUT_SECONDS.max)) {
    throw new ConfigurationError(
      `Input "timeout-seconds" is "${value}"; accepted: a number of seconds from ${TIMEOUT_SECONDS.min} to ${TIMEOUT_SECONDS.max}, such as 10 or 2.5.`
    )
  }
  return Math.round(seconds * 1000)
}

function readTs(input: InputReader, name: string): string {
  const ts = input.string(name)
  if (ts && !TS.test(ts)) {
    throw new ConfigurationError(
      `Input "${name}" is "${ts}"; accepted: a Slack message ts such as 1700000000.000100.`
    )
  }
  return ts
}

function readLink(input: InputReader): string {
  const link = input.string('link')
  if (link && !/^https?:\/\/\S+$/.test(link)) {
    throw new ConfigurationError(`Input "link" is "${link}"; accepted: an http(s) URL.`)
  }
  return link
}

/** `Key: value` lines; a line without `: ` is an error naming it. */
export function readFields(text: string): { key: string; value: string }[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const at = line.indexOf(':')
      if (at <= 0) {
        throw new ConfigurationError(
          `Input "fields" has the line "${line}"; accepted: lines of "Key: value".`
        )
      }
      return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() }
    })
}

function readPayload(text: string): Record<string, unknown> | undefined {
  if (!text) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `Input "payload" is not JSON (${(error as Error).message}); accepted: a Block Kit message object.`
    )
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ConfigurationError(
      'Input "payload" is not a JSON object; accepted: a Block Kit message object with "text" or "blocks".'
    )
  }
  const message = payload as Record<string, unknown>
  if (typeof message.text !== 'string' && !Array.isArray(message.blocks)) {
    throw new ConfigurationError(
      'Input "payload" has neither "text" nor "blocks"; accepted: a Block Kit message object with "text" or "blocks".'
    )
  }
  return message
}
