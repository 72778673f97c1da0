import { errorMessage } from '../../../src/lib/errors.js'
import { decideRetry, type FailedRequest } from '../../../src/lib/http-retry.js'
import { describeSlackError, readSlackErrorCode, TRANSIENT_API_ERRORS } from './slack-errors.js'

export interface HttpAnswer {
  status: number
  headers: Record<string, string | undefined>
  body: string
}

/** Posts `body`; rejects when no whole answer came within `timeoutMs`. */
export type HttpPost = (
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number
) => Promise<HttpAnswer>

export interface DeliveryOptions {
  retries: number
  /** The limit of each request (`timeout-seconds`). */
  timeoutMs: number
  post: HttpPost
  sleep: (ms: number) => Promise<void>
  log: (message: string) => void
}

export type Delivery =
  | { ok: true; ts: string; channel: string; attempts: number }
  | { ok: false; error: string; attempts: number }

type Verdict =
  | { kind: 'ok'; ts: string; channel: string }
  // `said`: what came back, in words, with at most Slack's error code and never a body.
  | { kind: 'retry'; failure: FailedRequest; said: string }
  | { kind: 'fail'; error: string }

// Slack may ask for a long pause; a notice is not worth holding a release job longer than this.
const MAX_WAIT_MS = 60_000

/** Posts to an incoming webhook: Slack answers `ok`, or an HTTP error with a text code. */
export function postToWebhook(url: string, message: object, options: DeliveryOptions) {
  return deliver(
    () =>
      options.post(
        url,
        JSON.stringify(message),
        { 'Content-Type': 'application/json' },
        options.timeoutMs
      ),
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
      options.post(
        `${apiUrl}/${method}`,
        JSON.stringify(body),
        { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${token}` },
        options.timeoutMs
      ),
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
      // No answer (refused, reset, timed out): the network's problem, worth another try.
      const message = errorMessage(error)
      verdict = {
        kind: 'retry',
        failure: { status: undefined, headers: {}, message },
        said: message
      }
    }
    if (verdict.kind === 'ok') return { ...verdict, ok: true, attempts: attempt }
    if (verdict.kind === 'fail') return { ok: false, error: verdict.error, attempts: attempt }
    const decision = decideRetry(verdict.failure, attempt, policy, Date.now())
    if (!decision.retry) {
      const why =
        attempt > options.retries
          ? `gave up after ${attempt} ${attempt === 1 ? 'try' : 'tries'}`
          : 'Slack asks to wait more than a minute'
      const whose = verdict.failure.status === undefined ? NETWORK_FAILED : SLACK_FAILED
      return { ok: false, error: `${verdict.said}; ${why}. ${whose}`, attempts: attempt }
    }
    options.log(
      `Slack ${target}: ${verdict.said}; trying again in ${(decision.delayMs / 1000).toFixed(1)}s.`
    )
    await options.sleep(decision.delayMs)
  }
}

const NETWORK_FAILED =
  'The network between the runner and Slack failed: not your settings and not a bug. Re-run the job; on a self-hosted runner, check its DNS, proxy and firewall.'
const SLACK_FAILED =
  'Slack had trouble (a server error or a rate limit): not your settings and not a bug. Re-run the job later.'

/** Slack's webhooks answer `200 ok`, or an error status with a bare error code. */
function readWebhookAnswer(answer: HttpAnswer): Verdict {
  const code = readSlackErrorCode(answer.body)
  if (answer.status === 200 && code === 'ok') return { kind: 'ok', ts: '', channel: '' }
  if (answer.status === 429 || answer.status >= 500) return retry(answer, code)
  if (code && answer.status !== 200) return { kind: 'fail', error: describeSlackError(code) }
  return { kind: 'fail', error: describeUnexpectedAnswer(answer.status, code, 'webhook-url') }
}

/** The Web API answers HTTP 200 with a JSON object: `ok: true`, or `ok: false` and an error code. */
function readApiAnswer(answer: HttpAnswer): Verdict {
  const parsed = parseJsonObject(answer.body)
  const code = readSlackErrorCode(parsed?.error)
  if (answer.status === 429 || answer.status >= 500) return retry(answer, code)
  if (answer.status === 200 && parsed?.ok === true) {
    return { kind: 'ok', ts: readString(parsed.ts), channel: readString(parsed.channel) }
  }
  if (!parsed) {
    return {
      kind: 'fail',
      error: `Slack answered HTTP ${answer.status} with something that is not JSON (not shown): check that "slack-api-url" is Slack's Web API.`
    }
  }
  if (!code || parsed.ok !== false) {
    return { kind: 'fail', error: describeUnexpectedAnswer(answer.status, code, 'slack-api-url') }
  }
  if (TRANSIENT_API_ERRORS.has(code)) {
    // decideRetry retries a 5xx: Slack's own trouble, whatever the status said.
    const failure = { status: 503, headers: answer.headers, message: code }
    return { kind: 'retry', failure, said: `Slack answered "${code}"` }
  }
  return { kind: 'fail', error: describeSlackError(code) }
}

function retry(answer: HttpAnswer, code: string | undefined): Verdict {
  return {
    kind: 'retry',
    failure: { status: answer.status, headers: answer.headers, message: code ?? '' },
    said: `Slack answered HTTP ${answer.status}${code ? ` "${code}"` : ''}`
  }
}

/** Neither a delivery nor one of Slack's errors: a body is never quoted, it may echo a secret. */
function describeUnexpectedAnswer(status: number, code: string | undefined, input: string): string {
  const got = code ? `"${code}"` : 'no error code from Slack (the answer is not shown)'
  return `Slack answered HTTP ${status} with ${got}, not a delivery: the message may not have been posted. Check that "${input}" points at Slack itself, not at a proxy or a sign-in page.`
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
