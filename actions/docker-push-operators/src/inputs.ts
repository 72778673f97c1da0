import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'
import { parseBuildArgs } from './build-args.js'
import { checkBaseInput } from './ref-names.js'

export type Environment = 'staging' | 'production'
export type Engine = 'docker' | 'podman'

export interface DockerPushInputs {
  registry: string
  namespace: string
  username: string
  password: string
  operators: 'auto' | string[]
  /** Relative to the workspace, links resolved, posix; `.` for the workspace itself. */
  operatorsDir: string
  imagePrefix: string
  environment: Environment
  /** Semver, without a leading v; '' for staging. */
  version: string
  devRequirementsArg: string
  /** `KEY=VALUE` each. */
  buildArgs: string[]
  context: 'operator' | 'repository'
  changedOnly: boolean
  /** A commit id, tag or branch to compare with (checked by checkBaseInput); '' means: from the event. */
  base: string
  sharedPaths: string[]
  platforms: string[]
  engine: Engine
  cache: 'gha' | 'none'
  push: boolean
  maxParallel: number
  mode: 'build' | 'plan'
  dryRun: boolean
  /** Production pushes only from a commit that carries the version's tag. */
  requireVersionTag: boolean
}

const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$/i
const NAMESPACE =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/

export function readDockerPushInputs(input: InputReader, workspace: string): DockerPushInputs {
  const environment = input.choice('environment', ['staging', 'production'] as const, 'staging')
  const version = input.semver('version')
  if (environment === 'production' && !version) {
    throw new ConfigurationError(
      'Input "version" is required for environment production; accepted: a semantic version such as 1.4.2.',
      'Pass the version tag-release made: `version: ${{ needs.release.outputs.version }}`.'
    )
  }
  const registry = input.string('registry', 'docker.io')
  if (!REGISTRY.test(registry)) {
    throw new ConfigurationError(
      `Input "registry" is "${registry}"; accepted: a registry host such as docker.io, ghcr.io or registry.example.com:5000.`
    )
  }
  const namespace = input
    .required('namespace', '(the user or organisation images go under, e.g. "acme")')
    .toLowerCase()
  if (!NAMESPACE.test(namespace)) {
    throw new ConfigurationError(
      `Input "namespace" is "${namespace}"; accepted: lower-case letters, digits and . _ - separators, such as "acme" or "acme/team".`
    )
  }
  const engine = input.choice('engine', ['docker', 'podman'] as const, 'docker')
  const platforms = input.list('platforms')
  for (const platform of platforms) {
    if (!PLATFORM.test(platform))
      throw new ConfigurationError(
        `Input "platforms" has "${platform}"; accepted: os/arch such as linux/amd64 or linux/arm64.`
      )
  }
  if (engine === 'podman' && platforms.length > 1) {
    throw new ConfigurationError(
      'Input "platforms" lists several platforms; accepted with engine podman: one (use engine docker for multi-platform images).'
    )
  }
  const buildArgs = parseBuildArgs(input.string('build-args'))
  const base = checkBaseInput(input.string('base'))
  const operatorsDir = resolveOperatorsDir(input.string('operators-dir', 'operators'), workspace)
  const operators = input.list('operators')
  const username = input.string('username')
  const password = input.secret('password')
  if (Boolean(username) !== Boolean(password)) {
    throw new ConfigurationError(
      'Inputs "username" and "password" go together; accepted: both, or neither (already logged in).'
    )
  }
  const cache = input.choice(
    'cache',
    ['gha', 'none'] as const,
    engine === 'docker' ? 'gha' : 'none'
  )
  if (cache === 'gha' && engine === 'podman') {
    throw new ConfigurationError(
      'Input "cache" is "gha" with engine podman; accepted with podman: none.'
    )
  }
  return {
    registry: registry.toLowerCase(),
    namespace,
    username,
    password,
    operators:
      operators.length === 0 || (operators.length === 1 && operators[0] === 'auto')
        ? 'auto'
        : operators,
    operatorsDir,
    imagePrefix: input.string('image-prefix').toLowerCase(),
    environment,
    version,
    devRequirementsArg: input.string('dev-requirements-arg', 'INSTALL_DEV'),
    buildArgs,
    context: input.choice('context', ['operator', 'repository'] as const, 'operator'),
    changedOnly: input.boolean('changed-only', true),
    base,
    sharedPaths: input.list('shared-paths'),
    platforms,
    engine,
    cache,
    push: input.boolean('push', true),
    maxParallel: input.wholeNumber('max-parallel', 2, 1, 64),
    mode: input.choice('mode', ['build', 'plan'] as const, 'build'),
    dryRun: input.boolean('dry-run', false),
    requireVersionTag: input.boolean('require-version-tag', true)
  }
}

/**
 * `operators-dir` as a folder inside the workspace, links resolved: the action reads every
 * Dockerfile and requirements file under it, so it must be the repository's.
 */
function resolveOperatorsDir(value: string, workspace: string): string {
  const accepted =
    'accepted: a folder inside the workspace (GITHUB_WORKSPACE), relative to it, such as operators'
  let root: string
  let real: string
  try {
    root = realpathSync(workspace)
    real = realpathSync(path.resolve(workspace, value))
  } catch {
    throw new ConfigurationError(
      `Input "operators-dir" is "${value}", which is no folder in the workspace; ${accepted}.`
    )
  }
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
    throw new ConfigurationError(
      `Input "operators-dir" is "${value}", which is ${real}, outside the workspace ${root}; ${accepted}.`
    )
  }
  if (!statSync(real).isDirectory()) {
    throw new ConfigurationError(
      `Input "operators-dir" is "${value}", which is no folder in the workspace; ${accepted}.`
    )
  }
  return path.relative(root, real).split(path.sep).join('/') || '.'
}
