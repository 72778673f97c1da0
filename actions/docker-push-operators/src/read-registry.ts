import { decideRetry, DEFAULT_RETRY_POLICY } from '../../../src/lib/http-retry.js'

export interface RemoteImage {
  /** The manifest's (or index's) digest, as `Docker-Content-Digest` says. */
  digest: string
  labels: Record<string, string>
}

export interface RegistryAccess {
  registry: string
  username: string
  password: string
  fetch?: typeof fetch
  sleep: (ms: number) => Promise<void>
  timeoutMs?: number
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

/**
 * Reads `name:tag` from the registry through the distribution API (any engine, no pull): its
 * digest and its config's labels; `undefined` when the tag does not exist.
 */
export async function readRemoteImage(
  repository: string,
  tag: string,
  access: RegistryAccess
): Promise<RemoteImage | undefined> {
  const base = registryBaseUrl(access.registry)
  const client = createRegistryClient(access, repository)
  const manifestResponse = await client.get(
    `${base}/v2/${repository}/manifests/${tag}`,
    MANIFEST_TYPES
  )
  if (manifestResponse.status === 404) return undefined
  const digest = manifestResponse.headers.get('docker-content-digest') ?? ''
  let manifest = (await manifestResponse.json()) as Manifest
  if (manifest.manifests) {
    const first =
      manifest.manifests.find((m) => m.platform?.os !== 'unknown') ?? manifest.manifests[0]
    if (!first) return { digest, labels: {} }
    manifest = (await (
      await client.get(`${base}/v2/${repository}/manifests/${first.digest}`, MANIFEST_TYPES)
    ).json()) as Manifest
  }
  if (!manifest.config) return { digest, labels: {} }
  const config = (await (
    await client.get(`${base}/v2/${repository}/blobs/${manifest.config.digest}`, '*/*')
  ).json()) as {
    config?: { Labels?: Record<string, string> | null }
  }
  return { digest, labels: config.config?.Labels ?? {} }
}

interface Manifest {
  manifests?: { digest: string; platform?: { os?: string } }[]
  config?: { digest: string }
}

/** docker.io's API lives at registry-1.docker.io; a loopback registry speaks plain HTTP. */
export function registryBaseUrl(registry: string): string {
  if (registry === 'docker.io') return 'https://registry-1.docker.io'
  const host = registry.replace(/:\d+$/, '')
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]'
  return `${loopback ? 'http' : 'https'}://${registry}`
}

function createRegistryClient(access: RegistryAccess, repository: string) {
  const doFetch = access.fetch ?? fetch
  const timeoutMs = access.timeoutMs ?? 30_000
  let authorization: string | undefined
  const basic = access.username
    ? `Basic ${Buffer.from(`${access.username}:${access.password}`).toString('base64')}`
    : undefined

  async function send(url: string, accept: string, auth = authorization): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined
      let message = ''
      try {
        response = await doFetch(url, {
          headers: { accept, ...(auth ? { authorization: auth } : {}) },
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
        throw new RegistryReadError(`reading ${url} failed (${message}; ${decision.reason})`)
      await access.sleep(decision.delayMs)
    }
  }

  return {
    async get(url: string, accept: string): Promise<Response> {
      let response = await send(url, accept)
      if (response.status === 401 && !authorization) {
        authorization = await authorize(
          response.headers.get('www-authenticate') ?? '',
          basic,
          repository,
          send
        )
        response = await send(url, accept)
      }
      if (response.status === 404 || response.ok) return response
      throw new RegistryReadError(`reading ${url} answered HTTP ${response.status}`)
    }
  }
}

/** Basic auth, or the Bearer token dance (ghcr.io, Docker Hub) with the same credentials. */
async function authorize(
  challenge: string,
  basic: string | undefined,
  repository: string,
  send: (url: string, accept: string, auth?: string) => Promise<Response>
): Promise<string | undefined> {
  if (/^basic/i.test(challenge)) return basic
  const params = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
  )
  if (!/^bearer/i.test(challenge) || !params.realm) return basic
  const url = new URL(params.realm)
  if (params.service) url.searchParams.set('service', params.service)
  url.searchParams.set('scope', params.scope ?? `repository:${repository}:pull`)
  const response = await send(url.toString(), 'application/json', basic)
  if (!response.ok)
    throw new RegistryReadError(`the registry's token service answered HTTP ${response.status}`)
  const body = (await response.json()) as { token?: string; access_token?: string }
  return `Bearer ${body.token ?? body.access_token ?? ''}`
}

export class RegistryReadError extends Error {}
