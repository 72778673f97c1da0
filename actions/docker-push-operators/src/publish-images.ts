import type { Git } from '../../../src/lib/git.js'
import { buildImages, type BuildContext, type BuiltImage } from './build-images.js'
import {
  decideDevMove,
  decideProductionMoves,
  type DevAncestry,
  type FloatingDecision
} from './decide-floating-tags.js'
import type { DockerPushInputs } from './inputs.js'
import { checkAncestor } from './git-revisions.js'
import type { ImagePlan } from './plan-images.js'
import { listRemoteTags, readRemoteImage, type RegistryAccess } from './read-registry.js'
import { errorMessage } from '../../../src/lib/errors.js'
import { copyTags } from './write-registry.js'

export interface PublishedImage extends BuiltImage {
  /** What happened to each floating tag (moved, or why it stayed). */
  floating: FloatingDecision[]
}

export interface PublishContext extends Omit<BuildContext, 'ready'> {
  git: Git
  sha: string
  access: RegistryAccess
}

/**
 * One consistent set: each operator's fixed tag is settled first (kept when it already holds
 * this run's image, the previous version's image promoted, or built), and only when every one is
 * in place do the floating tags move, each only forward.
 */
export async function publishImages(
  plans: ImagePlan[],
  inputs: DockerPushInputs,
  context: PublishContext
): Promise<PublishedImage[]> {
  const settled = new Map<string, BuiltImage>()
  const toBuild: ImagePlan[] = []
  for (const plan of plans) {
    const result = await settleExisting(plan, inputs, context)
    if (result === 'build') toBuild.push({ ...plan, action: 'build', promoteFrom: undefined })
    else settled.set(plan.operator, result)
  }
  const ready = new Map(
    [...settled.values()]
      .filter((image) => !image.error)
      .map((image) => [image.operator, `${image.image}@${image.digest}`])
  )
  const built = await buildImages(toBuild, inputs, { ...context, ready })
  for (const image of built) settled.set(image.operator, image)
  const images = plans.map((plan) => settled.get(plan.operator)!)
  if (images.some((image) => image.error)) {
    return images.map((image) => ({
      ...image,
      tags: image.error ? [] : [fixedTagOf(plans, image)],
      floating: floatingOf(plans, image).map((tag) => ({
        tag,
        move: false,
        why: 'stays: not every operator of this run is in place'
      }))
    }))
  }
  const published: PublishedImage[] = []
  for (const image of images) published.push(await moveFloatingTags(plans, image, inputs, context))
  return published
}

/** `build`, or the operator's image without building: unchanged (a rerun), promoted, or refused. */
async function settleExisting(
  plan: ImagePlan,
  inputs: DockerPushInputs,
  context: PublishContext
): Promise<BuiltImage | 'build'> {
  const repository = repositoryOf(plan, inputs)
  const base = { operator: plan.operator, image: plan.image, tags: plan.tags }
  try {
    const previous =
      plan.action === 'promote' && plan.promoteFrom
        ? await readRemoteImage(repository, plan.promoteFrom, context.access)
        : undefined
    const existing = await readRemoteImage(repository, plan.fixedTag, context.access)
    if (existing) {
      const revision = existing.labels['org.opencontainers.image.revision'] ?? ''
      if (revision === context.sha)
        return { ...base, digest: existing.digest, status: 'unchanged', error: undefined }
      if (previous && existing.digest === previous.digest)
        return {
          ...base,
          digest: existing.digest,
          status: 'unchanged',
          promotedFrom: plan.promoteFrom,
          error: undefined
        }
      return {
        ...base,
        digest: '',
        status: 'built',
        error: `${plan.image}:${plan.fixedTag} already exists from commit ${revision.slice(0, 12) || '(no revision label)'}, not this run's ${context.sha.slice(0, 12)}: a version tag is never overwritten; release a new version instead`
      }
    }
    if (!previous) return 'build'
    context.log(`Promoting ${plan.operator}: ${plan.image}:${plan.promoteFrom} → ${plan.fixedTag}`)
    const digest = await copyTags(repository, previous.digest, [plan.fixedTag], context.access)
    return { ...base, digest, status: 'promoted', promotedFrom: plan.promoteFrom, error: undefined }
  } catch (error) {
    return { ...base, digest: '', status: 'built', error: errorMessage(error) }
  }
}

async function moveFloatingTags(
  plans: ImagePlan[],
  image: BuiltImage,
  inputs: DockerPushInputs,
  context: PublishContext
): Promise<PublishedImage> {
  const repository = repositoryOf(image, inputs)
  const floating = floatingOf(plans, image)
  const fixed = fixedTagOf(plans, image)
  try {
    const decisions =
      inputs.environment === 'production'
        ? decideProductionMoves(
            inputs.version,
            floating,
            await listRemoteTags(repository, context.access)
          )
        : await Promise.all(floating.map(() => decideDev(repository, context)))
    const moving = decisions.filter((d) => d.move).map((d) => d.tag)
    if (moving.length > 0) await copyTags(repository, image.digest, moving, context.access)
    const held = new Set([fixed, ...decisions.filter((d) => d.move).map((d) => d.tag)])
    return { ...image, tags: image.tags.filter((tag) => held.has(tag)), floating: decisions }
  } catch (error) {
    return {
      ...image,
      tags: [fixed],
      floating: [],
      error: `${image.image}:${fixed} is pushed, but its floating tags could not be moved: ${errorMessage(error)}`
    }
  }
}

async function decideDev(repository: string, context: PublishContext): Promise<FloatingDecision> {
  const current = await readRemoteImage(repository, 'dev', context.access)
  const revision = current?.labels['org.opencontainers.image.revision'] ?? ''
  return decideDevMove(await relate(current ? revision : undefined, context), revision)
}

/** Whether `revision` is this run's commit or in its history, fetching history when shallow. */
async function relate(revision: string | undefined, context: PublishContext): Promise<DevAncestry> {
  if (revision === undefined) return 'absent'
  if (revision === context.sha) return 'same'
  if (!/^[0-9a-f]{40,64}$/.test(revision)) return 'unknown'
  const ask = () => checkAncestor(context.git, revision, context.sha)
  const first = await ask()
  const shallow = (await context.git.tryRead(['rev-parse', '--is-shallow-repository'])) === 'true'
  if (first === 'ancestor' || (!shallow && first === 'not-ancestor')) return first
  // A shallow clone answers "not an ancestor" for history it lacks: fetch it, then ask again.
  await context.git.run(['fetch', '--no-tags', '--unshallow', 'origin'], {
    allowFailure: true,
    silent: true
  })
  return ask()
}

function repositoryOf(image: { image: string }, inputs: DockerPushInputs): string {
  return image.image.slice(inputs.registry.length + 1)
}

function fixedTagOf(plans: ImagePlan[], image: BuiltImage): string {
  return plans.find((plan) => plan.operator === image.operator)!.fixedTag
}

function floatingOf(plans: ImagePlan[], image: BuiltImage): string[] {
  return plans.find((plan) => plan.operator === image.operator)!.floatingTags
}
