import type { EndpointStats, FailureGroup, HistoryPoint } from './load-result.js'

export interface LocustFigures {
  total: EndpointStats
  endpoints: EndpointStats[]
  /** Every failure group with its error type (`ConnectionRefusedError`, `CatchResponseError`…). */
  failures: (FailureGroup & { kind: string })[]
  locustVersion: string
}

/** Locust's output was not what the hook or locust writes: the check cannot judge. */
export class LocustOutputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LocustOutputError'
  }
}

/** Reads the JSON the hook locustfile wrote as locust quit. */
export function parseHookStats(text: string): LocustFigures {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new LocustOutputError(`the statistics locust wrote are not JSON (${String(error)})`)
  }
  const root = asRecord(data, 'the statistics')
  const entries = root.entries
  const errors = root.errors
  if (!Array.isArray(entries) || !Array.isArray(errors))
    throw new LocustOutputError('the statistics have no entries or errors list')
  return {
    total: readRow(root.total, 'the total'),
    endpoints: entries.map((entry, i) => readRow(entry, `entry ${i + 1}`)),
    failures: errors.map((error, i) => readFailure(error, `error ${i + 1}`)),
    locustVersion: typeof root.locust_version === 'string' ? root.locust_version : ''
  }
}

function readRow(value: unknown, what: string): EndpointStats {
  const row = asRecord(value, what)
  return {
    method: readString(row, 'method', what),
    name: readString(row, 'name', what),
    requests: readNumber(row, 'num_requests', what),
    failures: readNumber(row, 'num_failures', what),
    medianMs: readNumber(row, 'median', what),
    p95Ms: readNumber(row, 'p95', what),
    p99Ms: readNumber(row, 'p99', what),
    rps: readNumber(row, 'total_rps', what),
    failuresPerSecond: readNumber(row, 'total_fail_per_sec', what)
  }
}

function readFailure(value: unknown, what: string): FailureGroup & { kind: string } {
  const row = asRecord(value, what)
  return {
    method: readString(row, 'method', what),
    name: readString(row, 'name', what),
    kind: readString(row, 'kind', what),
    error: readString(row, 'error', what),
    occurrences: readNumber(row, 'occurrences', what)
  }
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new LocustOutputError(`${what} in locust's statistics is not an object`)
  return value as Record<string, unknown>
}

function readString(row: Record<string, unknown>, key: string, what: string): string {
  const value = row[key]
  if (typeof value !== 'string') throw new LocustOutputError(`${what} has no text "${key}"`)
  return value
}

function readNumber(row: Record<string, unknown>, key: string, what: string): number {
  const value = row[key]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new LocustOutputError(`${what} has no number "${key}"`)
  return value
}

/**
 * The aggregate rows of locust's `_stats_history.csv` (one a second, locust writes them as it
 * goes, so the last second or two may be missing). `N/A` percentiles, before any request, are 0.
 */
export function parseHistoryCsv(text: string): HistoryPoint[] {
  const rows = parseCsv(text)
  const header = rows.shift()
  if (!header) return []
  const column = (name: string): number => {
    const index = header.indexOf(name)
    if (index === -1) throw new LocustOutputError(`the history CSV has no "${name}" column`)
    return index
  }
  const at = {
    time: column('Timestamp'),
    users: column('User Count'),
    name: column('Name'),
    rps: column('Requests/s'),
    fails: column('Failures/s'),
    p50: column('50%'),
    p95: column('95%')
  }
  const aggregate = rows.filter((row) => row[at.name] === 'Aggregated')
  const first = Number(aggregate[0]?.[at.time])
  return aggregate.map((row) => ({
    second: Number(row[at.time]) - first,
    users: toNumber(row[at.users]),
    rps: toNumber(row[at.rps]),
    failuresPerSecond: toNumber(row[at.fails]),
    p50Ms: toNumber(row[at.p50]),
    p95Ms: toNumber(row[at.p95])
  }))
}

function toNumber(text: string | undefined): number {
  const number = Number(text)
  return text === undefined || text === 'N/A' || !Number.isFinite(number) ? 0 : number
}

/** RFC 4180 as Python's csv module writes it: quoted fields may hold commas, quotes, newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
