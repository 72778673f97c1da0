import type { FailureClass } from './classify-failure.js'

// Node's and undici's codes for "no answer came back"; what each means in a few words.
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'timed out',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the answer stalled',
  UND_ERR_SOCKET: 'connection closed'
}

interface Causal {
  name?: unknown
  code?: unknown
  cause?: unknown
  hostname?: unknown
  request?: { url?: unknown }
}

/** A request that got no answer (refused, unresolved, reset, timed out), or undefined. */
export function describeNetworkFailure(error: unknown): FailureClass | undefined {
  const reason = findNetworkReason(error)
  if (!reason) return undefined
  const host = findHost(error)
  return {
    owner: 'network',
    kind: 'network',
    message: `no answer from ${host ?? 'the server'} (${reason})`,
    hint:
      'The network between the runner and the service failed: not your settings and not a bug. ' +
      'Re-run the job; on a self-hosted runner, check its DNS, proxy and firewall.'
  }
}

/** `ECONNREFUSED: connection refused`, `timed out`, `fetch failed`; undefined if an answer came. */
export function findNetworkReason(error: unknown): string | undefined {
  for (const link of walkCauses(error)) {
    const code = typeof link.code === 'string' ? link.code : undefined
    if (code && NETWORK_CODES[code]) return `${code}: ${NETWORK_CODES[code]}`
    if (link.name === 'TimeoutError' || link.name === 'AbortError') return 'timed out'
  }
  // fetch's own wording when the cause carries no code.
  const first = walkCauses(error)[0]
  if (first && first.name === 'TypeError' && first.cause !== undefined) return 'fetch failed'
  return undefined
}

function findHost(error: unknown): string | undefined {
  for (const link of walkCauses(error)) {
    if (typeof link.hostname === 'string') return link.hostname
    const url = link.request?.url
    if (typeof url === 'string') {
      try {
        return new URL(url).host
      } catch {
        // not a URL: look further down the chain
      }
    }
  }
  return undefined
}

function walkCauses(error: unknown): Causal[] {
  const chain: Causal[] = []
  let link: unknown = error
  while (link && typeof link === 'object' && chain.length < 5) {
    chain.push(link as Causal)
    link = (link as Causal).cause
  }
  return chain
}
