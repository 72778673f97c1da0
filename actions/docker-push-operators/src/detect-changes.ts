import { readFileSync } from 'node:fs'
import type { Git } from '../../../src/lib/git.js'
import { COMMIT_ID, diffNames, fetchFromOrigin, hasCommit } from './git-revisions.js'
import type { Changes } from './select-operators.js'

const ZERO_SHA = /^0+$/
const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/

/** The commit to compare with: the input, else what the event says. */
export function readEventBase(
  eventName: string,
  eventPath: string | undefined
): { base?: string; why?: string } {
  if (
    eventName === 'workflow_dispatch' ||
    eventName === 'schedule' ||
    eventName === 'repository_dispatch'
  ) {
    return { why: `${eventName} builds every operator` }
  }
  const payload = readPayload(eventPath)
  if (eventName === 'push') {
    const before = String(payload.before ?? '')
    if (!before) return { why: 'the push event has no "before" commit' }
    if (ZERO_SHA.test(before))
      return { why: 'a new branch: there is no earlier commit to compare with' }
    return checkEventSha(before, 'the push event\'s "before"')
  }
  if (eventName.startsWith('pull_request')) {
    const base = (payload.pull_request as { base?: { sha?: string } } | undefined)?.base?.sha
    return base
      ? checkEventSha(base, "the pull request's base sha")
      : { why: 'the pull request event has no base commit' }
  }
  if (eventName === 'merge_group') {
    const base = (payload.merge_group as { base_sha?: string } | undefined)?.base_sha
    return base
      ? checkEventSha(base, "the merge group's base sha")
      : { why: 'the merge group event has no base commit' }
  }
  return { why: `a ${eventName || 'local'} run has no commit to compare with` }
}

/** Files changed between `base` and HEAD, fetching `base` into a shallow clone when it is missing. */
export async function detectChanges(
  git: Git,
  base: string | undefined,
  why: string | undefined
): Promise<Changes> {
  if (!base) return { kind: 'all', reason: why ?? 'no base commit' }
  if (!(await hasCommit(git, base))) {
    // actions/checkout clones one commit by default; the base is one fetch away (a tag by name).
    await fetchFromOrigin(git, COMMIT_ID.test(base) ? base : `+refs/tags/${base}:refs/tags/${base}`)
    if (!(await hasCommit(git, base))) {
      return {
        kind: 'all',
        reason: `base ${base.slice(0, 7)} is not in the clone and could not be fetched; set fetch-depth: 0 on actions/checkout to compare`
      }
    }
  }
  const diff = await diffNames(git, base)
  if (diff.exitCode !== 0)
    return {
      kind: 'all',
      reason: `git diff ${base.slice(0, 7)} HEAD failed: ${diff.stderr.trim()}`
    }
  return { kind: 'files', base, files: diff.stdout.split('\0').filter(Boolean) }
}

/** An event's commit id, as GitHub sends it (40 or 64 hex digits); anything else is not used. */
function checkEventSha(value: unknown, what: string): { base?: string; why?: string } {
  const sha = String(value)
  return FULL_SHA.test(sha) ? { base: sha } : { why: `${what} is not a commit id` }
}

function readPayload(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath) return {}
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}
