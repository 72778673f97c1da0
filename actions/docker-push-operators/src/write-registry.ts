import { readRemoteManifest } from './read-registry.js'
import { createRegistryClient, RegistryError, type RegistryAccess } from './registry-api.js'

/**
 * Gives `reference`'s manifest the tag `tag` too, inside the registry: the manifest's bytes are
 * read and stored again under the new tag, so its digest is the same and no layer moves.
 */
export async function copyTag(
  repository: string,
  reference: string,
  tag: string,
  access: RegistryAccess
): Promise<string> {
  const manifest = await readRemoteManifest(repository, reference, access)
  if (!manifest)
    throw new RegistryError(`${repository}:${reference} is not in the registry`, 'registry')
  const client = createRegistryClient(access, repository)
  const digest = await client.putManifest(tag, manifest.body, manifest.mediaType)
  if (digest && manifest.digest && digest !== manifest.digest)
    throw new RegistryError(
      `${repository}:${tag} was stored as ${digest}, not ${manifest.digest}`,
      'registry'
    )
  return manifest.digest || digest
}
