import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync
} from 'node:fs'
import path from 'node:path'
import { runProcess } from '../harness/run-process.js'
import { createGitHubAppToken } from './app-token-action.js'

export interface StandInContext {
  workspace: string
  /** The bare repository `actions/checkout` clones from. */
  remote: string
  github: { sha: string; ref: string }
  inputs: Record<string, string>
  artifactsDir: string
  /** The job's `permissions:` (already resolved against the workflow's). */
  permissions: Record<string, string>
  env: Record<string, string>
  record(upload: Upload): void
}

export interface Upload {
  kind: 'sarif' | 'artifact'
  name: string
  files: string[]
}

export interface StandInResult {
  exitCode: number
  log: string
  outputs?: Record<string, string>
  /** Folders to put first on PATH for the job's later steps (GITHUB_PATH). */
  addPath?: string[]
  /** The action's post step: run after the job's steps, last registered first, as `always()`. */
  post?: () => Promise<StandInResult>
}

type StandIn = (context: StandInContext) => Promise<StandInResult>

/**
 * The third-party actions the starters use, stood in by what they do to the job: checkout is a
 * real clone at the right ref and depth; the uploads are recorded with their files, and an
 * artifact a job uploads is what a later job of the run downloads. An action without a stand-in
 * fails the step, so a new dependency cannot slip through unrun.
 */
export const THIRD_PARTY_ACTIONS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'docker/setup-buildx-action': async () => ({
    exitCode: 0,
    log: 'buildx is not installed here: images are built by the podman engine.'
  }),
  'actions/setup-python': setupPython,
  'github/codeql-action/upload-sarif': uploadSarif,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/create-github-app-token': createGitHubAppToken
}

async function checkout(context: StandInContext): Promise<StandInResult> {
  const dest = path.resolve(context.workspace, context.inputs.path ?? '')
  const depth = Number(context.inputs['fetch-depth'] || '1')
  const wanted = context.inputs.ref || context.github.ref
  const isSha = /^[0-9a-f]{40}$/.test(wanted)
  const branch = /^refs\/heads\//.test(wanted)
    ? wanted.slice('refs/heads/'.length)
    : isSha || wanted.startsWith('refs/')
      ? undefined
      : wanted
  const sha = context.inputs.ref ? wanted : context.github.sha
  const git = (args: string[]) => runGit(args, dest, context.env)
  const log: string[] = []
  mkdirSync(dest, { recursive: true })
  await git(['init', '-q'])
  await git(['remote', 'add', 'origin', `file://${context.remote}`])
  // A tag is fetched as itself, as actions/checkout does (`+refs/tags/v1:refs/tags/v1`).
  const remoteRef = branch
    ? `refs/remotes/origin/${branch}`
    : wanted.startsWith('refs/tags/')
      ? wanted
      : 'refs/remotes/origin/checkout'
  if (depth === 0) {
    log.push(
      await git([
        'fetch',
        '-q',
        '--prune',
        '--tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*'
      ])
    )
    if (!branch) log.push(await git(['fetch', '-q', 'origin', `+${sha}:${remoteRef}`]))
  } else {
    log.push(
      await git(['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', `+${sha}:${remoteRef}`])
    )
  }
  if (branch) log.push(await git(['checkout', '-q', '--force', '-B', branch, remoteRef]))
  else log.push(await git(['checkout', '-q', '--force', '--detach', remoteRef]))
  const head = (await git(['rev-parse', 'HEAD'])).trim()
  return {
    exitCode: 0,
    log: `checked out ${head} (${branch ?? 'detached'}, depth ${depth || 'all'})\n${log.join('')}`
  }
}

