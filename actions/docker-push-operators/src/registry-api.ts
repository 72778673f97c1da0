import { decideRetry, DEFAULT_RETRY_POLICY } from '../../../src/lib/http-retry.js'

export interface RegistryAccess {
  registry: string
  username: string
  password: string
  fetch?: typeof fetch
  sleep: (ms: number) => Promise<void>
  timeoutMs?: number
}

export interface RegistryClient {
  /** The response, 404 included; any other refusal throws. */
  get(path: string, accept: string): Promise<Response>
  /** Stores a manifest (or index) under `tag`, byte for byte; returns its digest. */
  putManifest(tag: string, body: Uint8Array, mediaType: string): Promise<string>
}

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

/** docker.io's API lives at registry-1.docker.io; a loopback registry speaks plain HTTP. */
export function registryBaseUrl(registry: string): string {
  if (registry === 'docker.io') return 'https://registry-1.docker.io'
  const host = registry.replace(/:\d+$/, '')
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]'
  return `${loopback ? 'http' : 'https'}://${registry}`
}

/**
 * The distribution API for one repository, with the action's login: Basic, or the Bearer token
 * dance (ghcr.io, Docker Hub) asking for push rights only when a write needs them. Every call has
 * a time limit; 5xx, 429 and network faults are retried with backoff.
 */
export function createRegistryClient(access: RegistryAccess, repository: string): RegistryClient {
  const doFetch = access.fetch ?? fetch
  const timeoutMs = access.timeoutMs ?? 30_000
  const base = `${registryBaseUrl(access.registry)}/v2/${repository}`
  const authorization: { pull?: string; push?: string } = {}
  const basic = access.username
    ? `Basic ${Buffer.from(`${access.username}:${access.password}`).toString('base64')}`
    : undefined

  async function send(url: string, init: RequestInit, auth: string | undefined) {
    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined
      let message = ''
      try {
        response = await doFetch(url, {
          ...init,
          headers: { ...(init.headers as object), ...(auth ? { authorization: auth } : {}) },
          signal: AbortSignal.timeout(timeoutMs)
        })
        if (response.status < 500 && response.status !== 429) return response
        message = `HTTP ${response.status}`
      } catch (error) {
        message = error instanceof Error ? error.message : String(error)
      }
      const headers = Object.fromEntries(response?.headers.entries() ?? [])
      const decision = decideRetry(
        { status: response?.status, headers, message },
        attempt,
        { ...DEFAULT_RETRY_POLICY, retries: 3 },
        Date.now()
      )
      if (!decision.retry)
        throw new RegistryError(
          `${init.method ?? 'GET'} ${url} failed (${message}; ${decision.reason})`,
          'network'
        )
      await access.sleep(decision.delayMs)
    }
  }

  async function call(url: string, init: RequestInit, rights: 'pull' | 'push') {
    let response = await send(url, init, authorization[rights])
    if (response.status === 401 && !authorization[rights]) {
      const challenge = response.headers.get('www-authenticate') ?? ''
      const scope = `repository:${repository}:${rights === 'push' ? 'pull,push' : 'pull'}`
      authorization[rights] = await authorize(challenge, basic, scope, send)
      response = await send(url, init, authorization[rights])
    }
    return response
  }

  return {
    async get(path, accept) {
      const url = `${base}${path}`
      const response = await call(url, { headers: { accept } }, 'pull')
      if (response.status === 404 || response.ok) return response
      throw refusal('GET', url, response.status)
    },
    async putManifest(tag, body, mediaType) {
      const url = `${base}/manifests/${tag}`
      const init = { method: 'PUT', headers: { 'content-type': mediaType }, body }
      const response = await call(url, init, 'push')
      if (!response.ok) throw refusal('PUT', url, response.status, await response.text())
      return response.headers.get('docker-content-digest') ?? ''
    }
  }
}

async function authorize(
  challenge: string,
  basic: string | undefined,
  scope: string,
  send: (url: string, init: RequestInit, auth: string | undefined) => Promise<Response>
): Promise<string | undefined> {
  if (/^basic/i.test(challenge)) return basic
  const params = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
  )
  if (!/^bearer/i.test(challenge) || !params.realm) return basic
  const url = new URL(params.realm)
  if (params.service) url.searchParams.set('service', params.service)
  url.searchParams.set('scope', scope)
  const response = await send(url.toString(), { headers: { accept: 'application/json' } }, basic)
  if (!response.ok)
    throw new RegistryError(
      `the registry's token service answered HTTP ${response.status} for ${scope}`,
      'user'
    )
  const body = (await response.json()) as { token?: string; access_token?: string }
  return `Bearer ${body.token ?? body.access_token ?? ''}`
}

function refusal(method: string, url: string, status: number, detail = ''): RegistryError {
  const denied = status === 401 || status === 403
  return new RegistryError(
    `${method} ${url} answered HTTP ${status}${detail ? `: ${detail.slice(0, 300)}` : ''}` +
      (denied ? '. Check username and password, and that the account may push here.' : ''),
    denied ? 'user' : 'registry'
  )
}

/** `user`: credentials or rights; `network`: gave up after retries; `registry`: another refusal. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly side: 'user' | 'network' | 'registry'
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}
