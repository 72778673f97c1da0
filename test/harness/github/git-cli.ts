import { spawnSync } from 'node:child_process'
import type { Signature } from './git-objects.js'

export interface GitCall {
  input?: string | Buffer
  env?: Record<string, string>
}

export interface GitOutput {
  status: number
  stdout: Buffer
  stderr: string
}

// Synchronous on purpose: the stand-in's handlers and builders are synchronous, and the
// processes that call it (actions, git clone) run outside this event loop.
export function runGit(gitDir: string, args: string[], call: GitCall = {}): GitOutput {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], {
    input: call.input ?? '',
    env: { ...createGitEnv(), ...call.env },
    maxBuffer: 1 << 30
  })
  if (result.error) throw result.error
  return { status: result.status ?? 128, stdout: result.stdout, stderr: result.stderr.toString() }
}

/** Runs git and returns its stdout without the final newline; throws when git fails. */
export function git(gitDir: string, args: string[], call: GitCall = {}): string {
  return gitBytes(gitDir, args, call).toString('utf8').replace(/\n$/, '')
}

/** Runs git and returns its stdout as bytes (tree objects are binary); throws when git fails. */
export function gitBytes(gitDir: string, args: string[], call: GitCall = {}): Buffer {
  const { status, stdout, stderr } = runGit(gitDir, args, call)
  if (status !== 0) throw new Error(`git ${args.join(' ')} exited with ${status}: ${stderr.trim()}`)
  return stdout
}

/** The environment that makes `author` and `committer` (and their dates) those of a new object. */
export function toIdentityEnv(author: Signature, committer: Signature): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: toGitDate(author.date),
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: toGitDate(committer.date)
  }
}

/** `Name <email> 1704067260 +0000`, as in commit and tag headers. */
export function formatSignature(signature: Signature): string {
  return `${signature.name} <${signature.email}> ${toGitDate(signature.date).slice(1)}`
}

function toGitDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`Not a date: ${iso}`)
  return `@${Math.floor(ms / 1000)} +0000`
}

// Only what the stand-in says counts: no user or system configuration, no inherited GIT_*.
function createGitEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }
}
