import parse from 'semver/functions/parse.js'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Operator } from './discover-operators.js'
import type { DockerPushInputs } from './inputs.js'

export interface ImagePlan {
  operator: string
  /** `<registry>/<namespace>/<prefix><operator>`, lower case. */
  image: string
  /** Tag names (`dev`, `dev-abc1234`; or `1.4.2`, `1.4`, `latest`). */
  tags: string[]
  /** Build context and Dockerfile, relative to the workspace. */
  context: string
  dockerfile: string
  buildArgs: string[]
  labels: Record<string, string>
  platforms: string[]
  /** Cache scope: one per operator and variant, so images never share a cache. */
  cacheScope: string
  reason: string
}

export interface RunFacts {
  sha: string
  serverUrl: string
  repository: string
  now: string
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/

export function planImage(
  operator: Operator,
  reason: string,
  inputs: DockerPushInputs,
  run: RunFacts
): ImagePlan {
  const name = `${inputs.imagePrefix}${operator.name}`.toLowerCase()
  if (!COMPONENT.test(name)) {
    throw new ConfigurationError(
      `Operator "${operator.name}" gives the image name "${name}", which is not a valid OCI name; rename the folder or change "image-prefix" (lower-case letters, digits, and . _ - between them).`
    )
  }
  const tags = computeTags(inputs.environment, run.sha, inputs.version)
  const staging = inputs.environment === 'staging'
  return {
    operator: operator.name,
    image: `${inputs.registry}/${inputs.namespace}/${name}`,
    tags,
    context: inputs.context === 'operator' ? operator.dir : '.',
    dockerfile: operator.dockerfile,
    buildArgs: [`${inputs.devRequirementsArg}=${staging}`, ...inputs.buildArgs],
    labels: {
      'org.opencontainers.image.source': `${run.serverUrl}/${run.repository}`,
      'org.opencontainers.image.revision': run.sha,
      'org.opencontainers.image.version': staging ? `dev-${run.sha.slice(0, 7)}` : inputs.version,
      'org.opencontainers.image.created': run.now,
      'org.opencontainers.image.title': operator.name
    },
    platforms: inputs.platforms,
    cacheScope: `${operator.name}-${inputs.environment}`,
    reason
  }
}

/** Staging: `dev`, `dev-<sha7>`. Production: `<version>`, `<major>.<minor>`, `latest`; a prerelease only its own tag. */
export function computeTags(
  environment: 'staging' | 'production',
  sha: string,
  version: string
): string[] {
  if (environment === 'staging') return ['dev', `dev-${sha.slice(0, 7)}`]
  const parsed = parse(version)
  if (!parsed)
    throw new ConfigurationError(
      `Input "version" is "${version}"; accepted: a semantic version such as 1.4.2.`
    )
  const tags =
    parsed.prerelease.length > 0
      ? [parsed.version]
      : [parsed.version, `${parsed.major}.${parsed.minor}`, 'latest']
  for (const tag of tags)
    if (!TAG.test(tag)) throw new ConfigurationError(`The tag "${tag}" is not a valid image tag.`)
  return tags
}
