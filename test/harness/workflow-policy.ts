// The rules every workflow here and every starter must follow, and the contract between a
// workflow and the actions it calls. Each returns problems as text; none means it passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}

interface Job {
  uses?: string
  permissions?: unknown
  outputs?: Record<string, string>
  steps?: Step[]
  'timeout-minutes'?: unknown
  needs?: string | string[]
}

interface Workflow {
  on?: unknown
  permissions?: unknown
  jobs?: Record<string, Job>
}

const OWN_ACTION = /^(?:org\/release-actions\/|\.\/)actions\/([a-z0-9-]+)(?:@.*)?$/

/** Matches a `uses:` of our actions from `ownRepo` (as `release-actions init` writes them). */
function ownActionPattern(ownRepo: string | undefined): RegExp {
  if (!ownRepo) return OWN_ACTION
  const escaped = ownRepo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^(?:${escaped}/|\\./)actions/([a-z0-9-]+)(?:@.*)?$`)
}

const UNTRUSTED_IN_RUN = /\$\{\{[^}]*\b(github\.event\.|inputs\.|github\.head_ref)[^}]*\}\}/

export function parseWorkflow(text: string): Workflow {
  return YAML.parse(text) as Workflow
}

export function checkWorkflowPolicy(text: string): string[] {
  const workflow = parseWorkflow(text)
  const problems: string[] = []
  if (workflow.permissions === undefined)
    problems.push('no top-level permissions: set them explicitly (least privilege)')
  for (const [where, permissions] of [
    ['top level', workflow.permissions],
    ...Object.entries(workflow.jobs ?? {}).map(
      ([name, job]) => [`job ${name}`, job.permissions] as const
    )
  ] as const) {
    if (permissions === 'write-all' || permissions === 'read-all')
      problems.push(`${where}: permissions ${permissions}; list each permission instead`)
  }
  if (mentionsEvent(workflow.on, 'pull_request_target'))
    problems.push('pull_request_target runs fork code with secrets: use pull_request')
  problems.push(...findUnpinned(text))
  problems.push(...checkPullRequestCodeIsReadOnly(workflow))
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (!job.uses && job['timeout-minutes'] === undefined)
      problems.push(`job ${name} has no timeout-minutes`)
    for (const step of job.steps ?? []) {
      const match = step.run && UNTRUSTED_IN_RUN.exec(step.run)
      if (match)
        problems.push(`job ${name}: \${{ ${match[1]}… }} inside run: pass it through env: instead`)
    }
  }
  return problems
}

/**
 * Events whose runs execute a pull request's code or take its results: `pull_request` and
 * `pull_request_target` check out its merge or head commit, `pull_request_review` and
 * `pull_request_review_comment` run like `pull_request`, and `workflow_run` may follow a pull
 * request's run (a fork's too, whatever its `branches:` filter says: a fork names its own
 * branches), whose artifacts and `head_sha` are the pull request's. Events that run the default
 * branch's code (`issue_comment`, `push`, `schedule`, …) are not among them.
 */
export const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'workflow_run'
]

/**
 * Actions that only move files between jobs and results to GitHub, running nothing of the
 * repository's: on a pull request, a job made of these alone may hold a write permission. Every
 * other step counts as running the pull request's code: a `run:`, a checkout, `docker://`, a local
 * `./` action (the pull request's own copy), and our actions too (security-gate resolves
 * requirements with pip, docker-push-operators builds images).
 */
export const DATA_ONLY_ACTIONS = [
  'actions/download-artifact',
  'actions/upload-artifact',
  'github/codeql-action/upload-sarif'
]

/**
 * No job that runs pull request code holds a write permission: on a {@link PULL_REQUEST_EVENTS}
 * trigger, a job with any step but a {@link DATA_ONLY_ACTIONS} one (or calling a reusable
 * workflow) must have only `read`/`none` in its effective permissions (its own `permissions:`,
 * else the workflow's; none at all means the repository's default token, which may write).
 */
export function checkPullRequestCodeIsReadOnly(workflow: Workflow): string[] {
  const events = PULL_REQUEST_EVENTS.filter((event) => mentionsEvent(workflow.on, event))
  if (events.length === 0) return []
  const problems: string[] = []
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const runs = describeCodeRun(job)
    const writes = writePermissions(job.permissions ?? workflow.permissions)
    if (runs && writes.length > 0) {
      problems.push(
        `job ${name} runs pull request code (${runs}) on ${events.join(', ')} with ${writes.join(', ')}: ` +
          `give it read permissions only, and do the write in a job of ${DATA_ONLY_ACTIONS.join(', ')} steps alone`
      )
    }
  }
  return problems
}

/** What in this job runs code (the first such step), or undefined when it only moves data. */
function describeCodeRun(job: Job): string | undefined {
  if (job.uses) return `calls ${job.uses}`
  for (const [index, step] of (job.steps ?? []).entries()) {
    if (step.run !== undefined) return `step ${index + 1} is a run: step`
    const action = (step.uses ?? '').replace(/@.*$/, '').toLowerCase()
    if (DATA_ONLY_ACTIONS.includes(action)) continue
    if (action === 'actions/checkout') return `step ${index + 1} checks out code`
    return `step ${index + 1} uses ${step.uses ?? '(nothing)'}`
  }
  return undefined
}

