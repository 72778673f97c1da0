import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runProcess } from './run-process.js'

export interface GitRepo {
  /** The work tree. */
  dir: string
  /** Temp dir holding `dir`, the fake HOME and any bare remote; cleanup() removes it. */
  root: string
  /** The environment git runs with (dates: the scripted clock); for running git or an action. */
  env: Record<string, string>
  /** Runs git in `dir` (or `cwd`); returns stdout without its final newline, throws on failure. */
  git(args: string[], options?: { cwd?: string }): Promise<string>
  /** Writes (string) or deletes (null) the files, commits them, and returns the new sha. */
  commit(options: { message: string; files?: Record<string, string | null> }): Promise<string>
  branch(name: string, from?: string): Promise<void>
  checkout(name: string): Promise<void>
  /** An annotated tag when `message` is given, else a lightweight one; at HEAD unless `sha`. */
  tag(name: string, options?: { sha?: string; message?: string }): Promise<void>
  /** Merges `branch` into the current branch and returns the resulting HEAD sha. */
  merge(branch: string, options?: { noFf?: boolean; message?: string }): Promise<string>
  head(): Promise<string>
  cleanup(): Promise<void>
}

export interface CreateGitRepoOptions {
  initialBranch?: string
}

const IDENTITY = { name: 'Release Actions Test', email: 'test@example.com' }
// 2024-01-01T00:00:00Z; each commit, merge and annotated tag first advances the clock a minute.
const START_SECONDS = 1_704_067_200

/**
 * A real git repository whose shas depend only on the scripted calls: fixed identity, a
 * scripted clock, and no system, global or inherited GIT_* configuration.
 */
export async function createGitRepo(options: CreateGitRepoOptions = {}): Promise<GitRepo> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'release-actions-git-'))
  const dir = path.join(root, 'work')
  const home = path.join(root, 'home')
  await Promise.all([mkdir(dir), mkdir(home)])
  const env = createGitEnv(home)
  let seconds = START_SECONDS - 60
  const tick = (): void => {
    seconds += 60
    env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = `@${seconds} +0000`
  }
  tick()
  const git = (args: string[], gitOptions: { cwd?: string } = {}) =>
    runGit(args, gitOptions.cwd ?? dir, env)
  const head = () => git(['rev-parse', 'HEAD'])
  const cleanup = () => rm(root, { recursive: true, force: true })
  await git(['init', '-q', `--initial-branch=${options.initialBranch ?? 'main'}`]).catch(
    async (error: unknown) => {
      await cleanup()
      throw error
    }
  )

  return {
    dir,
    root,
    env,
    git,
    head,
    async commit({ message, files = {} }) {
      const paths = Object.keys(files)
      await Promise.all(paths.map((file) => writeWorkFile(dir, file, files[file] ?? null)))
      if (paths.length > 0) await git(['add', '-A', '--', ...paths])
      tick()
      await git(['commit', '-q', '--allow-empty', '-m', message])
      return head()
    },
    async branch(name, from) {
      await git(['branch', name, ...(from ? [from] : [])])
    },
    async checkout(name) {
      await git(['checkout', '-q', name])
    },
    async tag(name, { sha, message } = {}) {
      const target = sha ? [sha] : []
      if (message === undefined) await git(['tag', name, ...target])
      else {
        tick()
        await git(['tag', '-a', '-m', message, name, ...target])
      }
    },
    async merge(branch, { noFf = false, message } = {}) {
      const flags = [...(noFf ? ['--no-ff'] : []), ...(message ? ['-m', message] : [])]
      tick()
      await git(['merge', '-q', '--no-edit', ...flags, branch])
      return head()
    },
    cleanup
  }
}

/** Creates `<root>/remote.git`, adds it as `origin`, pushes all branches and tags to it. */
export async function createBareRemote(repo: GitRepo): Promise<string> {
  const remote = path.join(repo.root, 'remote.git')
  const branch = await repo.git(['symbolic-ref', '--short', 'HEAD'])
  await repo.git(['init', '-q', '--bare', `--initial-branch=${branch}`, remote])
  await repo.git(['remote', 'add', 'origin', remote])
  await repo.git(['push', '-q', 'origin', '--all'])
  await repo.git(['push', '-q', 'origin', '--tags'])
  return remote
}

function createGitEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    // GIT_DIR and friends leak in when tests run from a git hook.
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C'
  }
}

async function writeWorkFile(dir: string, file: string, content: string | null): Promise<void> {
  const target = path.resolve(dir, file)
  if (!target.startsWith(dir + path.sep)) throw new Error(`Path outside the repository: ${file}`)
  if (content === null) return rm(target, { force: true })
  await mkdir(path.dirname(target), { recursive: true })
  await writeFile(target, content)
}

async function runGit(args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const { exitCode, stdout, stderr } = await runProcess('git', args, { cwd, env })
  if (exitCode !== 0)
    throw new Error(`git ${args.join(' ')} exited with ${exitCode}: ${stderr.trim()}`)
  return stdout.replace(/\n$/, '')
}
