import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildGitHubContext,
  buildRunnerEnv,
  pickContexts,
  type FieldName,
  type GitHubContextOptions
} from './contexts.js'
import {
  evaluateCondition,
  evaluateTemplate,
  evaluateValue,
  isTruthy,
  toFieldString,
  type Json,
  type StatusFunctions
} from './expressions.js'
import { loadWorkflow, type JobModel, type WorkflowModel } from './load-workflow.js'
import { describeMatrixJob, expandMatrix, type MatrixEntry } from './matrix.js'
import { executeStep, type StepOutcome, type StepRun } from './run-step.js'
import type { StandInResult, Upload } from './third-party-actions.js'
import type { WorkflowRunRecord } from '../harness/github/workflow-runs.js'

export type { StepRun } from './run-step.js'
export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface RunWorkflowOptions {
  /** Path of the workflow file, e.g. `workflows/merge-main.yml`. */
  workflow: string
  event: { name: string; payload: Record<string, unknown> }
  sha: string
  ref: string
  /** The bare repository `actions/checkout` clones. */
  remote: string
  /** GITHUB_API_URL: the GitHub stand-in. */
  apiUrl: string
  repository?: string
  actor?: string
  serverUrl?: string
  /** GITHUB_TOKEN (also `secrets.GITHUB_TOKEN`). */
  token?: string
  /**
   * Mints each job's GITHUB_TOKEN from its resolved `permissions:` (GitHub gives every job its
   * own); default: `token` for every job.
   */
  issueToken?(job: { name: string; permissions: Record<string, string> }): string
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** `workflow_dispatch` inputs. */
  inputs?: Record<string, string | boolean>
  /** Secrets and variables of GitHub Environments, by environment name. */
  environments?: Record<string, { secrets?: Record<string, string>; vars?: Record<string, string> }>
  /** Process environment every step gets on top of PATH and HOME (a podman sandbox, DOCKER_*…). */
  env?: Record<string, string>
  /** Values for keys of the workflow's own top-level `env:`, as a team adapts them once. */
  envOverrides?: Record<string, string>
  runId?: number
  runNumber?: number
  runAttempt?: number
  /** Called before each job starts (after its `if:` said it runs): cancel from here. */
  onJobStart?(job: string, run: RunControl): void | Promise<void>
  /** Called after each step. */
  onStepEnd?(job: string, step: StepRun, run: RunControl): void | Promise<void>
  stepTimeoutMs?: number
  /**
   * Told of the run as GitHub reports it: in progress when it starts, completed with its
   * conclusion at the end (the GitHub stand-in's `recordWorkflowRun`, for the runs API).
   */
  recordRun?(record: WorkflowRunRecord): void
}

export interface RunControl {
  /** Cancels the run as the "Cancel workflow" button does: the running step gets SIGINT. */
  cancel(): void
  readonly cancelled: boolean
}

export interface JobRun {
  id: string
  /** `unit-tests (api, operators/api)` for a matrix job. */
  name: string
  matrix?: MatrixEntry
  result: JobResult
  outputs: Record<string, string>
  /** Outputs the runner dropped because they held a secret. */
  droppedOutputs: string[]
  steps: StepRun[]
  environment?: { name: string; url?: string }
  permissions: Record<string, string>
  /** Secret names the job could read (after fork and environment rules). */
  secretNames: string[]
  log: string
}

export interface WorkflowRun {
  conclusion: 'success' | 'failure' | 'cancelled'
  jobs: JobRun[]
  /** The first job with this id (or display name); throws when there is none. */
  job(id: string): JobRun
  uploads: Upload[]
  artifactsDir: string
  cleanup(): void
}

const DEFAULT_PERMISSIONS = [
  'actions',
  'checks',
  'contents',
  'deployments',
  'issues',
  'packages',
  'pull-requests',
  'security-events',
  'statuses'
]

