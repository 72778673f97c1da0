import type { ImagePlan } from './plan-images.js'

/** `docker buildx build`: one command builds, tags, labels and pushes, with the digest in a file. */
export function buildDockerArgv(
  plan: ImagePlan,
  options: { cache: 'gha' | 'none'; push: boolean; metadataFile: string }
): string[] {
  return [
    'buildx',
    'build',
    ...buildFlags(plan),
    // BuildKit takes the reproducible-build time as this build argument.
    '--build-arg',
    `SOURCE_DATE_EPOCH=${plan.sourceDateEpoch}`,
    ...(options.cache === 'gha'
      ? [
          '--cache-from',
          `type=gha,scope=${plan.cacheScope}`,
          '--cache-to',
          // A cache that cannot be saved must not fail the release: ignore-error.
          `type=gha,mode=max,scope=${plan.cacheScope},ignore-error=true`
        ]
      : []),
    '--metadata-file',
    options.metadataFile,
    ...(options.push ? ['--push'] : []),
    plan.context
  ]
}

/** `podman build`: builds and tags; pushing is a separate `podman push` per tag. */
export function buildPodmanArgv(plan: ImagePlan): string[] {
  // With its layer cache buildah writes intermediate image ids into the history, which differ
  // from build to build: without it, one commit always gives one config digest.
  return [
    'build',
    ...buildFlags(plan),
    '--timestamp',
    String(plan.sourceDateEpoch),
    '--layers=false',
    plan.context
  ]
}

export function buildPodmanPushArgv(reference: string, digestFile: string): string[] {
  return ['push', '--digestfile', digestFile, reference]
}

export function buildLoginArgv(registry: string, username: string): string[] {
  return ['login', '--username', username, '--password-stdin', registry]
}

/** What both engines' builds take alike: the file, tags, build arguments, labels, platforms. */
function buildFlags(plan: ImagePlan): string[] {
  return [
    '--file',
    plan.dockerfile,
    ...plan.tags.flatMap((tag) => ['--tag', `${plan.image}:${tag}`]),
    ...plan.buildArgs.flatMap((arg) => ['--build-arg', arg]),
    ...Object.entries(plan.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
    ...(plan.platforms.length > 0 ? ['--platform', plan.platforms.join(',')] : [])
  ]
}
