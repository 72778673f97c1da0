import type http from 'node:http'
import { answerText, type Answer } from './answer.js'
import { checkBlockKitLimits, formatBlockKitProblem } from './block-kit-limits.js'
import {
  WEBHOOK_ERRORS,
  hasMessageContent,
  isObject,
  type SlackPayload,
  type SlackState
} from './state.js'

/**
 * Answers `POST /services/{T}/{B}/{secret}` as Slack's incoming webhooks do: `200 ok`, or an
 * HTTP error status with the error code as plain text.
 */
export function answerWebhook(
  state: SlackState,
  req: http.IncomingMessage,
  path: string,
  body: string
): Answer {
  const webhook = state.webhooks.get(path)
  if (!webhook) return answerText(404, 'no_service')
  if (req.method !== 'POST') return { ...answerText(405, ''), headers: { allow: 'POST' } }
  if (webhook.error) return answerText(WEBHOOK_ERRORS[webhook.error], webhook.error)
  const payload = parseWebhookPayload(req.headers['content-type'] ?? '', body)
  if (!payload) return answerText(400, 'invalid_payload')
  if (!hasMessageContent(payload)) return answerText(400, 'no_text')
  const report = checkBlockKitLimits(payload)
  if (report.problems.length > 0) return answerText(400, 'invalid_blocks')
  state.messages.push({
    channel: webhook.channel,
    ts: state.nextTs(),
    ...(typeof payload.thread_ts === 'string' ? { thread_ts: payload.thread_ts } : {}),
    transport: 'webhook',
    payload,
    warnings: report.warnings.map(formatBlockKitProblem),
    history: [],
    author: `webhook:${path}`
  })
  return answerText(200, 'ok')
}

/** A JSON object body, or the legacy form body whose `payload` field holds the JSON. */
function parseWebhookPayload(contentType: string, body: string): SlackPayload | undefined {
  const json = contentType.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(body).get('payload')
    : body
  if (json === null) return undefined
  try {
    const value: unknown = JSON.parse(json)
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}
