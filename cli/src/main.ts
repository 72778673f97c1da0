import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '../../src/lib/errors.js'
import type { CommandRunner } from '../../src/lib/exec.js'
import { createGit } from '../../src/lib/git.js'
import { checkGitVersion } from './check-git-version.js'
import { execFileRunner } from './exec-file.js'
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
      `unknown command "${args.positionals.join(' ')}"; the command is: plan (see --help)`
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

// Evaluated only with --gate, so a plain plan does not pay for the gate and its YAML parser.
// "eager" keeps it in the one bundle file: ncc's licenses.txt covers only one chunk.
async function runGate(repo: string, run: CommandRunner) {
  const { runGateLocally } = await import(/* webpackMode: "eager" */ './run-gate.js')
  return runGateLocally(repo, run)
}

function isFolder(folder: string): boolean {
  return existsSync(folder) && statSync(folder).isDirectory()
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`release-actions: ${message}\n`)
  return 2
}
