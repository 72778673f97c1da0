import { createRegistryClient, MANIFEST_TYPES, type RegistryAccess } from './registry-api.js'

export { registryBaseUrl, type RegistryAccess } from './registry-api.js'

export interface RemoteImage {
  /** The manifest's (or index's) digest, as `Docker-Content-Digest` says. */
  digest: string
  labels: Record<string, string>
}

export interface RemoteManifest {
  digest: string
  mediaType: string
  body: Uint8Array
}

/**
 * Reads `name:tag` from the registry through the distribution API (any engine, no pull): its
 * digest and its config's labels; `undefined` when the tag does not exist.
 */
export async function readRemoteImage(
  repository: string,
  tag: string,
  access: RegistryAccess
): Promise<RemoteImage | undefined> {
  const client = createRegistryClient(access, repository)
  const response = await client.get(`/manifests/${tag}`, MANIFEST_TYPES)
  if (response.status === 404) return undefined
  const digest = response.headers.get('docker-content-digest') ?? ''
  let manifest = (await response.json()) as Manifest
  if (manifest.manifests) {
    const first =
      manifest.manifests.find((m) => m.platform?.os !== 'unknown') ?? manifest.manifests[0]
    if (!first) return { digest, labels: {} }
    manifest = (await (
      await client.get(`/manifests/${first.digest}`, MANIFEST_TYPES)
    ).json()) as Manifest
  }
  if (!manifest.config) return { digest, labels: {} }
  const config = (await (await client.get(`/blobs/${manifest.config.digest}`, '*/*')).json()) as {
    config?: { Labels?: Record<string, string> | null }
  }
  return { digest, labels: config.config?.Labels ?? {} }
}

/** The exact bytes of a manifest (or index) and its media type, to store under another tag. */
export async function readRemoteManifest(
  repository: string,
  reference: string,
  access: RegistryAccess
): Promise<RemoteManifest | undefined> {
  const response = await createRegistryClient(access, repository).get(
    `/manifests/${reference}`,
    MANIFEST_TYPES
  )
  if (response.status === 404) return undefined
  return {
    digest: response.headers.get('docker-content-digest') ?? '',
    mediaType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(),
    body: new Uint8Array(await response.arrayBuffer())
  }
}

/** Every tag of a repository (following `Link` pages); empty when the repository is unknown. */
export async function listRemoteTags(
  repository: string,
  access: RegistryAccess
): Promise<string[]> {
  const client = createRegistryClient(access, repository)
  const tags: string[] = []
  let next: string | undefined = '/tags/list?n=1000'
  for (let page = 0; next && page < 100; page++) {
    const response = await client.get(next, 'application/json')
    if (response.status === 404) return tags
    tags.push(...(((await response.json()) as { tags?: string[] | null }).tags ?? []))
    const link = /<[^>]*\/tags\/list(\?[^>]*)>/.exec(response.headers.get('link') ?? '')
    next = link ? `/tags/list${link[1]}` : undefined
  }
  return tags
}

interface Manifest {
  manifests?: { digest: string; platform?: { os?: string } }[]
  config?: { digest: string }
}
