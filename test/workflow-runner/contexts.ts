import type { Json } from './expressions.js'

/** Which contexts each field may use (GitHub's "context availability" table). */
export const FIELD_CONTEXTS = {
  workflowEnv: ['github', 'secrets', 'inputs', 'vars'],
  jobIf: ['github', 'needs', 'vars', 'inputs'],
  strategy: ['github', 'needs', 'vars', 'inputs'],
  environment: ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  jobEnv: ['github', 'needs', 'strategy', 'matrix', 'vars', 'secrets', 'inputs'],
  jobOutputs: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'secrets',
    'steps',
    'inputs'
  ],
  environmentUrl: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'steps',
    'inputs'
  ],
  stepIf: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'steps',
    'inputs'
  ],
  step: [
    'github',
    'needs',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'secrets',
    'steps',
    'inputs'
  ],
  actionDefaults: [
    'github',
    'strategy',
    'matrix',
    'job',
    'runner',
    'env',
    'vars',
    'steps',
    'inputs'
  ]
} as const

export type FieldName = keyof typeof FIELD_CONTEXTS

/** The contexts a field may see, picked from everything the job knows at that point. */
export function pickContexts(field: FieldName, all: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(FIELD_CONTEXTS[field].map((name) => [name, all[name] ?? {}]))
}

export interface GitHubContextOptions {
  eventName: string
  payload: Record<string, unknown>
  sha: string
  ref: string
  repository: string
  actor: string
  serverUrl: string
  apiUrl: string
  token: string
  workflow: string
  /** `owner/repo/.github/workflows/file.yml@ref`. */
  workflowRef: string
  runId: number
  runNumber: number
  runAttempt: number
}

/** The `github` context, as the runner fills it for one job. */
export function buildGitHubContext(
  options: GitHubContextOptions,
  job: string,
  workspace: string
): Record<string, Json> {
  const pull = options.payload.pull_request as
    { head?: { ref?: string }; base?: { ref?: string } } | undefined
  return {
    event_name: options.eventName,
    event: options.payload as Json,
    sha: options.sha,
    ref: options.ref,
    ref_name: options.ref
      .replace(/^refs\/(heads|tags)\//, '')
      .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    ref_type: options.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: pull?.head?.ref ?? '',
    base_ref: pull?.base?.ref ?? '',
    repository: options.repository,
    repository_owner: options.repository.split('/')[0] ?? '',
    actor: options.actor,
    triggering_actor: options.actor,
    server_url: options.serverUrl,
    api_url: options.apiUrl,
    graphql_url: `${options.apiUrl}/graphql`,
    run_id: String(options.runId),
    run_number: String(options.runNumber),
    run_attempt: String(options.runAttempt),
    workflow: options.workflow,
    workflow_ref: options.workflowRef,
    job,
    token: options.token,
    workspace,
    action: '',
    retention_days: '90'
  }
}

/** The `GITHUB_*` and `RUNNER_*` variables every step's process gets. */
export function buildRunnerEnv(
  github: Record<string, Json>,
  files: Record<string, string>
): Record<string, string> {
  const text = (key: string) => String(github[key] ?? '')
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: text('event_name'),
    GITHUB_SHA: text('sha'),
    GITHUB_REF: text('ref'),
    GITHUB_REF_NAME: text('ref_name'),
    GITHUB_REF_TYPE: text('ref_type'),
    GITHUB_HEAD_REF: text('head_ref'),
    GITHUB_BASE_REF: text('base_ref'),
    GITHUB_REPOSITORY: text('repository'),
    GITHUB_REPOSITORY_OWNER: text('repository_owner'),
    GITHUB_ACTOR: text('actor'),
    GITHUB_TRIGGERING_ACTOR: text('actor'),
    GITHUB_SERVER_URL: text('server_url'),
    GITHUB_API_URL: text('api_url'),
    GITHUB_GRAPHQL_URL: text('graphql_url'),
    GITHUB_RUN_ID: text('run_id'),
    GITHUB_RUN_NUMBER: text('run_number'),
    GITHUB_RUN_ATTEMPT: text('run_attempt'),
    GITHUB_WORKFLOW: text('workflow'),
    GITHUB_WORKFLOW_REF: text('workflow_ref'),
    GITHUB_JOB: text('job'),
    GITHUB_WORKSPACE: text('workspace'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'release-actions-workflow-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...files
  }
}
