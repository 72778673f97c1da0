import type { HistoryPoint } from '../src/load-result.js'

/** A steady run of `seconds` points, with `spikes` overriding single seconds. */
export function buildHistory(
  seconds: number,
  spikes: Record<number, Partial<HistoryPoint>> = {}
): HistoryPoint[] {
  return Array.from({ length: seconds }, (_, second) => ({
    second,
    users: 10,
    rps: 20,
    failuresPerSecond: 0,
    p50Ms: 40,
    p95Ms: 90,
    ...spikes[second]
  }))
}