/**
 * Runs a workflow as GitHub does, job by job in `needs` order: `if:` with the status functions,
 * skipped jobs propagating, matrices expanded, environments with their secrets, job outputs
 * evaluated after the steps (empty and secret-holding ones dropped), and each step run for real.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  const workflow = await loadWorkflow(options.workflow)
  checkTrigger(workflow, options)
  const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-workflow-'))
  const artifactsDir = path.join(temp, 'artifacts')
  mkdirSync(artifactsDir)
  const abort = new AbortController()
  const control: RunControl = {
    cancel: () => abort.abort(),
    get cancelled() {
      return abort.signal.aborted
    }
  }
  const uploads: Upload[] = []
  const jobs: JobRun[] = []
  const report = describeRun(workflow, options)
  options.recordRun?.(report('in_progress', null))
  const results = new Map<string, { result: JobResult; outputs: Record<string, string> }>()
  for (const job of orderJobs(workflow.jobs)) {
    const runs = await runJob(workflow, job, {
      options,
      temp,
      artifactsDir,
      control,
      signal: abort.signal,
      uploads,
      results
    })
    jobs.push(...runs)
    results.set(job.id, {
      result: combineResults(runs.map((r) => r.result)),
      outputs: Object.assign({}, ...runs.map((r) => r.outputs)) as Record<string, string>
    })
  }
  const all = jobs.map((j) => j.result)
  const conclusion = control.cancelled
    ? 'cancelled'
    : all.includes('failure')
      ? 'failure'
      : all.includes('cancelled')
        ? 'cancelled'
        : 'success'
  options.recordRun?.(report('completed', conclusion))
  return {
    conclusion,
    jobs,
    job(id) {
      const found = jobs.find((j) => j.id === id || j.name === id)
      if (!found)
        throw new Error(`No job ${id} in this run (jobs: ${jobs.map((j) => j.name).join(', ')})`)
      return found
    },
    uploads,
    artifactsDir,
    cleanup: () => rmSync(temp, { recursive: true, force: true })
  }
}

interface RunState {
  options: RunWorkflowOptions
  temp: string
  artifactsDir: string
  control: RunControl
  signal: AbortSignal
  uploads: Upload[]
  results: Map<string, { result: JobResult; outputs: Record<string, string> }>
}

async function runJob(workflow: WorkflowModel, job: JobModel, state: RunState): Promise<JobRun[]> {
  const { options } = state
  const github = buildGitHub(workflow, options, job.id, '')
  const fork = isForkPullRequest(options)
  const needs = Object.fromEntries(
    job.needs.map((id) => [id, state.results.get(id) ?? { result: 'skipped', outputs: {} }])
  ) as Record<string, Json>
  const ancestors = collectAncestors(workflow, job.id).map(
    (id) => state.results.get(id)?.result ?? 'skipped'
  )
  const jobStatus: StatusFunctions = {
    success: () => !state.control.cancelled && ancestors.every((r) => r === 'success'),
    failure: () => ancestors.includes('failure'),
    cancelled: () => state.control.cancelled
  }
  const base: Record<string, Json> = {
    github,
    needs,
    vars: options.vars ?? {},
    inputs: (options.inputs ?? {}) as Json
  }
  const permissions = resolvePermissions(workflow.raw.permissions, job.raw.permissions, fork)
  const skeleton = (result: JobResult, name = job.id): JobRun => ({
    id: job.id,
    name,
    result,
    outputs: {},
    droppedOutputs: [],
    steps: [],
    permissions,
    secretNames: [],
    log: ''
  })
  if (!evaluateCondition(job.if, { contexts: pickContexts('jobIf', base), status: jobStatus })) {
    return [skeleton(state.control.cancelled ? 'cancelled' : 'skipped')]
  }
  const matrix = job.raw.strategy?.matrix
  const entries: (MatrixEntry | undefined)[] =
    matrix === undefined
      ? [undefined]
      : expandMatrix(evaluateValue(matrix, { contexts: pickContexts('strategy', base) }))
  const runs: JobRun[] = []
  for (const [index, entry] of entries.entries()) {
    const strategy = {
      'fail-fast': true,
      'job-index': index,
      'job-total': entries.length,
      'max-parallel': entries.length
    }
    const contexts = { ...base, matrix: (entry ?? {}) as Json, strategy }
    runs.push(await runJobInstance(workflow, job, state, contexts, entry, permissions, fork))
  }
  return runs
}

async function runJobInstance(
  workflow: WorkflowModel,
  job: JobModel,
  state: RunState,
  contexts: Record<string, Json>,
  entry: MatrixEntry | undefined,
  permissions: Record<string, string>,
  fork: boolean
): Promise<JobRun> {
  const { options } = state
  const name = describeMatrixJob(job.id, entry)
  const dir = mkdtempSync(path.join(state.temp, 'job-'))
  const workspace = path.join(dir, 'workspace')
  const temp = path.join(dir, 'temp')
  const home = path.join(dir, 'home')
  for (const d of [workspace, temp, home]) mkdirSync(d)
  const eventPath = path.join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.event.payload))
  const token =
    options.issueToken?.({ name, permissions }) ?? options.token ?? 'ghs_workflow_runner_token'
  const github = buildGitHub(workflow, { ...options, token }, job.id, workspace)
  const environment = resolveEnvironment(job.raw.environment, { ...contexts, github })
  const secrets: Record<string, string> = {
    ...(fork ? {} : options.secrets),
    ...(environment && !fork ? options.environments?.[environment.name]?.secrets : {}),
    GITHUB_TOKEN: token
  }
  const vars = {
    ...options.vars,
    ...(environment ? options.environments?.[environment.name]?.vars : {})
  }
  const masks = new Set(Object.values(secrets).filter((value) => value !== ''))
  const all: Record<string, Json> = {
    ...contexts,
    github,
    vars,
    secrets,
    runner: {
      os: 'Linux',
      arch: 'X64',
      temp,
      tool_cache: path.join(dir, 'tool-cache'),
      name: 'release-actions-workflow-runner'
    }
  }
  const workflowEnv = evaluateEnv(
    { ...workflow.raw.env, ...validateOverrides(workflow, options.envOverrides) },
    pickContexts('workflowEnv', all)
  )
  const jobEnv = {
    ...workflowEnv,
    ...evaluateEnv(job.raw.env ?? {}, pickContexts('jobEnv', { ...all, env: workflowEnv }))
  }
  const run: JobRun = {
    id: job.id,
    name,
    matrix: entry,
    result: 'success',
    outputs: {},
    droppedOutputs: [],
    steps: [],
    environment,
    permissions,
    secretNames: Object.keys(secrets).sort(),
    log: ''
  }
  await options.onJobStart?.(name, state.control)
  const exported: Record<string, string> = {}
  const paths: string[] = []
  const stepsContext: Record<string, Json> = {}
  // A job started after a cancel (an always() job) runs to its end; one running at the cancel stops.
  const jobAbort = new AbortController()
  const startedCancelled = state.control.cancelled
  const onCancel = () => jobAbort.abort()
  if (!startedCancelled) state.signal.addEventListener('abort', onCancel, { once: true })
  const isCancelled = () => jobAbort.signal.aborted
  let failed = false
  const posts: PostStep[] = []
  const timeoutMs = Math.min(
    options.stepTimeoutMs ?? 600_000,
    (Number(job.raw['timeout-minutes'] ?? 360) || 360) * 60_000
  )
  for (const step of job.steps) {
    const env = { ...jobEnv, ...exported }
    const scope = {
      ...all,
      job: { status: failed ? 'failure' : isCancelled() ? 'cancelled' : 'success' },
      env,
      steps: stepsContext
    }
    const stepStart = Date.now()
    const stepStatus: StatusFunctions = {
      success: () => !failed && !isCancelled(),
      failure: () => failed,
      cancelled: isCancelled
    }
    const record = (outcome: StepOutcome, extra: Partial<StepRun> = {}): StepRun => {
      const stepRun: StepRun = {
        id: step.id,
        name: step.name ?? step.uses ?? 'run',
        uses: step.uses,
        run: step.run,
        outcome,
        conclusion: outcome,
        inputs: {},
        outputs: {},
        log: '',
        summary: '',
        commands: [],
        ...extra,
        durationMs: Date.now() - stepStart
      }
      run.steps.push(stepRun)
      if (step.id)
        stepsContext[step.id] = {
          outputs: stepRun.outputs,
          outcome: stepRun.outcome,
          conclusion: stepRun.conclusion
        }
      return stepRun
    }
    if (
      !evaluateCondition(step.if, { contexts: pickContexts('stepIf', scope), status: stepStatus })
    ) {
      const skipped = record('skipped')
      await options.onStepEnd?.(name, skipped, state.control)
      continue
    }
    const stepScope = { contexts: pickContexts('step', scope), status: stepStatus }
    const stepEnv = { ...env, ...evaluateEnv(step.env, stepScope.contexts) }
    const withValues = Object.fromEntries(
      Object.entries(step.with).map(([k, v]) => [k, toFieldString(evaluateValue(v, stepScope))])
    )
    const script =
      step.run === undefined ? undefined : toFieldString(evaluateTemplate(step.run, stepScope))
    const processEnv: Record<string, string> = {
      PATH: [
        ...paths.slice().reverse(),
        options.env?.PATH ?? process.env.PATH ?? '/usr/bin:/bin'
      ].join(':'),
      HOME: home,
      ...withoutPath(options.env),
      ...buildRunnerEnv(github, {}),
      ...stepEnv
    }
    let stepRun: StepRun
    try {
      const done = await executeStep({
        uses: step.uses,
        run: script,
        with: withValues,
        env: processEnv,
        workspace,
        workingDirectory: step.workingDirectory,
        timeoutMs: step.timeoutMinutes
          ? Math.min(timeoutMs, step.timeoutMinutes * 60_000)
          : timeoutMs,
        signal: jobAbort.signal,
        files: {
          output: path.join(temp, 'output'),
          env: path.join(temp, 'env'),
          path: path.join(temp, 'path'),
          summary: path.join(temp, 'summary'),
          state: path.join(temp, 'state'),
          event: eventPath,
          temp
        },
        scopeForDefaults: { contexts: pickContexts('actionDefaults', scope) },
        standIn: {
          remote: options.remote,
          github: { sha: options.sha, ref: options.ref },
          artifactsDir: state.artifactsDir,
          permissions,
          record: (upload) => state.uploads.push(upload)
        }
      })
      done.effects.masks.forEach((mask) => mask && masks.add(mask))
      Object.assign(exported, done.effects.env)
      paths.push(...done.effects.path)
      const { executed } = done
      if (executed.post)
        posts.push({ name: step.name ?? step.uses ?? 'run', uses: step.uses, run: executed.post })
      const outcome: StepOutcome =
        executed.interrupted === 'cancelled'
          ? 'cancelled'
          : executed.exitCode === 0
            ? 'success'
            : 'failure'
      const continueOnError = isTruthy(evaluateValue(step.continueOnError, stepScope))
      stepRun = record(outcome, {
        conclusion: outcome === 'failure' && continueOnError ? 'success' : outcome,
        inputs: done.inputs,
        outputs: done.outputs,
        exitCode: executed.exitCode,
        log: mask(
          `${executed.stdout}${executed.stderr}${executed.interrupted === 'timed-out' ? '\n##[error]The step has timed out.' : ''}`,
          masks
        ),
        summary: mask(done.summary, masks),
        commands: done.commands
      })
    } catch (error) {
      stepRun = record('failure', {
        log: mask(`##[error]${error instanceof Error ? error.message : String(error)}`, masks)
      })
    }
    run.log += `##[group]${stepRun.name}\n${stepRun.log}\n##[endgroup]\n`
    if (stepRun.conclusion === 'failure') failed = true
    await options.onStepEnd?.(name, stepRun, state.control)
  }
  // Post steps run after the others, last first, whatever the job's status (post-if: always()).
  for (const post of posts.reverse()) {
    const stepRun = await runPostStep(post, masks)
    run.steps.push(stepRun)
    run.log += `##[group]${stepRun.name}\n${stepRun.log}\n##[endgroup]\n`
    if (stepRun.conclusion === 'failure') failed = true
    await options.onStepEnd?.(name, stepRun, state.control)
  }
  state.signal.removeEventListener('abort', onCancel)
  run.result = isCancelled() ? 'cancelled' : failed ? 'failure' : 'success'
  const finalScope = { ...all, job: { status: run.result }, env: jobEnv, steps: stepsContext }
  for (const [key, value] of Object.entries(job.raw.outputs ?? {})) {
    const text = toFieldString(
      evaluateTemplate(String(value), { contexts: pickContexts('jobOutputs', finalScope) })
    )
    if ([...masks].some((secret) => text.includes(secret))) {
      run.droppedOutputs.push(key)
      run.log += `Skip output '${key}' since it may contain secret.\n`
    } else if (text !== '') run.outputs[key] = text
  }
  if (environment && job.raw.environment && typeof job.raw.environment === 'object') {
    const url = (job.raw.environment as { url?: unknown }).url
    if (url !== undefined)
      environment.url = toFieldString(
        evaluateValue(url, { contexts: pickContexts('environmentUrl', finalScope) })
      )
  }
  return run
}

interface PostStep {
  name: string
  uses?: string
  run: () => Promise<StandInResult>
}

async function runPostStep(post: PostStep, masks: Set<string>): Promise<StepRun> {
  const started = Date.now()
  const result = await post.run().catch((error: unknown): StandInResult => ({
    exitCode: 1,
    log: `##[error]${error instanceof Error ? error.message : String(error)}`
  }))
  const outcome: StepOutcome = result.exitCode === 0 ? 'success' : 'failure'
  return {
    name: `Post ${post.name}`,
    uses: post.uses,
    outcome,
    conclusion: outcome,
    inputs: {},
    outputs: {},
    exitCode: result.exitCode,
    durationMs: Date.now() - started,
    log: mask(result.log, masks),
    summary: '',
    commands: []
  }
}

function buildGitHub(
  workflow: WorkflowModel,
  options: RunWorkflowOptions,
  job: string,
  workspace: string
): Record<string, Json> {
  const github: GitHubContextOptions = {
    eventName: options.event.name,
    payload: options.event.payload,
    sha: options.sha,
    ref: options.ref,
    repository: options.repository ?? 'octo-org/octo-repo',
    actor: options.actor ?? 'octocat',
    serverUrl: options.serverUrl ?? 'https://github.com',
    apiUrl: options.apiUrl,
    token: options.token ?? 'ghs_workflow_runner_token',
    workflow: workflow.name,
    workflowRef: `${options.repository ?? 'octo-org/octo-repo'}/.github/workflows/${path.basename(workflow.file)}@${options.ref}`,
    runId: options.runId ?? 4242,
    runNumber: options.runNumber ?? 42,
    runAttempt: options.runAttempt ?? 1
  }
  return buildGitHubContext(github, job, workspace)
}

/** The run's record for the runs API, at a status; a workflow is kept in `.github/workflows/`. */
function describeRun(workflow: WorkflowModel, options: RunWorkflowOptions) {
  const createdAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  return (
    status: WorkflowRunRecord['status'],
    conclusion: WorkflowRunRecord['conclusion']
  ): WorkflowRunRecord => ({
    id: options.runId ?? 4242,
    path: `.github/workflows/${path.basename(workflow.file)}`,
    name: workflow.name,
    event: options.event.name,
    branch: options.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: options.sha,
    runNumber: options.runNumber ?? 42,
    runAttempt: options.runAttempt ?? 1,
    status,
    conclusion,
    actor: options.actor ?? 'octocat',
    createdAt,
    updatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  })
}

