// Rules a workflow example in a README broke before (issue #18), which hold for the starters too:
// pushing to ghcr.io needs `packages: write`, a repository file runs only after a checkout, and
// tag-release's version reaches the actions that act on it only when there is one. Plus: our
// actions used as their action.yml declares them, third-party actions pinned. Each returns
// problems as text; none means the workflow passes.
import { checkWorkflowContract } from './workflow-policy.js'

export interface Step {
  id?: string
  if?: unknown
  uses?: string
  run?: string
  with?: Record<string, unknown>
}

export interface Job {
  if?: unknown
  needs?: string | string[]
  permissions?: unknown
  env?: Record<string, unknown>
  outputs?: Record<string, unknown>
  steps?: Step[]
  'runs-on'?: unknown
}

export interface Workflow {
  on?: unknown
  permissions?: unknown
  env?: Record<string, unknown>
  jobs?: Record<string, Job>
}

/** `<owner>/release-actions/actions/<name>@…` (any owner) or `./actions/<name>`. */
const OWN_ACTION = /^(?:([\w.-]+\/release-actions)\/|\.\/)actions\/([a-z0-9-]+)(?:@|$)/

export function ownActionName(uses: string | undefined): string | undefined {
  return OWN_ACTION.exec(uses ?? '')?.[2]
}

/** checkWorkflowContract for each `<owner>/release-actions` the workflow spells (default `org`). */
export function checkOwnActions(text: string, workflow: Workflow, root: string): string[] {
  const repos = new Set(allSteps(workflow).map((step) => OWN_ACTION.exec(step.uses ?? '')?.[1]))
  repos.delete(undefined)
  if (repos.size === 0) repos.add('org/release-actions')
  return [...new Set([...repos].flatMap((repo) => checkWorkflowContract(text, root, repo)))]
}

/** GitHub's container registry takes a push with the job's token only with `packages: write`. */
export function checkGhcrPushPermission(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([name, job]) => {
    const env = { ...workflow.env, ...job.env }
    const index = (job.steps ?? []).findIndex((step) => pushesToGhcr(step, env))
    const permissions = job.permissions ?? workflow.permissions
    const granted =
      permissions === 'write-all' || (isObject(permissions) && permissions.packages === 'write')
    return index < 0 || granted
      ? []
      : [
          `job ${name}: step ${index + 1} pushes images to ghcr.io, but the job's token has no packages: write (add it to the job's permissions)`
        ]
  })
}

/**
 * docker-push-operators pushing (not `mode: plan`, `dry-run: true` or `push: false`) to ghcr.io
 * or a registry an expression picks; or a `docker`/`podman push` of a ghcr.io image. A login
 * alone is not counted: pulling private images logs in too, with `packages: read`.
 */
function pushesToGhcr(step: Step, env: Record<string, unknown>): boolean {
  if (step.run) return /\b(?:docker|podman)\s+(?:image\s+)?push\b[^\n]*\bghcr\.io\//.test(step.run)
  if (ownActionName(step.uses) !== 'docker-push-operators') return false
  const input = (name: string, fallback: string) => String(step.with?.[name] ?? fallback).trim()
  if (input('mode', 'build') === 'plan' || input('dry-run', 'false') === 'true') return false
  if (input('push', 'true') === 'false') return false
  // `${{ env.NAME }}` is read from env:; any other expression (or an unset NAME) may be ghcr.io.
  const fromEnv = /^\$\{\{\s*env\.([\w-]+)\s*\}\}$/.exec(input('registry', 'docker.io'))
  const registry = String((fromEnv && env[fromEnv[1]!]) ?? input('registry', 'docker.io'))
  return registry.includes('${{') || /^ghcr\.io(?:\/|$)/.test(registry)
}

/** A command that runs a file of the repository: `./x`, `bash x.sh`, `python x.py`, `make`. */
const RUNS_REPOSITORY_FILE =
  /^(?:\.\/\S+|(?:bash|sh|python3?|node|source|\.)\s+[^\s$/~-]\S*|make\b)/

/** Our actions that read the checked-out repository (operators, code, the locustfile). */
const READ_THE_CHECKOUT = ['docker-push-operators', 'security-gate', 'load-check']

