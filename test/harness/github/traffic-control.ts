import http from 'node:http'
import type { Answer } from './answers.js'

export interface FaultSpec {
  /** Default: any method. */
  method?: string
  /** A path template, optionally `METHOD /template`; default: any. */
  route?: string
  status: number
  headers?: Record<string, string>
  /** JSON (or a string sent as is); default `{message: <HTTP reason>}`. */
  body?: unknown
  /** How many matching requests get this answer (default 1; `Infinity` for all). */
  times?: number
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

  take(method: string, route: string): Answer | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (!candidate.route || matchesRoute(candidate.route, method, route))
    )
    if (!fault) return undefined
    fault.left--
    return {
      status: fault.status,
      headers: fault.headers,
      body: fault.body ?? { message: http.STATUS_CODES[fault.status] ?? 'Error' }
    }
  }
}
