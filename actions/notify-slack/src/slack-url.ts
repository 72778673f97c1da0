/** What is wrong with a URL that a secret (the webhook path, the bot token) would travel to. */
export type UrlProblem = 'not-a-url' | 'cleartext'

export const SECURE_URL_RULE = 'http:// only to a loopback address (127.0.0.0/8, ::1, localhost)'

/**
 * https, or http to this machine only (the stand-ins of tests, a local relay). WHATWG parsing
 * normalises the host first, so `127.1`, `0x7f.0.0.1` and `[0:0::1]` count as loopback, and
 * `127.0.0.1.example.com` does not.
 */
export function checkSecretUrl(value: string): UrlProblem | undefined {
  if (!/^\S+$/.test(value)) return 'not-a-url'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'not-a-url'
  }
  if (url.protocol === 'https:') return undefined
  if (url.protocol !== 'http:') return 'not-a-url'
  return isLoopbackHost(url.hostname) ? undefined : 'cleartext'
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}