function evaluateEnv(
  env: Record<string, unknown>,
  contexts: Record<string, Json>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [
      key,
      toFieldString(evaluateValue(value, { contexts }))
    ])
  )
}

function validateOverrides(
  workflow: WorkflowModel,
  overrides: Record<string, string> = {}
): Record<string, string> {
  const unknown = Object.keys(overrides).filter((key) => !(key in (workflow.raw.env ?? {})))
  if (unknown.length > 0)
    throw new Error(`${workflow.file} has no top-level env ${unknown.join(', ')} to adapt.`)
  return overrides
}

function resolveEnvironment(
  raw: unknown,
  contexts: Record<string, Json>
): { name: string; url?: string } | undefined {
  if (raw === undefined || raw === null) return undefined
  const nameValue = typeof raw === 'object' ? (raw as { name?: unknown }).name : raw
  const name = toFieldString(
    evaluateValue(nameValue, { contexts: pickContexts('environment', contexts) })
  )
  return name === '' ? undefined : { name }
}

/** The GITHUB_TOKEN's permissions: the job's, else the workflow's; a fork's pull request reads only. */
function resolvePermissions(
  workflowLevel: unknown,
  jobLevel: unknown,
  fork: boolean
): Record<string, string> {
  const declared = jobLevel ?? workflowLevel
  let permissions: Record<string, string>
  if (declared === undefined || declared === 'write-all')
    permissions = Object.fromEntries(DEFAULT_PERMISSIONS.map((p) => [p, 'write']))
  else if (declared === 'read-all')
    permissions = Object.fromEntries(DEFAULT_PERMISSIONS.map((p) => [p, 'read']))
  else permissions = { ...(declared as Record<string, string>) }
  if (fork)
    for (const key of Object.keys(permissions))
      if (permissions[key] === 'write') permissions[key] = 'read'
  return permissions
}

