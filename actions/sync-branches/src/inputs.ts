import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'

export const MODES = ['sync', 'pull-request'] as const
export const CONFLICT_POLICIES = ['pull-request', 'fail', 'skip'] as const

export interface SyncBranchesInputs {
  token: string
  source: string
  targets: string[]
  mode: (typeof MODES)[number]
  onConflict: (typeof CONFLICT_POLICIES)[number]
  prBranchPrefix: string
  /** `{source}` and `{target}` are replaced per target. */
  prTitle: string
  prBody: string
  updateOnly: boolean
  prLabels: string[]
  dryRun: boolean
}

const DEFAULT_TITLE = 'Sync {source} into {target}'
const DEFAULT_BODY =
  'Brings the commits of `{source}` into `{target}`, opened by the sync-branches action.'
// Ref-name characters git accepts that make sense in a branch name or prefix.
const BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[A-Za-z0-9._/-]+$/

export function readSyncBranchesInputs(input: InputReader): SyncBranchesInputs {
  const source = input.string('source', 'main')
  checkBranchName('source', source)
  const targets = input.list('targets')
  if (targets.length === 0) {
    throw new ConfigurationError(
      'Input "targets" is empty; accepted: branch names, one per line or comma separated, such as "development, security/hotfix".'
    )
  }
  for (const target of targets) checkBranchName('targets', target)
  if (targets.includes(source)) {
    throw new ConfigurationError(
      `Input "targets" lists "${source}", which is the source; accepted: branches other than the source.`
    )
  }
  const prBranchPrefix = input.string('pr-branch-prefix', 'sync/')
  if (prBranchPrefix) checkBranchName('pr-branch-prefix', prBranchPrefix)
  const token = input.requiredSecret(
    'github-token',
    'Leave it unset to use the workflow token, or pass a token with contents: write and pull-requests: write.'
  )
  return {
    token,
    source,
    targets,
    mode: input.choice('mode', MODES, 'sync'),
    onConflict: input.choice('on-conflict', CONFLICT_POLICIES, 'pull-request'),
    prBranchPrefix,
    prTitle: input.string('pr-title', DEFAULT_TITLE),
    prBody: input.string('pr-body', DEFAULT_BODY),
    prLabels: input.list('pr-labels'),
    updateOnly: input.boolean('update-only', false),
    dryRun: input.boolean('dry-run', false)
  }
}

function checkBranchName(name: string, value: string): void {
  if (
    !BRANCH.test(value) ||
    (value.endsWith('/') && name !== 'pr-branch-prefix') ||
    value.endsWith('.lock')
  ) {
    throw new ConfigurationError(
      `Input "${name}" has "${value}"; accepted: branch names of letters, digits, ".", "_", "-" and "/".`
    )
  }
}

export function fillTemplate(template: string, source: string, target: string): string {
  return template.replaceAll('{source}', source).replaceAll('{target}', target)
}