/** A step that runs or reads a file of the repository comes after an actions/checkout step. */
export function checkCheckoutFirst(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([name, job]) => {
    const steps = job.steps ?? []
    const checkout = steps.findIndex((step) => /^actions\/checkout@/.test(step.uses ?? ''))
    const before = checkout < 0 ? steps : steps.slice(0, checkout)
    return before.flatMap((step, index) => {
      const action = ownActionName(step.uses)
      const needs = action && READ_THE_CHECKOUT.includes(action) ? action : runsFile(step.run)
      return needs
        ? [
            `job ${name}: step ${index + 1} runs ${needs}, which reads the repository, with no actions/checkout step before it`
          ]
        : []
    })
  })
}

function runsFile(script: string | undefined): string | undefined {
  const commands = (script ?? '').split(/\n|&&|\|\||;|\|/).map((part) => part.trim())
  const command = commands.find((part) => RUNS_REPOSITORY_FILE.test(part))
  return command && `\`${command}\``
}

/** Why each of our actions must not get an empty version. */
const NEEDS_A_VERSION: Record<string, string> = {
  'sync-branches': 'it would open or update the release pull request all the same',
  'docker-push-operators': 'production refuses an empty version and fails the run'
}

/**
 * tag-release's `version` and `tag` are empty when nothing is released (release:skip, nothing
 * new). A step of {@link NEEDS_A_VERSION} that is passed one (from a step of its job, or through
 * the job output of a job it needs) runs only when it is set: its `if:` or its job's says
 * `<that value> != ''` (weekly-release's guard) or, for a needed job's output, `<its latest>
 * == 'true'` (merge-main's: tag-release says `latest` is true only for a version).
 */
export function checkVersionGuards(workflow: Workflow): string[] {
  return jobsOf(workflow).flatMap(([name, job]) => {
    const values = readReleaseValues(workflow, job)
    return (job.steps ?? []).flatMap((step, index) => {
      const action = ownActionName(step.uses) ?? ''
      if (!(action in NEEDS_A_VERSION)) return []
      const passed = JSON.stringify(step.with ?? {})
      const guard = `${String(job.if ?? '')} ${String(step.if ?? '')}`
        .replace(/\s+/g, ' ')
        .replaceAll('"', "'")
      return [...values]
        .filter(([value]) => mentions(passed, value))
        .filter(
          ([value, latest]) =>
            !guard.includes(`${value} != ''`) && !(latest && guard.includes(`${latest} == 'true'`))
        )
        .map(
          ([value]) =>
            `job ${name}: step ${index + 1} passes ${value} to ${action} without if: ${value} != '' (tag-release leaves it empty when nothing is released, and ${NEEDS_A_VERSION[action]})`
        )
    })
  })
}

/** The expressions holding tag-release's version or tag, each with its job's `latest` output. */
function readReleaseValues(workflow: Workflow, job: Job): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>()
  const tagSteps = (of: Job | undefined) =>
    (of?.steps ?? []).filter((step) => ownActionName(step.uses) === 'tag-release' && step.id)
  for (const step of tagSteps(job)) {
    values.set(`steps.${step.id}.outputs.version`, undefined)
    values.set(`steps.${step.id}.outputs.tag`, undefined)
  }
  for (const needed of [job.needs ?? []].flat()) {
    const outputs = Object.entries(workflow.jobs?.[needed]?.outputs ?? {})
    for (const step of tagSteps(workflow.jobs?.[needed])) {
      const named = (output: string) =>
        outputs
          .filter(([, value]) => mentions(String(value), `steps.${step.id}.outputs.${output}`))
          .map(([key]) => `needs.${needed}.outputs.${key}`)
      const latest = named('latest')[0]
      for (const value of [...named('version'), ...named('tag')]) values.set(value, latest)
    }
  }
  return values
}

/** `text` names `path` itself (`steps.tag.outputs.tag`, not `….tag-name`). */
function mentions(text: string, path: string): boolean {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`).test(text)
}

function jobsOf(workflow: Workflow): [string, Job][] {
  return Object.entries(workflow.jobs ?? {})
}

function allSteps(workflow: Workflow): Step[] {
  return jobsOf(workflow).flatMap(([, job]) => job.steps ?? [])
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
