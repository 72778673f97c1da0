import type http from 'node:http'
import { answerApiError, answerJson, answerText, type Answer } from './answer.js'
import { parseApiRequest } from './api-request.js'
import { checkBlockKitLimits, countCharacters, formatBlockKitProblem } from './block-kit-limits.js'
import {
  hasMessageContent,
  type BotToken,
  type SlackMessage,
  type SlackPayload,
  type SlackState
} from './state.js'

interface Call {
  state: SlackState
  token: string
  bot: BotToken
  channel: string
  params: SlackPayload
  /** Request warnings (`missing_charset`), returned on success as Slack does. */
  warnings: string[]
}

/** Answers `POST /api/<method>` for chat.postMessage and chat.update: HTTP 200 with `ok`. */
export function answerWebApi(
  state: SlackState,
  req: http.IncomingMessage,
  method: string,
  body: string
): Answer {
  if (method !== 'chat.postMessage' && method !== 'chat.update') {
    return answerApiError('unknown_method')
  }
  if (req.method !== 'POST') return { ...answerText(405, ''), headers: { allow: 'POST' } }
  const parsed = parseApiRequest(req.headers, body)
  if (!parsed.ok) return answerApiError(parsed.error)
  if (!parsed.token) return answerApiError('not_authed')
  const bot = state.tokens.get(parsed.token)
  if (!bot) return answerApiError('invalid_auth')
  const { params } = parsed
  const channel = typeof params.channel === 'string' ? params.channel : ''
  if (!state.channels.has(channel)) return answerApiError('channel_not_found')
  const call: Call = { state, token: parsed.token, bot, channel, params, warnings: parsed.warnings }
  return method === 'chat.postMessage' ? postMessage(call) : updateMessage(call)
}

function postMessage(call: Call): Answer {
  const { state, bot, channel, params } = call
  if (!bot.channels.has(channel)) return answerApiError('not_in_channel')
  const problem = checkMessageContent(state, params)
  if (problem.error) return problem.error
  const message: SlackMessage = {
    channel,
    ts: state.nextTs(),
    ...(typeof params.thread_ts === 'string' ? { thread_ts: params.thread_ts } : {}),
    transport: 'api',
    payload: params,
    warnings: problem.warnings,
    history: [],
    author: call.token
  }
  state.messages.push(message)
  return answerOk(call, { channel, ts: message.ts, message: describeMessage(message, bot) })
}

function updateMessage(call: Call): Answer {
  const { state, bot, channel, params } = call
  const message = state.messages.find((m) => m.channel === channel && m.ts === params.ts)
  if (!message) return answerApiError('message_not_found')
  if (message.author !== call.token) return answerApiError('cant_update_message')
  const problem = checkMessageContent(state, params)
  if (problem.error) return problem.error
  message.history.push(message.payload)
  message.payload = params
  message.warnings = problem.warnings
  const text = typeof params.text === 'string' ? params.text : ''
  return answerOk(call, { channel, ts: message.ts, text, message: describeMessage(message, bot) })
}

function checkMessageContent(
  state: SlackState,
  params: SlackPayload
): { error?: Answer; warnings: string[] } {
  if (!hasMessageContent(params)) return { error: answerApiError('no_text'), warnings: [] }
  if (typeof params.text === 'string' && countCharacters(params.text) > state.maxTextLength) {
    return { error: answerApiError('msg_too_long'), warnings: [] }
  }
  const report = checkBlockKitLimits(params)
  const warnings = report.warnings.map(formatBlockKitProblem)
  if (report.problems.length === 0) return { warnings }
  const errors = report.problems.map(formatBlockKitProblem)
  const error = answerApiError('invalid_blocks', {
    errors,
    response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) }
  })
  return { error, warnings }
}

function answerOk(call: Call, fields: Record<string, unknown>): Answer {
  const { warnings } = call
  const warning =
    warnings.length > 0
      ? { warning: warnings.join(','), response_metadata: { warnings } }
      : undefined
  return answerJson(200, { ok: true, ...fields, ...warning })
}

/** The `message` object of Slack's answer, after its documented example. */
function describeMessage(message: SlackMessage, bot: BotToken): Record<string, unknown> {
  const { text = '', blocks, attachments } = message.payload
  return {
    type: 'message',
    subtype: 'bot_message',
    text,
    ts: message.ts,
    bot_id: bot.botId,
    ...(blocks !== undefined ? { blocks } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {})
  }
}
