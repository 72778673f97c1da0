/** One row of locust's statistics: an endpoint (`method` + `name`), or the aggregate. */
export interface EndpointStats {
  /** `GET`, `POST`, … ('' for the aggregate). */
  method: string
  /** Locust's name of the request (usually the path), or `Aggregated`. */
  name: string
  requests: number
  failures: number
  medianMs: number
  p95Ms: number
  p99Ms: number
  rps: number
  failuresPerSecond: number
}

/** One second of the run, from locust's history CSV (aggregate row). */
export interface HistoryPoint {
  /** Seconds since the first row. */
  second: number
  users: number
  rps: number
  failuresPerSecond: number
  p50Ms: number
  p95Ms: number
}

/** A failure as locust groups them: method, name, error text and how often. */
export interface FailureGroup {
  method: string
  name: string
  error: string
  occurrences: number
}

export type Metric = 'failure-ratio' | 'p95-ms' | 'p99-ms' | 'rps'

/** A limit that was broken: `endpoint` is `Aggregated` for the whole run. */
export interface Breach {
  metric: Metric
  endpoint: string
  limit: number
  actual: number
}

export type Outcome = 'pass' | 'fail' | 'error'

export interface LoadCheckResult {
  outcome: Outcome
  /** The aggregate; undefined when locust produced no figures (then outcome is error). */
  total: EndpointStats | undefined
  endpoints: EndpointStats[]
  history: HistoryPoint[]
  failures: FailureGroup[]
  breaches: Breach[]
  /** Why the check could not judge (outcome error). */
  errors: string[]
  notes: string[]
  /** The host as it may be shown: credentials and query values replaced by `***`. */
  host: string
  /** The locust version that ran. */
  locustVersion: string
  /** `dry-run: true`: the locustfile was imported, nothing was sent, no threshold was judged. */
  dryRun?: boolean
  /** The locust command as printed (the host goes in LOCUST_HOST, shown redacted). */
  command?: string
}
