import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { parseCommandFile, parseWorkflowCommands, type WorkflowCommand } from './command-files.js'
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
  timeoutMs?: number
}

export interface ActionResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** Variables the action exported with `core.exportVariable`. */
  exportedEnv: Record<string, string>
  summary: string
  /** Workflow commands on stdout: `error`, `warning`, `notice`, `add-mask`, `debug`, … */
  commands: WorkflowCommand[]
  /** Lines of stdout, stderr, the summary and outputs (but `::add-mask::`) holding a secret. */
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

/** Runs an action's committed `dist/index.js` in a child process, exactly as the runner does. */
export async function runAction(
  name: string,
  options: RunActionOptions = {}
): Promise<ActionResult> {
  const actionDir = resolveActionDir(name)
  const manifest = YAML.parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInputSpec>
    runs: { using: string; main: string }
  }
  if (manifest.runs.using !== 'node24') {
    throw new Error(`${name}/action.yml runs.using is ${manifest.runs.using}, not node24.`)
  }

  const temp = mkdtempSync(path.join(os.tmpdir(), `release-actions-run-${name}-`))
  try {
    const files = createRunnerFiles(temp)
    const workspace = options.workspace ?? path.join(temp, 'workspace')
    if (!options.workspace) files.mkdir(workspace)
    const event = options.event ?? { name: 'push' }
    const payload = event.payload ?? loadWebhookExample(event.name)
    writeFileSync(files.eventPath, JSON.stringify(payload))

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
      GITHUB_EVENT_PATH: files.eventPath,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      RUNNER_TEMP: files.runnerTemp,
      ...inputEnv,
      ...options.env
    }

    // process.execPath: under `npm test` this is npm's node@24, the runner's node24.
    const run = await runProcess(process.execPath, [path.join(actionDir, manifest.runs.main)], {
      env,
      cwd: workspace,
      timeoutMs: options.timeoutMs ?? 60_000
    })
    const outputs = parseCommandFile(readFileSync(files.output, 'utf8'))
    const summary = readFileSync(files.summary, 'utf8')
    const everything = [run.stdout, run.stderr, summary, ...Object.values(outputs)].join('\n')
    return {
      ...run,
      outputs,
      exportedEnv: parseCommandFile(readFileSync(files.env, 'utf8')),
      summary,
      commands: parseWorkflowCommands(run.stdout),
      findLeaks: (secrets) => findLeaks(everything, secrets)
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

function createRunnerFiles(temp: string) {
  const file = (name: string) => {
    const p = path.join(temp, name)
    writeFileSync(p, '')
    return p
  }
  const runnerTemp = path.join(temp, 'runner-temp')
  mkdirSync(runnerTemp)
  return {
    eventPath: path.join(temp, 'event.json'),
    output: file('output'),
    summary: file('step-summary'),
    env: file('env'),
    path: file('path'),
    state: file('state'),
    runnerTemp,
    mkdir: (dir: string) => mkdirSync(dir, { recursive: true })
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
