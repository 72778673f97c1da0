import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { nameImageArg } from './discover-operators.js'
import { buildDockerArgv, buildPodmanArgv, buildPodmanPushArgv } from './engine-argv.js'
import type { DockerPushInputs } from './inputs.js'
import type { ImagePlan } from './plan-images.js'

export interface BuiltImage {
  operator: string
  image: string
  tags: string[]
  /** The pushed manifest's digest; '' when nothing was pushed. */
  digest: string
  /**
   * `built`; `promoted`: the previous version's image, given this release's tags; `unchanged`:
   * the fixed tag already held this run's image (a rerun), nothing rebuilt or rewritten.
   */
  status: 'built' | 'promoted' | 'unchanged'
  /** For `promoted`: the version whose image it is. */
  promotedFrom?: string
  error: string | undefined
}

export interface BuildContext {
  run: CommandRunner
  /** Environment of every engine command (the registry login's). */
  env?: Record<string, string>
  workspace: string
  tempDir: string
  sleep: (ms: number) => Promise<void>
  log: (message: string) => void
  /** Which operators each operator builds on (only those being built matter). */
  dependsOn: Map<string, string[]>
  /** Images already in place for this run (promoted, unchanged): operator → `image@digest`. */
  ready: Map<string, string>
}

// Registry hiccups worth another try, and refusals that never get better by trying again.
const TRANSIENT =
  /\b(5\d\d|429)\b|too ?many ?requests|timed? ?out|timeout|connection reset|broken pipe|\bEOF\b|temporar/i
const REFUSED = /unauthori[sz]ed|authentication required|\b40[13]\b|denied|forbidden/i
const PUSH_ATTEMPTS = 3

/**
 * Builds every plan, at most `max-parallel` at once and never before what it builds on; a failure
 * stops only its dependents, never the others' pushes.
 */
export async function buildImages(
  plans: ImagePlan[],
  inputs: DockerPushInputs,
  context: BuildContext
): Promise<BuiltImage[]> {
  const results = new Map<string, BuiltImage>()
  const running = new Map<string, Promise<void>>()
  const pending = [...plans]
  const names = new Set(plans.map((p) => p.operator))
  const depsOf = (plan: ImagePlan) =>
    (context.dependsOn.get(plan.operator) ?? []).filter((d) => names.has(d))

  while (pending.length > 0 || running.size > 0) {
    const ready = pending.filter((plan) => depsOf(plan).every((dep) => results.has(dep)))
    for (const plan of ready) {
      if (running.size >= inputs.maxParallel) break
      pending.splice(pending.indexOf(plan), 1)
      const failedDep = depsOf(plan).find((dep) => results.get(dep)?.error)
      if (failedDep) {
        results.set(
          plan.operator,
          outcome(plan, '', `not built: ${failedDep}, which it builds on, failed`)
        )
        continue
      }
      const job = buildOne(withDependencies(plan, results, context), inputs, context).then(
        (built) => {
          results.set(plan.operator, built)
          running.delete(plan.operator)
        }
      )
      running.set(plan.operator, job)
    }
    if (running.size > 0) await Promise.race(running.values())
    else if (pending.length > 0 && ready.length === 0) {
      throw new Error(
        `cannot order ${pending.map((p) => p.operator).join(', ')}: a dependency is missing`
      )
    }
  }
  return plans.map((plan) => results.get(plan.operator)!)
}

/**
 * `<OTHER>_IMAGE=<image>@<digest>` for each operator this one builds on: the image this run built
 * or promoted, never a floating tag that may still hold another release (or staging's code).
 */
function withDependencies(
  plan: ImagePlan,
  results: Map<string, BuiltImage>,
  context: BuildContext
): ImagePlan {
  const args = (context.dependsOn.get(plan.operator) ?? []).flatMap((dep) => {
    const built = results.get(dep)
    const ref =
      context.ready.get(dep) ??
      (built?.digest
        ? `${built.image}@${built.digest}`
        : built && `${built.image}:${built.tags[0]}`)
    return ref ? [`${nameImageArg(dep)}=${ref}`] : []
  })
  return args.length > 0 ? { ...plan, buildArgs: [...plan.buildArgs, ...args] } : plan
}

async function buildOne(
  plan: ImagePlan,
  inputs: DockerPushInputs,
  context: BuildContext
): Promise<BuiltImage> {
  const temp = mkdtempSync(path.join(context.tempDir, `build-${plan.operator}-`))
  try {
    // A push sends only the fixed tag: floating tags move later, once the whole set is in place.
    const tagged = inputs.push ? { ...plan, tags: [plan.fixedTag] } : plan
    context.log(`Building ${plan.operator} → ${plan.image}:${tagged.tags.join(', ')}`)
    const digest =
      inputs.engine === 'docker'
        ? await buildWithDocker(tagged, inputs, context, temp)
        : await buildWithPodman(tagged, inputs, context, temp)
    return outcome(plan, digest, undefined)
  } catch (error) {
    return outcome(plan, '', errorMessage(error))
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

async function buildWithDocker(
  plan: ImagePlan,
  inputs: DockerPushInputs,
  context: BuildContext,
  temp: string
) {
  const metadataFile = path.join(temp, 'metadata.json')
  const argv = buildDockerArgv(plan, { cache: inputs.cache, push: inputs.push, metadataFile })
  // buildx pushes as part of the build: a transient push failure reruns it, mostly from cache.
  await runWithRetries('docker', argv, `build and push ${plan.operator}`, context)
  const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>
  return inputs.push ? String(metadata['containerimage.digest'] ?? '') : ''
}

async function buildWithPodman(
  plan: ImagePlan,
  inputs: DockerPushInputs,
  context: BuildContext,
  temp: string
) {
  await runOnce('podman', buildPodmanArgv(plan), `build ${plan.operator}`, context)
  if (!inputs.push) return ''
  let digest = ''
  for (const tag of plan.tags) {
    const digestFile = path.join(temp, `digest-${tag}`)
    await runWithRetries(
      'podman',
      buildPodmanPushArgv(`${plan.image}:${tag}`, digestFile),
      `push ${plan.image}:${tag}`,
      context
    )
    digest ||= readFileSync(digestFile, 'utf8').trim()
  }
  return digest
}

async function runOnce(command: string, args: string[], what: string, context: BuildContext) {
  const result = await context.run(command, args, {
    cwd: context.workspace,
    env: context.env,
    allowFailure: true
  })
  if (result.exitCode !== 0) throw new Error(`${what} failed: ${lastLines(result.stderr)}`)
}

async function runWithRetries(
  command: string,
  args: string[],
  what: string,
  context: BuildContext
) {
  for (let attempt = 1; ; attempt++) {
    const result = await context.run(command, args, {
      cwd: context.workspace,
      env: context.env,
      allowFailure: true
    })
    if (result.exitCode === 0) return
    const stderr = lastLines(result.stderr)
    if (REFUSED.test(stderr)) {
      throw new Error(
        `${what}: the registry refused (${stderr}). Check username and password, and that the account may push to this namespace.`
      )
    }
    if (!TRANSIENT.test(stderr) || attempt >= PUSH_ATTEMPTS)
      throw new Error(`${what} failed: ${stderr}`)
    const delay = 2000 * 2 ** (attempt - 1)
    context.log(`${what}: ${stderr}; trying again in ${delay / 1000}s.`)
    await context.sleep(delay)
  }
}

function outcome(plan: ImagePlan, digest: string, error: string | undefined): BuiltImage {
  return {
    operator: plan.operator,
    image: plan.image,
    tags: plan.tags,
    digest,
    status: 'built',
    error
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || '(nothing on stderr)'
}
