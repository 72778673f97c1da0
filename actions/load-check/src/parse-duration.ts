/**
 * Seconds in a duration written as locust writes them: `90s`, `5m`, `1h30m`, `2h`, or a bare
 * number of seconds. Undefined for anything else (`soon`, `1.5m`, `30m1h`, `0s`).
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase()
  if (/^\d+$/.test(value)) return positive(Number(value))
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)
  if (!match || value === '') return undefined
  const [, hours = '0', minutes = '0', seconds = '0'] = match
  return positive(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds))
}

/** `5400` → `1h30m`; `90` → `1m30s`. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`
  return text || '0s'
}

function positive(seconds: number): number | undefined {
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : undefined
}
