import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { parseCommandFile, parseWorkflowCommands, type WorkflowCommand } from './command-files.js'
import { readStateEnv, shouldRunPost, type ActionRuns } from './post-step.js'
import { runProcess } from './run-process.js'
import { loadWebhookExample, type WebhookPayload } from './webhook-events.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface RunActionOptions {
  /** `with:` values; undeclared names are rejected, as a typo in a workflow would be warned about. */
  inputs?: Record<string, string | number | boolean>
  /** Extra environment (added last, so it can override anything). */
  env?: Record<string, string>
  /** The triggering event: its name, and a payload (default: GitHub's first example for it). */
  event?: { name: string; payload?: WebhookPayload }
  repository?: string
  sha?: string
  ref?: string
  /** GITHUB_API_URL: point it at the GitHub stand-in. */
  apiUrl?: string
  /** The value `${{ github.token }}` expands to in action.yml defaults. */
  token?: string
  /** GITHUB_WORKSPACE and the working directory (default: a fresh empty folder). */
  workspace?: string
  /** Per step (main, post). */
  timeoutMs?: number
  /**
   * Ends main as the runner ends a cancelled or timed-out step (SIGKILL to it and every process
   * it started): after `afterMs`, or once `when` answers true (asked every 10 ms).
   */
  killMain?: { afterMs?: number; when?: (dirs: RunnerDirs) => boolean }
  /** Run `runs.post` after main when `post-if` holds, as the runner does (default true). */
  post?: boolean
  /** Called after each step, while RUNNER_TEMP and the workspace are still there. */
  onStepEnd?: (step: 'main' | 'post', dirs: RunnerDirs) => void | Promise<void>
}

export interface RunnerDirs {
  runnerTemp: string
  workspace: string
}

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** Variables the action exported with `core.exportVariable`. */
  exportedEnv: Record<string, string>
  summary: string
  /** Workflow commands on stdout: `error`, `warning`, `notice`, `add-mask`, `debug`, … */
  commands: WorkflowCommand[]
}

export interface ActionResult extends StepResult {
  /** Main was ended by `killMain`. */
  cancelled: boolean
  /** The post step; undefined when the action has none, `post-if` is false or `post: false`. */
  post: StepResult | undefined
  /** Lines of stdout, stderr, the summary and outputs (but `::add-mask::`) of main and post holding a secret. */
  findLeaks(secrets: string[]): string[]
}

interface ActionInputSpec {
  default?: string | number | boolean
}

/** Finds `actions/<name>` or `test/fixtures/<name>`. */
export function resolveActionDir(name: string): string {
  const candidates = ['actions', path.join('test', 'fixtures')].map((parent) =>
    path.join(REPO_ROOT, parent, name)
  )
  const found = candidates.find((dir) => existsSync(path.join(dir, 'action.yml')))
  if (!found) throw new Error(`No action.yml for "${name}" under actions/ or test/fixtures/.`)
  return found
}

/**
 * Runs an action's committed `dist/index.js` in a child process, exactly as the runner does, then
 * its `runs.post` (with main's state as `STATE_<name>`, the same RUNNER_TEMP) when `post-if` holds.
 */
