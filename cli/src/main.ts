import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '../../src/lib/errors.js'
import type { CommandRunner } from '../../src/lib/exec.js'
import { createGit } from '../../src/lib/git.js'
import { checkGitVersion } from './check-git-version.js'
import { execFileRunner } from './exec-file.js'
import { runInit } from './init/run-init.js'
import { computePlan } from './plan.js'
import { readOrigin } from './read-origin.js'
import { readRefs } from './read-refs.js'
import { chooseStyle, renderPlan } from './render-plan.js'
import { useScratchObjects } from './use-scratch-objects.js'

export const USAGE = `Usage: release-actions plan [--repo PATH] [--from BRANCH] [--into BRANCH] [--gate] [--json]

Shows, from the local git repository alone, what merging --from into --into will do: the next
version and its notes, the operator images to build, the sync of --into back into development
and security/hotfix (with conflicts), and the Slack notice. Needs git 2.38 or later; the
repository is left as it was (no ref, file or object written).

  --repo PATH        the git checkout (default: the current folder)
  --from BRANCH      what is merged (default: the current branch; development when that is --into)
  --into BRANCH      where it is merged (default: main)
  --operators-dir D  the operators folder (default: operators; none there: no images)
  --tag-prefix TEXT  prefix of version tags (default: v)
  --registry HOST    image registry (default: docker.io)
  --namespace NAME   image namespace (default: the repository folder's name)
  --gate             also run the security gate here, with bandit and pip-audit from PATH; like
                     the action, a missing tool is an error (exit 1 unless the gate passes)
  --json             one JSON document instead of the report
  -h, --help         this text

Usage: release-actions init --from SOURCE@REF [--uses OWNER/REPO] [--repo PATH] [--force] [--dry-run]

Writes the starter workflows into .github/workflows/ with every action of this collection pinned
to the commit REF names (uses: OWNER/REPO/actions/NAME@SHA # REF), deploy/ from examples/deploy,
and, when absent, .security-allowlist.yml and locustfile.py; then lists what is left to do in
GitHub's settings. A file that differs from what init writes is only overwritten with --force.

  --from SOURCE@REF  the copy of release-actions and its version tag (not a branch: Dependabot
                     updates only a SHA pinned from a tag): OWNER/REPO@v1 (GitHub), or a git URL
                     or absolute path with --uses (e.g. /srv/release-actions.git@v1)
  --uses OWNER/REPO  the repository the uses: lines name (default: the GitHub OWNER/REPO of --from)
  --repo PATH        the target git checkout (default: the current folder)
  --registry HOST    IMAGE_REGISTRY of the workflows (default: ghcr.io)
  --namespace NAME   IMAGE_NAMESPACE (default: the owner of the GitHub origin remote)
  --force            overwrite files that differ
  --dry-run          print the diff of each file it would write; write nothing
`

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
  /** Runs the programs (git, the scanners); the tests pass their own. Default: execFile. */
  run?: CommandRunner
}

/** Runs the CLI; returns the exit code (0 done, 2 bad usage or input, 1 anything else). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'init') return runInit(argv.slice(1), io, USAGE)
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        from: { type: 'string' },
        into: { type: 'string', default: 'main' },
        'tag-prefix': { type: 'string', default: 'v' },
        registry: { type: 'string', default: 'docker.io' },
        namespace: { type: 'string' },
        'operators-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        gate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    return fail(io, `${errorMessage(error)} (see --help)`)
  }
  if (args.values.help) {
    io.stdout.write(USAGE)
    return 0
  }
  const command = args.positionals[0] ?? 'plan'
  if (command !== 'plan' || args.positionals.length > 1)
    return fail(
      io,
      `unknown command "${args.positionals.join(' ')}"; the commands are: plan, init (see --help)`
    )

  const run = io.run ?? execFileRunner
  const gitProblem = await checkGitVersion(run)
  if (gitProblem) return fail(io, gitProblem)
  const repo = path.resolve(io.cwd, args.values.repo ?? '.')
  const git = createGit({ cwd: repo, runner: run })
  const [inside, refs] = existsSync(repo)
    ? await Promise.all([
        git.tryRead(['rev-parse', '--is-inside-work-tree']),
        readRefs(git).catch(() => undefined)
      ])
    : []
  if (inside !== 'true' || !refs) {
    return fail(io, `${repo} is not a git repository (pass --repo PATH)`)
  }
  const into = args.values.into
  // On the branch merged into, the usual merge is development's.
  const from = args.values.from ?? (refs.current === into ? 'development' : refs.current)
  if (!from) return fail(io, 'HEAD is not on a branch: pass --from BRANCH')
  if (from === into)
    return fail(
      io,
      `--from and --into are both "${into}": pass the branch to merge, e.g. --from development`
    )
  const missing = [from, into].find((branch) => !refs.branches.has(branch))
  if (missing) return fail(io, `no branch "${missing}" in ${repo}`)
  const operatorsDir = args.values['operators-dir'] ?? 'operators'
  if (args.values['operators-dir'] !== undefined && !isFolder(path.resolve(repo, operatorsDir)))
    return fail(io, `no operators folder "${operatorsDir}" in ${repo} (--operators-dir)`)
  try {
    const [objects, origin] = await Promise.all([
      git.read(['rev-parse', '--git-path', 'objects']).then((dir) => path.resolve(repo, dir)),
      readOrigin(git)
    ])
    const [plan, gate] = await useScratchObjects(run, objects, (scratchRun) => {
      const scratchGit = createGit({ cwd: repo, runner: scratchRun })
      return Promise.all([
        computePlan(scratchGit, refs, {
          repo,
          from,
          into,
          tagPrefix: args.values['tag-prefix'],
          registry: args.values.registry,
          namespace: (args.values.namespace ?? path.basename(repo))
            .toLowerCase()
            .replace(/[^a-z0-9._-]/g, '-'),
          operatorsDir,
          syncTargets: ['development', 'security/hotfix'],
          origin
        }),
        args.values.gate ? runGate(repo, run) : undefined
      ])
    })
    const full = gate ? { ...plan, gate } : plan
    io.stdout.write(
      args.values.json
        ? `${JSON.stringify(full, null, 2)}\n`
        : renderPlan(full, chooseStyle(io.stdout, io.env))
    )
    return gate && gate.outcome !== 'pass' ? 1 : 0
  } catch (error) {
    io.stderr.write(`release-actions: ${errorMessage(error)}\n`)
    return 1
  }
}

// Loaded only with --gate (a chunk of its own in cli/dist), so a plain plan does not pay for the
// gate and its YAML parser.
async function runGate(repo: string, run: CommandRunner) {
  const { runGateLocally } = await import('./run-gate.js')
  return runGateLocally(repo, run)
}

function isFolder(folder: string): boolean {
  return existsSync(folder) && statSync(folder).isDirectory()
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`release-actions: ${message}\n`)
  return 2
}
