import { HttpClient } from '@actions/http-client'
import { errorMessage } from '../../../src/lib/errors.js'
import { decideRetry, type FailedRequest } from '../../../src/lib/http-retry.js'
import { describeSlackError, TRANSIENT_API_ERRORS } from './slack-errors.js'

export interface HttpAnswer {
  status: number
  headers: Record<string, string | undefined>
  body: string
}

export type HttpPost = (
  url: string,
  body: string,
  headers: Record<string, string>
) => Promise<HttpAnswer>

export interface DeliveryOptions {
  retries: number
  post: HttpPost
  sleep: (ms: number) => Promise<void>
  log: (message: string) => void
}

export type Delivery =
  | { ok: true; ts: string; channel: string; attempts: number }
  | { ok: false; error: string; attempts: number }

type Verdict =
  | { kind: 'ok'; ts: string; channel: string }
  | { kind: 'retry'; failure: FailedRequest }
  | { kind: 'fail'; error: string }

// Slack may ask for a long pause; a notice is not worth holding a release job longer than this.
const MAX_WAIT_MS = 60_000

/** Posts to an incoming webhook: Slack answers `ok`, or an HTTP error with a text code. */
export function postToWebhook(url: string, message: object, options: DeliveryOptions) {
  return deliver(
    () => options.post(url, JSON.stringify(message), { 'Content-Type': 'application/json' }),
    readWebhookAnswer,
    'the webhook',
    options
  )
}

/** Calls a Web API method (`chat.postMessage`, `chat.update`): HTTP 200 with `{ok, error}`. */
export function callSlackApi(
  apiUrl: string,
  method: string,
  token: string,
  body: object,
  options: DeliveryOptions
) {
  return deliver(
    () =>
      options.post(`${apiUrl}/${method}`, JSON.stringify(body), {
        'Content-Type': 'application/json; charset=utf-8',
        Authorization: `Bearer ${token}`
      }),
    readApiAnswer,
    method,
    options
  )
}

async function deliver(
  send: () => Promise<HttpAnswer>,
  read: (answer: HttpAnswer) => Verdict,
  target: string,
  options: DeliveryOptions
): Promise<Delivery> {
  const policy = { retries: options.retries, baseDelayMs: 1000, maxDelayMs: MAX_WAIT_MS }
  for (let attempt = 1; ; attempt++) {
    let verdict: Verdict
    try {
      verdict = read(await send())
    } catch (error) {
      verdict = {
        kind: 'retry',
        failure: { status: undefined, headers: {}, message: errorMessage(error) }
      }
    }
    if (verdict.kind === 'ok') return { ...verdict, ok: true, attempts: attempt }
    if (verdict.kind === 'fail') return { ok: false, error: verdict.error, attempts: attempt }
    const decision = decideRetry(verdict.failure, attempt, policy, Date.now())
    const what = describeFailure(verdict.failure)
    if (!decision.retry)
      return { ok: false, error: `${what} (${decision.reason})`, attempts: attempt }
    options.log(
      `Slack ${target}: ${what}; trying again in ${(decision.delayMs / 1000).toFixed(1)}s.`
    )
    await options.sleep(decision.delayMs)
  }
}

function readWebhookAnswer(answer: HttpAnswer): Verdict {
  const code = answer.body.trim()
  if (answer.status === 200) return { kind: 'ok', ts: '', channel: '' }
  if (answer.status === 429 || answer.status >= 500) return retry(answer, code)
  return { kind: 'fail', error: describeSlackError(code || `HTTP ${answer.status}`) }
}

function readApiAnswer(answer: HttpAnswer): Verdict {
  if (answer.status === 429 || answer.status >= 500) return retry(answer, answer.body.slice(0, 200))
  let parsed: { ok?: boolean; error?: string; ts?: string; channel?: string }
  try {
    parsed = JSON.parse(answer.body) as typeof parsed
  } catch {
    return {
      kind: 'fail',
      error: `Slack answered HTTP ${answer.status} with something that is not JSON.`
    }
  }
  if (parsed.ok) return { kind: 'ok', ts: parsed.ts ?? '', channel: parsed.channel ?? '' }
  const code = parsed.error ?? `HTTP ${answer.status}`
  if (TRANSIENT_API_ERRORS.has(code))
    return { kind: 'retry', failure: { status: 503, headers: answer.headers, message: code } }
  return { kind: 'fail', error: describeSlackError(code) }
}

function retry(answer: HttpAnswer, message: string): Verdict {
  return { kind: 'retry', failure: { status: answer.status, headers: answer.headers, message } }
}

function describeFailure(failure: FailedRequest): string {
  const status = failure.status === undefined ? 'no answer' : `HTTP ${failure.status}`
  return failure.message ? `${status}: ${failure.message}` : status
}

/** POST through @actions/http-client, which honours the runner's HTTPS_PROXY and NO_PROXY. */
export const postWithHttpClient: HttpPost = async (url, body, headers) => {
  const client = new HttpClient('release-actions/notify-slack')
  try {
    const response = await client.post(url, body, headers)
    const answerHeaders: Record<string, string | undefined> = {}
    for (const [name, value] of Object.entries(response.message.headers)) {
      answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value
    }
    return {
      status: response.message.statusCode ?? 0,
      headers: answerHeaders,
      body: await response.readBody()
    }
  } finally {
    client.dispose()
  }
}