export async function runAction(
  name: string,
  options: RunActionOptions = {}
): Promise<ActionResult> {
  const actionDir = resolveActionDir(name)
  const manifest = YAML.parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInputSpec>
    runs: ActionRuns
  }
  if (manifest.runs.using !== 'node24') {
    throw new Error(`${name}/action.yml runs.using is ${manifest.runs.using}, not node24.`)
  }

  const temp = mkdtempSync(path.join(os.tmpdir(), `release-actions-run-${name}-`))
  try {
    const runnerTemp = path.join(temp, 'runner-temp')
    mkdirSync(runnerTemp)
    const workspace = options.workspace ?? path.join(temp, 'workspace')
    if (!options.workspace) mkdirSync(workspace, { recursive: true })
    const dirs = { runnerTemp, workspace }
    const event = options.event ?? { name: 'push' }
    const payload = event.payload ?? loadWebhookExample(event.name)
    const eventPath = path.join(temp, 'event.json')
    writeFileSync(eventPath, JSON.stringify(payload))

    const context = createGitHubContext(options, event.name, workspace)
    const inputEnv = buildInputEnv(
      name,
      manifest.inputs ?? {},
      options.inputs ?? {},
      context.expressions
    )
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? temp,
      ...context.env,
      GITHUB_EVENT_PATH: eventPath,
      RUNNER_TEMP: runnerTemp,
      ...inputEnv,
      ...options.env
    }
    const step = { env, workspace, timeoutMs: options.timeoutMs ?? 60_000 }

    let cancelled = false
    const killWhen =
      options.killMain && createKillCheck(options.killMain, dirs, () => (cancelled = true))
    const mainFiles = createStepFiles(temp, 'main')
    const main = await runStep(path.join(actionDir, manifest.runs.main), mainFiles, step, killWhen)
    await options.onStepEnd?.('main', dirs)

    const status = cancelled ? 'cancelled' : main.exitCode === 0 ? 'success' : 'failure'
    const contexts = {
      github: context.github,
      runner: { os: 'Linux', arch: 'X64', temp: runnerTemp }
    }
    let post: StepResult | undefined
    if (
      options.post !== false &&
      manifest.runs.post &&
      shouldRunPost(manifest.runs, status, contexts)
    ) {
      // The runner gives post the job's env (with main's exports) and main's saved state.
      const postEnv = { ...env, ...main.exportedEnv, ...readStateEnv(mainFiles.state) }
      post = await runStep(
        path.join(actionDir, manifest.runs.post),
        createStepFiles(temp, 'post'),
        { ...step, env: postEnv }
      )
      await options.onStepEnd?.('post', dirs)
    }

    const everything = [main, ...(post ? [post] : [])]
      .flatMap((s) => [s.stdout, s.stderr, s.summary, ...Object.values(s.outputs)])
      .join('\n')
    return {
      ...main,
      cancelled,
      post,
      findLeaks: (secrets) => findLeaks(everything, secrets)
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

interface StepInvocation {
  env: Record<string, string>
  workspace: string
  timeoutMs: number
}

/** One step: fresh GITHUB_OUTPUT, GITHUB_ENV, … files, the script, and what it wrote to them. */
async function runStep(
  script: string,
  files: StepFiles,
  step: StepInvocation,
  killWhen?: () => boolean
): Promise<StepResult> {
  // process.execPath: under `npm test` this is npm's node@24, the runner's node24.
  const run = await runProcess(process.execPath, [script], {
    env: {
      ...step.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state
    },
    cwd: step.workspace,
    timeoutMs: step.timeoutMs,
    killWhen
  })
  return {
    ...run,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    exportedEnv: parseCommandFile(readFileSync(files.env, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands: parseWorkflowCommands(run.stdout)
  }
}

function createKillCheck(
  kill: NonNullable<RunActionOptions['killMain']>,
  dirs: RunnerDirs,
  onKill: () => void
): () => boolean {
  const startedAt = Date.now()
  return () => {
    const due =
      (kill.afterMs !== undefined && Date.now() - startedAt >= kill.afterMs) ||
      (kill.when?.(dirs) ?? false)
    if (due) onKill()
    return due
  }
}

type StepFiles = ReturnType<typeof createStepFiles>

function createStepFiles(temp: string, stage: 'main' | 'post') {
  const file = (name: string) => {
    const p = path.join(temp, `${stage}-${name}`)
    writeFileSync(p, '')
    return p
  }
  return {
    output: file('output'),
    summary: file('step-summary'),
    env: file('env'),
    path: file('path'),
    state: file('state')
  }
}

function createGitHubContext(options: RunActionOptions, eventName: string, workspace: string) {
  const repository = options.repository ?? 'octo-org/octo-repo'
  const ref = options.ref ?? 'refs/heads/main'
  const sha = options.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53'
  const serverUrl = 'https://github.com'
  const runId = '1658821493'
  const github: Record<string, string> = {
    token: options.token ?? 'ghs_test_token_for_stand_in',
    sha,
    ref,
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    event_name: eventName,
    server_url: serverUrl,
    api_url: options.apiUrl ?? 'http://127.0.0.1:9',
    run_id: runId,
    workspace
  }
  return {
    github,
    expressions: { ...prefixKeys('github.', github), 'job.status': 'success' },
    env: {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: github.repository_owner ?? '',
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_WORKSPACE: workspace,
      // A closed loopback port by default: an action that reaches for the API unasked fails fast.
      GITHUB_API_URL: github.api_url ?? '',
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_GRAPHQL_URL: `${github.api_url}/graphql`,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'release',
      GITHUB_JOB: 'release',
      GITHUB_ACTION: '__run',
      GITHUB_ACTOR: 'octocat',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'release-actions-test-runner'
    }
  }
}

function prefixKeys(prefix: string, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [prefix + k, v]))
}

/** The runner sets INPUT_<NAME> for every given input and for every declared default. */
export function buildInputEnv(
  action: string,
  declared: Record<string, ActionInputSpec>,
  given: Record<string, string | number | boolean>,
  expressions: Record<string, string>
): Record<string, string> {
  const unknown = Object.keys(given).filter((name) => !(name in declared))
  if (unknown.length > 0) {
    throw new Error(
      `${action} has no input(s) ${unknown.join(', ')}; declared: ${Object.keys(declared).join(', ')}`
    )
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const value =
      name in given
        ? String(given[name])
        : spec.default === undefined
          ? undefined
          : expandExpressions(String(spec.default), expressions)
    if (value !== undefined) env[inputEnvName(name)] = value
  }
  return env
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Expands the `${{ github.x }}` forms action.yml defaults use; anything else is an error. */
export function expandExpressions(text: string, expressions: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const value = expressions[expression]
    if (value === undefined) throw new Error(`The harness cannot evaluate \${{ ${expression} }}.`)
    return value
  })
}

function findLeaks(log: string, secrets: string[]): string[] {
  const wanted = secrets.filter((s) => s !== '')
  return log
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .filter((line) => wanted.some((secret) => line.includes(secret)))
}
