import http from 'node:http'
import type { Answer } from './answers.js'

export interface FaultSpec {
  /** Default: any method. */
  method?: string
  /** A path template, optionally `METHOD /template`; default: any. */
  route?: string
  /** The status to answer, or `'reset'`: the connection is cut, no answer at all. */
  status: number | 'reset'
  headers?: Record<string, string>
  /** JSON (or a string sent as is); default `{message: <HTTP reason>}`. */
  body?: unknown
  /** How many matching requests get this answer (default 1; `Infinity` for all). */
  times?: number
  /**
   * Handle the request first (a write happens), then send this fault instead of the answer:
   * GitHub did the work, but its answer was lost on the way.
   */
  afterApplying?: boolean
}

/** What a fault does to one request: answer instead of the stand-in, or after it. */
export interface TakenFault {
  /** `'reset'`: cut the connection without an answer. */
  answer: Answer | 'reset'
  afterApplying: boolean
}

export interface RouteFilter {
  method?: string
  route?: string
  operationId?: string
  status?: number
}

/** Does `pattern` (`/template` or `METHOD /template`) name this request? */
export function matchesRoute(pattern: string, method: string, route: string | undefined): boolean {
  const [first, second] = pattern.trim().split(/\s+/)
  const [patternMethod, patternRoute] = second === undefined ? [undefined, first] : [first, second]
  if (patternMethod && patternMethod.toUpperCase() !== method.toUpperCase()) return false
  return patternRoute === route
}

/** Scripted answers, used first-in first-out by the requests they match. */
export class FaultQueue {
  private readonly faults: Array<FaultSpec & { left: number }> = []

  add(fault: FaultSpec): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  take(method: string, route: string): TakenFault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (!candidate.route || matchesRoute(candidate.route, method, route))
    )
    if (!fault) return undefined
    fault.left--
    const afterApplying = fault.afterApplying ?? false
    if (fault.status === 'reset') return { answer: 'reset', afterApplying }
    return {
      answer: {
        status: fault.status,
        headers: fault.headers,
        body: fault.body ?? { message: http.STATUS_CODES[fault.status] ?? 'Error' }
      },
      afterApplying
    }
  }
}
