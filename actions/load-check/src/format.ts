const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** A figure locust could not give (NaN, missing) shows as a dash, never as `NaN`. */
const MISSING = '–'

export function formatCount(value: number): string {
  return Number.isFinite(value) ? COUNT.format(value) : MISSING
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${COUNT.format(Math.round(value))} ms` : MISSING
}

/** A ratio from 0 to 1 as a percentage with two decimals: `0.0123` → `1.23%`. */
export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(2)}%` : MISSING
}

export function formatRps(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : MISSING
}

export function calculateFailureRatio(requests: number, failures: number): number {
  return requests > 0 ? failures / requests : 0
}
