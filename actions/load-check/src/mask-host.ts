export interface Host {
  /** The URL exactly as given (trimmed): what locust receives, through the environment only. */
  url: string
  /** The URL as it may be shown: user, password, query values and fragment replaced by `***`. */
  shown: string
  /** Every value that must never be shown, raw and percent-decoded. */
  secrets: string[]
}

export const REDACTED = '***'

/** Splits a base URL into what may be shown and what must be masked; a problem for a bad one. */
export function parseHost(text: string): Host | { problem: string } {
  const value = text.trim()
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return { problem: 'it has no scheme' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: 'it is not a URL' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `its scheme is ${url.protocol.slice(0, -1)}` }
  if (url.hostname === '') return { problem: 'it names no host' }
  const secrets = [url.username, url.password, ...readQueryValues(url.search), url.hash.slice(1)]
  return {
    url: value,
    shown: redactUrl(url, value),
    secrets: [...new Set(secrets.flatMap((s) => [s, safeDecode(s)]))].filter((s) => s !== '')
  }
}

/** Replaces every secret in `text` by `***`, longest first (a secret may contain another). */
export function redactText(text: string, secrets: string[]): string {
  const ordered = [...secrets].sort((a, b) => b.length - a.length)
  return ordered.reduce((out, secret) => out.split(secret).join(REDACTED), text)
}

function redactUrl(url: URL, original: string): string {
  const credentials =
    url.username || url.password
      ? `${url.username ? REDACTED : ''}${url.password ? `:${REDACTED}` : ''}@`
      : ''
  // URL adds a `/` to a bare origin; keep the path only when one was written.
  const hasPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(original)
  const query = url.search
    ? `?${url.search
        .slice(1)
        .split('&')
        .map((pair) => (pair.includes('=') ? `${pair.split('=')[0]}=${REDACTED}` : REDACTED))
        .join('&')}`
    : ''
  return `${url.protocol}//${credentials}${url.host}${hasPath ? url.pathname : ''}${query}${url.hash ? `#${REDACTED}` : ''}`
}

/** Query values as written (a bare `?token` counts as a value). */
function readQueryValues(search: string): string[] {
  if (!search) return []
  return search
    .slice(1)
    .split('&')
    .map((pair) => (pair.includes('=') ? pair.slice(pair.indexOf('=') + 1) : pair))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}
