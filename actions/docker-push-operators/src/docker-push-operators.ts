import { which } from '@actions/io'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { createGit } from '../../../src/lib/git.js'
import { buildImages, type BuiltImage } from './build-images.js'
import { detectChanges, readEventBase } from './detect-changes.js'
import { discoverOperators, pickOperators } from './discover-operators.js'
import { buildDockerArgv, buildPodmanArgv } from './engine-argv.js'
import type { DockerPushInputs } from './inputs.js'
import { planImage, type ImagePlan, type RunFacts } from './plan-images.js'
import { readRemoteImage, type RemoteImage } from './read-registry.js'
import { closeRegistryAuth, openRegistryAuth, type RegistryAuthContext } from './registry-auth.js'
import { selectOperators, type Selection } from './select-operators.js'

export interface PushContext extends RegistryAuthContext {
  run: CommandRunner
  workspace: string
  tempDir: string
  eventName: string
  eventPath: string | undefined
  facts: RunFacts
  sleep: (ms: number) => Promise<void>
  log: (message: string) => void
}

export interface PushResult {
  plans: ImagePlan[]
  skipped: Selection['skipped']
  /** Empty in plan mode and dry runs. */
  built: BuiltImage[]
  /** Why the selection is what it is (the change detection's word). */
  basis: string
  /** The engine commands a dry run would have run. */
  commands: string[]
}

export async function pushOperators(
  inputs: DockerPushInputs,
  context: PushContext
): Promise<PushResult> {
  const all = discoverOperators(context.workspace, inputs.operatorsDir, inputs.imagePrefix)
  const candidates = pickOperators(all, inputs.operators)
  const fromEvent = inputs.base
    ? { base: inputs.base }
    : readEventBase(context.eventName, context.eventPath)
  const changes = inputs.changedOnly
    ? await detectChanges(
        createGit({ cwd: context.workspace, runner: context.run }),
        fromEvent.base,
        fromEvent.why
      )
    : ({ kind: 'all', reason: 'changed-only is false' } as const)
  const selection = selectOperators(all, candidates, changes, inputs)
  const plans = selection.selected.map(({ operator, reason }) =>
    planImage(operator, reason, inputs, context.facts)
  )
  const basis =
    changes.kind === 'all'
      ? changes.reason
      : `${changes.files.length} file(s) changed since ${changes.base.slice(0, 7)}`
  const result = { plans, skipped: selection.skipped, built: [], basis, commands: [] }
  if (inputs.mode === 'plan' || plans.length === 0) return result
  if (inputs.dryRun)
    return { ...result, commands: plans.map((plan) => describeCommand(plan, inputs)) }

  await requireEngine(inputs.engine)
  const dependsOn = new Map(all.map((op) => [op.name, op.dependsOn]))
  const auth = await openRegistryAuth(inputs, context)
  try {
    const released = await findReleasedImages(plans, inputs, context)
    const toBuild = plans.filter((plan) => !released.has(plan.operator))
    const built = await buildImages(toBuild, inputs, { ...context, dependsOn, env: auth.env })
    return {
      ...result,
      built: plans.map(
        (plan) => released.get(plan.operator) ?? built.find((b) => b.operator === plan.operator)!
      )
    }
  } finally {
    await closeRegistryAuth(auth, inputs, context)
  }
}

/**
 * A version tag is immutable: where `<image>:<version>` exists already, this commit's is kept
 * (`unchanged`, nothing rebuilt or pushed) and another commit's is refused.
 */
async function findReleasedImages(
  plans: ImagePlan[],
  inputs: DockerPushInputs,
  context: PushContext
): Promise<Map<string, BuiltImage>> {
  const released = new Map<string, BuiltImage>()
  if (inputs.environment !== 'production' || !inputs.push) return released
  for (const plan of plans) {
    const repository = plan.image.slice(inputs.registry.length + 1)
    const remote = await readRemoteImage(repository, inputs.version, {
      registry: inputs.registry,
      username: inputs.username,
      password: inputs.password,
      sleep: context.sleep
    })
    if (!remote) continue
    released.set(plan.operator, judgeReleased(plan, inputs.version, remote, context.facts.sha))
  }
  return released
}

function judgeReleased(
  plan: ImagePlan,
  version: string,
  remote: RemoteImage,
  sha: string
): BuiltImage {
  const revision = remote.labels['org.opencontainers.image.revision'] ?? ''
  const base = {
    operator: plan.operator,
    image: plan.image,
    tags: plan.tags,
    digest: remote.digest
  }
  if (revision === sha) return { ...base, status: 'unchanged', error: undefined }
  return {
    ...base,
    digest: '',
    status: 'built',
    error: `${plan.image}:${version} already exists from commit ${revision.slice(0, 12) || '(no revision label)'}, not this run's ${sha.slice(0, 12)}: a version tag is never overwritten; release a new version instead`
  }
}

async function requireEngine(engine: string): Promise<void> {
  if (!(await which(engine, false))) {
    throw new ConfigurationError(
      `Input "engine" is "${engine}", but ${engine} is not on PATH.`,
      engine === 'docker'
        ? 'Run docker/setup-buildx-action first, or use engine: podman.'
        : 'Install podman, or use engine: docker.'
    )
  }
}

function describeCommand(plan: ImagePlan, inputs: DockerPushInputs): string {
  const argv =
    inputs.engine === 'docker'
      ? buildDockerArgv(plan, {
          cache: inputs.cache,
          push: inputs.push,
          metadataFile: '<metadata-file>'
        })
      : buildPodmanArgv(plan)
  return [inputs.engine, ...argv]
    .map((arg) => (/[\s"']/.test(arg) ? JSON.stringify(arg) : arg))
    .join(' ')
}
