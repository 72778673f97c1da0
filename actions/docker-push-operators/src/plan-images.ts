import parse from 'semver/functions/parse.js'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Operator } from './discover-operators.js'
import type { DockerPushInputs } from './inputs.js'

export interface ImagePlan {
  operator: string
  /** `build`, or `promote`: the previous version's image gets this release's tags. */
  action: 'build' | 'promote'
  /** For `promote`: the version whose image is reused. */
  promoteFrom: string | undefined
  /** `<registry>/<namespace>/<prefix><operator>`, lower case. */
  image: string
  /** Tag names (`dev`, `dev-abc1234`; or `1.4.2`, `1.4`, `latest`). */
  tags: string[]
  /** The one tag that names this commit's image for good (`1.4.2`, `dev-abc1234`). */
  fixedTag: string
  /** Tags that move from release to release (`1.4`, `latest`; `dev`): set after every fixed tag. */
  floatingTags: string[]
  /** Build context and Dockerfile, relative to the workspace. */
  context: string
  dockerfile: string
  buildArgs: string[]
  /** The commit's time in seconds: every timestamp the engine writes into the image. */
  sourceDateEpoch: number
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
  /** The commit's time, ISO 8601: the image's `created`, so a rebuild of a commit is the same image. */
  committedAt: string
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
  const fixedTag = staging ? `dev-${run.sha.slice(0, 7)}` : tags[0]!
  return {
    operator: operator.name,
    action: 'build',
    promoteFrom: undefined,
    image: `${inputs.registry}/${inputs.namespace}/${name}`,
    tags,
    fixedTag,
    floatingTags: tags.filter((tag) => tag !== fixedTag),
    context: inputs.context === 'operator' ? operator.dir : '.',
    dockerfile: operator.dockerfile,
    buildArgs: [`${inputs.devRequirementsArg}=${staging}`, ...inputs.buildArgs],
    sourceDateEpoch: Math.floor(Date.parse(run.committedAt) / 1000),
    labels: {
      'org.opencontainers.image.source': `${run.serverUrl}/${run.repository}`,
      'org.opencontainers.image.revision': run.sha,
      'org.opencontainers.image.version': staging ? `dev-${run.sha.slice(0, 7)}` : inputs.version,
      'org.opencontainers.image.created': run.committedAt,
      'org.opencontainers.image.title': operator.name
    },
    platforms: inputs.platforms,
    cacheScope: `${operator.name}-${inputs.environment}`,
    reason
  }
}

/** Folders whose image names are the same (`Api` and `api`, or once prefixed) → an error naming them. */
export function assertDistinctImages(operators: Operator[], imagePrefix: string): void {
  const byImage = new Map<string, string[]>()
  for (const { name } of operators) {
    const image = `${imagePrefix}${name}`.toLowerCase()
    byImage.set(image, [...(byImage.get(image) ?? []), name])
  }
  const clashes = [...byImage].filter(([, names]) => names.length > 1)
  if (clashes.length > 0) {
    throw new ConfigurationError(
      `Operator folders ${clashes.map(([image, names]) => `${names.join(' and ')} (both ${image})`).join('; ')} push to the same image; rename one so each operator has its own image.`
    )
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
