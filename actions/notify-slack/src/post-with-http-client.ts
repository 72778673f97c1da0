import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type http from 'node:http'
import type { HttpAnswer, HttpPost } from './deliver.js'

/** A request that got no whole answer within `timeout-seconds`: a failed try, the network's. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs / 1000} s (timeout-seconds)`)
    // The name Node and undici give a timeout, so shared error handling sees one.
    this.name = 'TimeoutError'
  }
}

/**
 * POST through @actions/http-client, which honours the runner's HTTPS_PROXY and NO_PROXY, within
 * `timeoutMs` from connecting to the answer's last byte. Past it, the request and its socket are
 * destroyed and the promise rejects with a RequestTimeoutError. (The client's own socket timeout
 * is idle time only, three minutes by default, and its message names the secret webhook path.)
 */
export const postWithHttpClient: HttpPost = async (url, body, headers, timeoutMs) => {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new RequestTimeoutError(timeoutMs)), timeoutMs)
  const client = new HttpClient('release-actions/notify-slack', [abortWith(deadline.signal)])
  try {
    return await Promise.race([
      exchange(client, url, body, headers),
      rejectOnAbort(deadline.signal)
    ])
  } catch (error) {
    throw deadline.signal.aborted ? deadline.signal.reason : error
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

async function exchange(
  client: HttpClient,
  url: string,
  body: string,
  headers: Record<string, string>
): Promise<HttpAnswer> {
  const response = await client.post(url, body, headers)
  const answerHeaders: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(response.message.headers)) {
    answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    status: response.message.statusCode ?? 0,
    headers: answerHeaders,
    body: await response.readBody()
  }
}

type Requester = (options: http.RequestOptions) => http.ClientRequest

/**
 * Hands the signal to every request the client makes (redirects too): Node aborts on it. Through
 * a proxy, the tunnel agent opens a CONNECT request of its own with its `request` function; that
 * one gets the signal too, or a proxy that never answers would keep the process alive.
 */
function abortWith(signal: AbortSignal): RequestHandler {
  const wrapped = new WeakSet<object>()
  return {
    prepareRequest: (options) => {
      options.signal = signal
      const agent = options.agent as { request?: Requester } | undefined
      const request = agent?.request
      if (agent && typeof request === 'function' && !wrapped.has(agent)) {
        wrapped.add(agent)
        agent.request = (connect) => request({ ...connect, signal })
      }
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not supported'))
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
  })
}