async function runGit(args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const result = await runProcess('git', args, { cwd, env, timeoutMs: 60_000 })
  if (result.exitCode !== 0)
    throw new Error(`checkout: git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout
}

async function setupPython(context: StandInContext): Promise<StandInResult> {
  const bin = path.join(context.artifactsDir, '..', 'python-bin')
  mkdirSync(bin, { recursive: true })
  const python3 = (
    await runProcess('sh', ['-c', 'command -v python3'], { env: context.env })
  ).stdout.trim()
  if (!python3) return { exitCode: 1, log: 'setup-python stand-in: no python3 on this machine' }
  if (!existsSync(path.join(bin, 'python'))) symlinkSync(python3, path.join(bin, 'python'))
  return {
    exitCode: 0,
    log: `python is ${python3} (asked for ${context.inputs['python-version'] ?? 'any'})`,
    addPath: [bin]
  }
}

async function uploadSarif(context: StandInContext): Promise<StandInResult> {
  if (context.permissions['security-events'] !== 'write') {
    return {
      exitCode: 1,
      log: '::error::Resource not accessible by integration (security-events: write is missing)'
    }
  }
  const file = path.resolve(context.workspace, context.inputs.sarif_file ?? '../results')
  if (!existsSync(file)) return { exitCode: 1, log: `::error::Path does not exist: ${file}` }
  const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version?: string }
  if (sarif.version !== '2.1.0') return { exitCode: 1, log: `::error::${file} is not SARIF 2.1.0` }
  context.record({ kind: 'sarif', name: context.inputs.category ?? '', files: [file] })
  return { exitCode: 0, log: `uploaded ${file}` }
}

async function uploadArtifact(context: StandInContext): Promise<StandInResult> {
  const name = context.inputs.name || 'artifact'
  const wanted = (context.inputs.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const found = wanted.map((p) => path.resolve(context.workspace, p)).filter((p) => existsSync(p))
  const ifNone = context.inputs['if-no-files-found'] || 'warn'
  if (found.length === 0 && ifNone === 'error') {
    return {
      exitCode: 1,
      log: `::error::No files were found with the provided path: ${wanted.join(', ')}`
    }
  }
  const dest = path.join(context.artifactsDir, name)
  const root = artifactRoot(wanted.map((p) => path.resolve(context.workspace, p)))
  for (const file of found)
    cpSync(file, path.join(dest, path.relative(root, file)), { recursive: true })
  context.record({ kind: 'artifact', name, files: found })
  return { exitCode: 0, log: `artifact ${name}: ${found.length} file(s)` }
}

/**
 * The folder an artifact's paths are stored relative to, as upload-artifact v4 chooses it: one
 * file alone is stored by its name, one folder by what is inside it, several paths relative to
 * their deepest common folder.
 */
function artifactRoot(searchPaths: string[]): string {
  if (searchPaths.length === 1) {
    const only = searchPaths[0] ?? ''
    return existsSync(only) && statSync(only).isDirectory() ? only : path.dirname(only)
  }
  const split = searchPaths.map((p) => p.split(path.sep))
  const common: string[] = []
  for (const [i, part] of (split[0] ?? []).entries()) {
    if (split.some((parts) => parts[i] !== part)) break
    common.push(part)
  }
  return common.join(path.sep) || path.sep
}

/**
 * actions/download-artifact v4, for artifacts of this run: with `name`, that artifact's files go
 * straight into `path` (default: the workspace); without, every artifact (or those whose name
 * matches `pattern`) goes into `path/<name>/`, or into `path` itself with `merge-multiple`.
 */
async function downloadArtifact(context: StandInContext): Promise<StandInResult> {
  const crossRun = ['github-token', 'run-id', 'repository', 'artifact-ids'].filter(
    (key) => context.inputs[key]
  )
  if (crossRun.length > 0)
    throw new Error(
      `download-artifact stand-in: only this run's artifacts are modelled (${crossRun.join(', ')} given)`
    )
  const dest = path.resolve(context.workspace, context.inputs.path || '.')
  const name = context.inputs.name ?? ''
  const available = existsSync(context.artifactsDir) ? readdirSync(context.artifactsDir).sort() : []
  if (name) {
    if (!available.includes(name)) {
      return {
        exitCode: 1,
        log: `::error::Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`
      }
    }
    cpSync(path.join(context.artifactsDir, name), dest, { recursive: true })
    return {
      exitCode: 0,
      log: `artifact ${name} downloaded to ${dest}`,
      outputs: { 'download-path': dest }
    }
  }
  const pattern = context.inputs.pattern ?? ''
  const chosen = available.filter((a) => !pattern || path.matchesGlob(a, pattern))
  const merge = context.inputs['merge-multiple'] === 'true'
  for (const artifact of chosen)
    cpSync(path.join(context.artifactsDir, artifact), merge ? dest : path.join(dest, artifact), {
      recursive: true
    })
  return {
    exitCode: 0,
    log: `${chosen.length} artifact(s) downloaded to ${dest}: ${chosen.join(', ')}`,
    outputs: { 'download-path': dest }
  }
}
