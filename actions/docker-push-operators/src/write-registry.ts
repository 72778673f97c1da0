import { readRemoteManifest } from './read-registry.js'
import { createRegistryClient, RegistryError, type RegistryAccess } from './registry-api.js'

/**
 * Gives `reference`'s manifest the tags `tags` too, inside the registry: the manifest's bytes are
 * read once and stored again under each tag, so the digest is the same and no layer moves.
 */
export async function copyTags(
  repository: string,
  reference: string,
  tags: string[],
  access: RegistryAccess
): Promise<string> {
  const manifest = await readRemoteManifest(repository, reference, access)
  if (!manifest)
    throw new RegistryError(`${repository}:${reference} is not in the registry`, 'registry')
  const client = createRegistryClient(access, repository)
  for (const tag of tags) {
    const digest = await client.putManifest(tag, manifest.body, manifest.mediaType)
    if (digest && manifest.digest && digest !== manifest.digest)
      throw new RegistryError(
        `${repository}:${tag} was stored as ${digest}, not ${manifest.digest}`,
        'registry'
      )
  }
  return manifest.digest
}
