import { which } from '@actions/io'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { createGit } from '../../../src/lib/git.js'
import compareVersions from 'semver/functions/compare.js'
import prerelease from 'semver/functions/prerelease.js'
import valid from 'semver/functions/valid.js'
import type { Git } from '../../../src/lib/git.js'
import { buildImages } from './build-images.js'
import { detectChanges, readEventBase } from './detect-changes.js'
import {
  discoverOperators,
  nameImageArg,
  pickOperators,
  type Operator
} from './discover-operators.js'
import { buildDockerArgv, buildPodmanArgv } from './engine-argv.js'
import type { DockerPushInputs } from './inputs.js'
import { assertDistinctImages, planImage, type ImagePlan, type RunFacts } from './plan-images.js'
import { publishImages, type PublishedImage } from './publish-images.js'
import type { RegistryAccess } from './read-registry.js'
import { closeRegistryAuth, openRegistryAuth, type RegistryAuthContext } from './registry-auth.js'
import { requireReleaseTag } from './require-release-tag.js'
import { selectOperators, sortByDependencies, type Selection } from './select-operators.js'

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
  built: PublishedImage[]
  /** Why the selection is what it is (the change detection's word). */
  basis: string
  /** The engine commands a dry run would have run. */
  commands: string[]
  warnings: string[]
}

export async function pushOperators(
  inputs: DockerPushInputs,
  context: PushContext
): Promise<PushResult> {
  const all = discoverOperators(context.workspace, inputs.operatorsDir, inputs.imagePrefix)
  assertDistinctImages(all, inputs.imagePrefix)
  const candidates = pickOperators(all, inputs.operators)
  const git = createGit({ cwd: context.workspace, runner: context.run })
  const facts = await readCheckedOutCommit(git, context.facts)
  const from = await resolveBase(inputs, context, git)
  const changes = inputs.changedOnly
    ? await detectChanges(git, from.base, from.why)
    : ({ kind: 'all', reason: 'changed-only is false' } as const)
  const selection = selectOperators(all, candidates, changes, inputs)
  // Production gives every operator the release's tags: what did not change is promoted.
  const promoteFrom =
    inputs.environment === 'production' && inputs.push && changes.kind === 'files'
      ? from.previousVersion
      : undefined
  const plans = planAll(all, selection, promoteFrom, inputs, facts)
  const basis =
    changes.kind === 'all'
      ? changes.reason
      : `${changes.files.length} file(s) changed since ${from.label ?? changes.base.slice(0, 7)}`
  const skipped = promoteFrom ? [] : selection.skipped
  const warnings = warnAboutTagBases(all, plans)
  const result = { plans, skipped, built: [], basis, commands: [], warnings }
  if (inputs.mode === 'plan' || plans.length === 0) return result
  if (inputs.environment === 'production' && inputs.push && inputs.requireVersionTag)
    await requireReleaseTag(git, facts.sha, inputs.version)
  if (inputs.dryRun)
    return { ...result, commands: plans.map((plan) => describeCommand(plan, inputs)) }

  await requireEngine(inputs.engine)
  const dependsOn = new Map(all.map((op) => [op.name, op.dependsOn]))
  const auth = await openRegistryAuth(inputs, context)
  try {
    const publish = { ...context, dependsOn, git, sha: facts.sha, env: auth.env }
    const built = inputs.push
      ? await publishImages(plans, inputs, { ...publish, access: accessOf(inputs, context) })
      : (await buildImages(plans, inputs, { ...publish, ready: new Map() })).map((image) => ({
          ...image,
          floating: []
        }))
    return { ...result, built }
  } finally {
    await closeRegistryAuth(auth, inputs, context)
  }
}

/**
 * What is built is the checked-out commit, which is not GITHUB_SHA when the checkout asked for
 * another ref (a version tag): its sha labels the image and its time stamps it.
 */
async function readCheckedOutCommit(git: Git, facts: RunFacts): Promise<RunFacts> {
  const head = await git.tryRead(['show', '-s', '--format=%H %cI', 'HEAD'])
  const [sha, committedAt] = head?.split(' ') ?? []
  return { ...facts, sha: sha || facts.sha, committedAt: committedAt || facts.committedAt }
}

/** A Dockerfile that builds FROM another operator's tag gets the old image: say how to fix it. */
function warnAboutTagBases(all: Operator[], plans: ImagePlan[]): string[] {
  const planned = new Set(plans.map((plan) => plan.operator))
  return all
    .filter((op) => planned.has(op.name))
    .flatMap((op) =>
      op.fromByTag
        .filter((dep) => planned.has(dep))
        .map(
          (dep) =>
            `${op.dockerfile} builds FROM ${dep}'s image by a tag, which moves only after the whole set is pushed, so ${op.name} gets the previous ${dep}. Use \`ARG ${nameImageArg(dep)}\` and \`FROM \${${nameImageArg(dep)}}\`: the action passes this run's ${dep} by digest.`
        )
    )
}

/** Builds for the selected operators; with `promoteFrom`, promotions for the rest; in build order. */
function planAll(
  all: Operator[],
  selection: Selection,
  promoteFrom: string | undefined,
  inputs: DockerPushInputs,
  facts: RunFacts
): ImagePlan[] {
  const reasons = new Map(selection.selected.map((s) => [s.operator.name, s.reason]))
  if (promoteFrom)
    for (const skip of selection.skipped)
      reasons.set(skip.operator, `unchanged since ${promoteFrom}: ${skip.reason}`)
  return sortByDependencies(all.filter((op) => reasons.has(op.name))).map((operator) => {
    const plan = planImage(operator, reasons.get(operator.name)!, inputs, facts)
    const promoted = promoteFrom && !selection.selected.some((s) => s.operator === operator)
    return promoted ? { ...plan, action: 'promote' as const, promoteFrom } : plan
  })
}

/**
 * The commit to compare with: the input; in production the previous version's tag (the highest
 * version tag below this one); else the event's. A version tag as base names the version to
 * promote from.
 */
async function resolveBase(
  inputs: DockerPushInputs,
  context: PushContext,
  git: Git
): Promise<{ base?: string; why?: string; previousVersion?: string; label?: string }> {
  if (inputs.base) {
    const previousVersion = readTagVersion(inputs.base)
    return { base: inputs.base, previousVersion, label: previousVersion && inputs.base }
  }
  if (inputs.environment === 'production') {
    const tags = ((await git.tryRead(['tag', '--list'])) ?? '').split('\n').filter(Boolean)
    const below = tags
      .map((tag) => ({ tag, version: readTagVersion(tag) }))
      .filter(
        (t) => t.version && !prerelease(t.version) && compareVersions(t.version, inputs.version) < 0
      )
      .sort((a, b) => compareVersions(b.version!, a.version!))[0]
    if (below) return { base: below.tag, previousVersion: below.version, label: below.tag }
  }
  return readEventBase(context.eventName, context.eventPath)
}

/** `v1.4.2`, `1.4.2`, `api/v1.4.2` → `1.4.2`; anything else → undefined. */
export function readTagVersion(tag: string): string | undefined {
  const match = /(?:^|[^\d.])(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag)
  return match?.[1] && valid(match[1]) ? match[1] : undefined
}

function accessOf(inputs: DockerPushInputs, context: PushContext): RegistryAccess {
  return {
    registry: inputs.registry,
    username: inputs.username,
    password: inputs.password,
    sleep: context.sleep
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
  if (plan.action === 'promote')
    return `# promote ${plan.image}:${plan.promoteFrom} as ${plan.tags.join(', ')} (a manifest copy in the registry)`
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
