import { readFileSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { createGit, type Git } from '../../../src/lib/git.js'
import { diffAllowlists, parseAllowlist, readAllowlist, type AllowlistEntry } from './allowlist.js'

/** What the gate takes from a pull request event's payload (data, never trusted as code). */
export interface PullRequestEvent {
  name: string
  /** `pull_request.base.sha` as the payload has it (checked before it reaches git). */
  baseSha: string | undefined
  /** `pull_request.labels[].name`. */
  labels: string[]
  /** Why the payload could not be read. */
  problem?: string
}

/** Events whose checkout holds the pull request's changes: the allowlist then comes from the base. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

/** The pull request event, or undefined on `push` and every other event. */
export function readPullRequestEvent(
  env: NodeJS.ProcessEnv,
  readFile: (file: string) => string = (file) => readFileSync(file, 'utf8')
): PullRequestEvent | undefined {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (!PULL_REQUEST_EVENTS.includes(name)) return undefined
  const file = env.GITHUB_EVENT_PATH
  if (!file)
    return { name, baseSha: undefined, labels: [], problem: 'GITHUB_EVENT_PATH is not set' }
  let payload: unknown
  try {
    payload = JSON.parse(readFile(file))
  } catch (error) {
    return {
      name,
      baseSha: undefined,
      labels: [],
      problem: `the event payload could not be read (${errorMessage(error)})`
    }
  }
  const pr = (payload as { pull_request?: unknown } | null)?.pull_request as
    { base?: { sha?: unknown }; labels?: unknown } | undefined
  const sha = pr?.base?.sha
  const labels = Array.isArray(pr?.labels)
    ? pr.labels
        .map((label: unknown) => (label as { name?: unknown } | null)?.name)
        .filter((label): label is string => typeof label === 'string')
    : []
  return { name, baseSha: typeof sha === 'string' ? sha : undefined, labels }
}

export interface ProposedEntry {
  entry: AllowlistEntry
  change: 'added' | 'changed'
  counted: boolean
}

export interface AllowlistPolicy {
  /** Where the trusted entries came from: `base <sha>`, `checkout`, or `none` (no file checked out). */
  source: string
  /** The entries that allow: the trusted ones, plus the proposed ones when the label is set. */
  counted: AllowlistEntry[]
  /** Proposed entries that do not count (no label): a finding they would allow says so. */
  pending: AllowlistEntry[]
  proposed: ProposedEntry[]
  /** Base entries the pull request removed or changed: they no longer apply. */
  removed: AllowlistEntry[]
  exceptionLabel: string
  /** The pull request carries `exceptionLabel`. */
  labelled: boolean
  /** Why the trusted allowlist could not be read: the gate fails closed. */
  errors: string[]
  notes: string[]
}

export interface PolicyContext {
  /** The allowlist in the checkout (absolute); undefined when absent. */
  file: string | undefined
  /** Its name in messages (relative to the workspace). */
  name: string
  event: PullRequestEvent | undefined
  exceptionLabel: string
  today: string
  run: CommandRunner
  /** The limit of each git call. */
  timeoutMs: number
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/**
 * The allowlist the gate applies. On a pull request the trusted entries are those of the checked-out
 * file that the base commit's file holds exactly so; the others are proposed by the pull request and
 * count only when it carries `exceptionLabel`. Entries the pull request removes stop applying (that
 * only makes the gate stricter). On any other event the checked-out file is the trusted one. A
 * malformed entry in the checked-out file is a ConfigurationError naming its line.
 */
export async function resolveAllowlistPolicy(context: PolicyContext): Promise<AllowlistPolicy> {
  const policy: AllowlistPolicy = {
    source: 'none',
    counted: [],
    pending: [],
    proposed: [],
    removed: [],
    exceptionLabel: context.exceptionLabel,
    labelled: false,
    errors: [],
    notes: []
  }
  // No file checked out: nothing is allowed, whatever the base holds (a removal only adds checks).
  if (!context.file) return policy
  const head = parseAllowlist(readFileSync(context.file, 'utf8'), context.name, context.today)
  const event = context.event
  if (!event) return { ...policy, source: 'checkout', counted: head }

  const wanted = context.exceptionLabel.toLowerCase()
  policy.labelled = event.labels.some((label) => label.toLowerCase() === wanted)
  const base = await readBaseAllowlist(event, context)
  if ('error' in base) {
    const error = `the base allowlist could not be read, so no allowlist entry counts (failing closed): ${base.error}. Check out with actions/checkout's \`fetch-depth: 0\` (and credentials that can fetch), so the base commit is in the clone`
    return { ...policy, source: `base ${event.baseSha ?? '(unknown)'}`, errors: [error] }
  }
  policy.source = `base ${base.sha}`
  const trusted =
    base.text === undefined
      ? { entries: [], problems: [] }
      : readAllowlist(base.text, `${context.name} at base ${base.sha.slice(0, 7)}`, context.today)
  for (const problem of trusted.problems) policy.notes.push(`${problem} It does not count.`)

  const diff = diffAllowlists(head, trusted.entries)
  const changed = new Set(diff.changed)
  const proposed = new Set([...diff.added, ...diff.changed])
  for (const entry of head) {
    if (!proposed.has(entry)) {
      policy.counted.push(entry)
      continue
    }
    const marked = { ...entry, proposed: true }
    policy.proposed.push({
      entry: marked,
      change: changed.has(entry) ? 'changed' : 'added',
      counted: policy.labelled
    })
    if (policy.labelled) policy.counted.push(marked)
    else policy.pending.push(marked)
  }
  policy.removed = diff.removed
  if (diff.removed.length > 0) {
    policy.notes.push(
      `${diff.removed.length} entr${diff.removed.length === 1 ? 'y' : 'ies'} of the base allowlist (${diff.removed.map((e) => e.label).join(', ')}) removed or changed by this pull request no longer appl${diff.removed.length === 1 ? 'ies' : 'y'}`
    )
  }
  return policy
}

type BaseRead = { sha: string; text: string | undefined } | { error: string }

/** The allowlist file as the base commit has it (undefined: not there), fetching the commit if needed. */
async function readBaseAllowlist(
  event: PullRequestEvent,
  context: PolicyContext
): Promise<BaseRead> {
  if (event.problem) return { error: event.problem }
  const raw = event.baseSha
  if (raw === undefined || !SHA.test(raw)) {
    const shown = raw === undefined ? 'none' : JSON.stringify(raw.slice(0, 80))
    return {
      error: `the ${event.name} event's pull_request.base.sha is ${shown}, not a commit id (40 or 64 hex digits)`
    }
  }
  const sha = raw.toLowerCase()
  const file = context.file as string
  const runner: CommandRunner = (command, args, options = {}) =>
    context.run(command, args, { ...options, timeoutMs: context.timeoutMs })
  const git = createGit({ cwd: path.dirname(file), runner })
  try {
    // The file's path from the repository's top, whatever folder the workspace is.
    const prefix = await git.read(['rev-parse', '--show-prefix'])
    const relative = `${prefix}${path.basename(file)}`
    if (!(await hasCommit(git, sha))) {
      // actions/checkout clones one commit by default; the base is one fetch away.
      const fetched = await git.run(
        ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', sha],
        { allowFailure: true }
      )
      if (!(await hasCommit(git, sha))) {
        const why = fetched.stderr.trim().split('\n').at(-1) ?? ''
        return {
          error: `base commit ${sha} is not in the checkout and \`git fetch origin ${sha}\` could not fetch it${why ? ` (${why})` : ''}`
        }
      }
    }
    const listed = await git.run(
      ['ls-tree', '-z', '--full-tree', '--end-of-options', sha, '--', relative],
      { env: { GIT_LITERAL_PATHSPECS: '1' } }
    )
    const line = listed.stdout.split('\0').find((l) => l.endsWith(`\t${relative}`))
    if (!line) return { sha, text: undefined }
    const [mode, type, object] = line.slice(0, line.indexOf('\t')).split(' ')
    if (type !== 'blob' || mode === '120000' || !object || !SHA.test(object)) {
      return {
        error: `${relative} at base ${sha.slice(0, 7)} is not a regular file (${type} ${mode})`
      }
    }
    const text = (await git.run(['cat-file', 'blob', object])).stdout
    return { sha, text }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}

async function hasCommit(git: Git, sha: string): Promise<boolean> {
  const result = await git.run(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`], {
    allowFailure: true
  })
  return result.exitCode === 0
}
