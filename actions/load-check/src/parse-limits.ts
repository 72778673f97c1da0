/** A limit on one endpoint: `name` as locust names the request, `method` when given. */
export interface EndpointLimit {
  method: string | undefined
  name: string
  limit: number
}

export interface Limits {
  /** The limit on the aggregate, when a bare number was given. */
  aggregate: number | undefined
  endpoints: EndpointLimit[]
}

export const NO_LIMITS: Limits = { aggregate: undefined, endpoints: [] }

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']

/**
 * Reads a latency limit input: one item a line, each a number of ms (the aggregate), `name=ms`
 * or `METHOD name=ms`. Answers the limits, or the reason the first bad line is refused.
 */
export function parseLimits(text: string): Limits | { problem: string } {
  const limits: Limits = { aggregate: undefined, endpoints: [] }
  const seen = new Set<string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    const separator = line.lastIndexOf('=')
    const number = parseMilliseconds(separator === -1 ? line : line.slice(separator + 1))
    if (number === undefined) return { problem: `"${line}" has no limit in ms (a number > 0)` }
    if (separator === -1) {
      if (limits.aggregate !== undefined) return { problem: 'two aggregate limits' }
      limits.aggregate = number
      continue
    }
    const target = splitMethod(line.slice(0, separator).trim())
    if (target.name === '') return { problem: `"${line}" names no endpoint` }
    const key = `${target.method ?? '*'} ${target.name}`
    if (seen.has(key)) return { problem: `two limits for ${describeTarget(target)}` }
    seen.add(key)
    limits.endpoints.push({ ...target, limit: number })
  }
  return limits
}

export function describeTarget(target: { method: string | undefined; name: string }): string {
  return target.method ? `${target.method} ${target.name}` : target.name
}

function splitMethod(text: string): { method: string | undefined; name: string } {
  const match = /^([A-Za-z]+)\s+(\S.*)$/.exec(text)
  const method = match?.[1]?.toUpperCase()
  if (match && method && METHODS.includes(method)) return { method, name: match[2] as string }
  return { method: undefined, name: text }
}

function parseMilliseconds(text: string): number | undefined {
  const value = text.trim()
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined
  const number = Number(value)
  return number > 0 && Number.isFinite(number) ? number : undefined
}