/** The write permissions a token with these `permissions:` holds. */
function writePermissions(permissions: unknown): string[] {
  if (permissions === undefined || permissions === null)
    return ['no permissions: set (the default token may write)']
  if (permissions === 'read-all') return []
  if (typeof permissions === 'string') return [`permissions: ${permissions}`]
  return Object.entries(permissions as Record<string, unknown>)
    .filter(([, level]) => level !== 'read' && level !== 'none')
    .map(([scope, level]) => `${scope}: ${String(level)}`)
}

/**
 * Third-party `uses:` must be a full commit SHA followed by a version comment (read from the YAML
 * document, where the comment lives). `isOwn` names the uses of this collection, which are exempt.
 */
export function findUnpinned(
  text: string,
  isOwn: (uses: string) => boolean = (uses) => OWN_ACTION.test(uses)
): string[] {
  const problems: string[] = []
  YAML.visit(YAML.parseDocument(text), {
    Pair(_, pair) {
      if (!YAML.isScalar(pair.key) || pair.key.value !== 'uses' || !YAML.isScalar(pair.value))
        return
      const ref = String(pair.value.value)
      if (ref.startsWith('./') || ref.startsWith('docker://') || isOwn(ref)) return
      if (!/@[0-9a-f]{40}$/.test(ref)) problems.push(`${ref} is not pinned to a full commit SHA`)
      else if (!/^\s*v?\d/.test(pair.value.comment ?? ''))
        problems.push(`${ref} has no version comment (# v1.2.3)`)
    }
  })
  return problems
}

/**
 * Our actions (`org/release-actions/…`, or `ownRepo/…` in a repository init wrote) used as they
 * are declared: the action exists in `root`, every `with:` key is one of its inputs, every
 * `steps.<id>.outputs.<x>` is one of its outputs, and every `needs.<job>.outputs.<x>` is in that
 * job's `outputs:`.
 */
export function checkWorkflowContract(text: string, root: string, ownRepo?: string): string[] {
  const ownAction = ownActionPattern(ownRepo)
  const workflow = parseWorkflow(text)
  const problems: string[] = []
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const stepActions = new Map<string, string>()
    for (const step of job.steps ?? []) {
      const name = ownAction.exec(step.uses ?? '')?.[1]
      if (!name) continue
      const manifest = readActionManifest(root, name)
      if (!manifest) {
        problems.push(`job ${jobName}: ${step.uses} names no action in actions/`)
        continue
      }
      if (step.id) stepActions.set(step.id, name)
      for (const key of Object.keys(step.with ?? {})) {
        if (!manifest.inputs.includes(key))
          problems.push(`job ${jobName}: ${name} has no input "${key}"`)
      }
    }
    const jobText = YAML.stringify(job)
    for (const [, id = '', output = ''] of jobText.matchAll(
      /steps\.([\w-]+)\.outputs\.([\w-]+)/g
    )) {
      const name = stepActions.get(id)
      const outputs = name ? readActionManifest(root, name)?.outputs : undefined
      if (outputs && !outputs.includes(output))
        problems.push(`job ${jobName}: ${name} (step ${id}) has no output "${output}"`)
    }
    for (const [, needed = '', output = ''] of jobText.matchAll(
      /needs\.([\w-]+)\.outputs\.([\w-]+)/g
    )) {
      const other = workflow.jobs?.[needed]
      if (!other) problems.push(`job ${jobName}: needs.${needed} names no job`)
      else if (!Object.keys(other.outputs ?? {}).includes(output))
        problems.push(`job ${jobName}: job ${needed} has no output "${output}"`)
      else if (![job.needs ?? []].flat().includes(needed))
        problems.push(`job ${jobName}: reads needs.${needed} without needing it`)
    }
  }
  return problems
}

/** The policy and the contract over every workflow in `dir`, each problem as `file: problem`. */
export function checkWorkflowFolder(dir: string, root: string, ownRepo?: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8')
      return [...checkWorkflowPolicy(text), ...checkWorkflowContract(text, root, ownRepo)].map(
        (problem) => `${name}: ${problem}`
      )
    })
}

function readActionManifest(
  root: string,
  name: string
): { inputs: string[]; outputs: string[] } | undefined {
  const file = path.join(root, 'actions', name, 'action.yml')
  if (!existsSync(file)) return undefined
  const manifest = YAML.parse(readFileSync(file, 'utf8')) as { inputs?: object; outputs?: object }
  return {
    inputs: Object.keys(manifest.inputs ?? {}),
    outputs: Object.keys(manifest.outputs ?? {})
  }
}

function mentionsEvent(on: unknown, event: string): boolean {
  if (typeof on === 'string') return on === event
  if (Array.isArray(on)) return on.includes(event)
  return typeof on === 'object' && on !== null && event in on
}
