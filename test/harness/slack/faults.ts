import http from 'node:http'
import { answerJson, answerText, type Answer } from './answer.js'

/** A scripted answer that replaces the normal one for matching requests. */
export interface FaultSpec {
  /**
   * Which requests: a path (`/api/chat.postMessage`), a path prefix (`/services` for every
   * webhook) or a full URL such as one `createWebhook` returned. Every request when left out.
   */
  path?: string
  /** HTTP status; 200 when only `error` is given. */
  status?: number
  /** Extra headers; a 429 gets `Retry-After: 1` unless this sets it. */
  headers?: Record<string, string>
  /** Body to send: an object is sent as JSON, a string as text. */
  body?: string | Record<string, unknown>
  /** Shorthand for Slack's error answer: `{ok:false, error}` on the Web API, the bare text on a webhook. */
  error?: string
  /** How many matching requests get this answer; 1 by default, `Infinity` for all. */
  times?: number
  /**
   * Accept the request, read it, and never answer (a hung Slack, a black-holed proxy): the
   * connection stays open until the client gives up or the stand-in closes. Other fields are ignored.
   */
  silent?: boolean
}

/** The fault's answer, or `'silent'`: send nothing at all. */
export type FaultAnswer = Answer | 'silent'

interface ActiveFault extends FaultSpec {
  remaining: number
}

export interface FaultList {
  add(fault: FaultSpec): void
  /** The answer of the first fault matching `path`, which it uses up; undefined when none. */
  take(path: string): FaultAnswer | undefined
}

export function createFaultList(): FaultList {
  const faults: ActiveFault[] = []
  return {
    add(fault) {
      faults.push({ ...fault, path: fault.path && toPath(fault.path), remaining: fault.times ?? 1 })
    },
    take(path) {
      const fault = faults.find((f) => f.remaining > 0 && matchesPath(f.path, path))
      if (!fault) return undefined
      fault.remaining--
      if (fault.silent) return 'silent'
      return buildFaultAnswer(fault, path.startsWith('/api/'))
    }
  }
}

function buildFaultAnswer(fault: FaultSpec, isApi: boolean): Answer {
  const status = fault.status ?? (fault.error ? 200 : 500)
  const answer = buildFaultBody(fault, status, isApi)
  const retryAfter: Record<string, string> =
    status === 429 && !hasHeader(fault.headers, 'retry-after') ? { 'retry-after': '1' } : {}
  return { ...answer, headers: { ...answer.headers, ...retryAfter, ...fault.headers } }
}

function buildFaultBody(fault: FaultSpec, status: number, isApi: boolean): Answer {
  if (typeof fault.body === 'string') return answerText(status, fault.body)
  if (fault.body) return answerJson(status, fault.body)
  // Slack's own words for a rate limit: `ratelimited` on the Web API, `rate_limited` on webhooks.
  const error = fault.error ?? (status === 429 ? (isApi ? 'ratelimited' : 'rate_limited') : '')
  if (error) return isApi ? answerJson(status, { ok: false, error }) : answerText(status, error)
  return answerText(status, http.STATUS_CODES[status] ?? 'error')
}

function toPath(pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl
}

function matchesPath(pattern: string | undefined, path: string): boolean {
  if (pattern === undefined || pattern === path) return true
  return path.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`)
}

function hasHeader(headers: Record<string, string> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some((key) => key.toLowerCase() === name)
}