function isForkPullRequest(options: RunWorkflowOptions): boolean {
  const pull = options.event.payload.pull_request as
    { head?: { repo?: { full_name?: string } } } | undefined
  const head = pull?.head?.repo?.full_name
  return (
    options.event.name.startsWith('pull_request') &&
    head !== undefined &&
    head.toLowerCase() !== (options.repository ?? 'octo-org/octo-repo').toLowerCase()
  )
}

/** Refuses to run a workflow for an event or branch its `on:` would not start it for. */
function checkTrigger(workflow: WorkflowModel, options: RunWorkflowOptions): void {
  const events = workflow.template.events as Record<string, { branches?: string[] } | undefined>
  if (!(options.event.name in events)) {
    throw new Error(
      `${workflow.file} does not run on ${options.event.name} (on: ${Object.keys(events).join(', ')})`
    )
  }
  if (options.event.name === 'schedule') checkSchedule(workflow, options.event.payload)
  const branches = events[options.event.name]?.branches
  if (!branches) return
  const branch = options.event.name.startsWith('pull_request')
    ? String(
        (options.event.payload.pull_request as { base?: { ref?: string } } | undefined)?.base
          ?.ref ?? ''
      )
    : options.ref.replace(/^refs\/heads\//, '')
  if (!branches.some((pattern) => path.matchesGlob(branch, pattern))) {
    throw new Error(
      `${workflow.file} does not run on ${options.event.name} for ${branch} (branches: ${branches.join(', ')})`
    )
  }
}

/** A `schedule` event names the cron that fired it (`payload.schedule`): one of the workflow's. */
function checkSchedule(workflow: WorkflowModel, payload: Record<string, unknown>): void {
  const on = workflow.raw.on as { schedule?: { cron?: string }[] } | undefined
  const crons = (on?.schedule ?? []).map((entry) => entry.cron)
  if (!crons.includes(String(payload.schedule)))
    throw new Error(
      `${workflow.file} has no schedule ${String(payload.schedule)} (crons: ${crons.join(', ')})`
    )
}

function orderJobs(jobs: JobModel[]): JobModel[] {
  const done = new Set<string>()
  const ordered: JobModel[] = []
  while (ordered.length < jobs.length) {
    const next = jobs.find((job) => !done.has(job.id) && job.needs.every((need) => done.has(need)))
    if (!next) throw new Error("The jobs' needs form a cycle or name a missing job.")
    done.add(next.id)
    ordered.push(next)
  }
  return ordered
}

function collectAncestors(workflow: WorkflowModel, id: string): string[] {
  const byId = new Map(workflow.jobs.map((job) => [job.id, job]))
  const seen = new Set<string>()
  const visit = (jobId: string) => {
    for (const need of byId.get(jobId)?.needs ?? []) {
      if (!seen.has(need)) {
        seen.add(need)
        visit(need)
      }
    }
  }
  visit(id)
  return [...seen]
}

/** A matrix job's result in `needs`: failure wins, then cancelled, then success. */
function combineResults(results: JobResult[]): JobResult {
  for (const result of ['failure', 'cancelled', 'success'] as const)
    if (results.includes(result)) return result
  return 'skipped'
}

function mask(text: string, masks: Set<string>): string {
  let masked = text
  for (const secret of [...masks].sort((a, b) => b.length - a.length))
    masked = masked.split(secret).join('***')
  return masked
}

function withoutPath(env: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'PATH'))
}

export type { FieldName }
