import { existsSync, lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { CommandError, type CommandRunner } from '../../../src/lib/exec.js'
import { errorMessage } from '../../../src/lib/errors.js'
import { createGit } from '../../../src/lib/git.js'
import { ALWAYS_EXCLUDED, isExcluded, isRequirementsName } from './discover-requirements.js'
import { normalizePath } from './glob.js'
import { isInside } from './output-paths.js'
import { describeLimit, type TimedRunner } from './run-timed.js'

/**
 * Which files the scanners get. In a git work tree (`source: 'git'`): the tracked files under
 * `path` (`git ls-files`, submodules included), minus `exclude`, whatever their folders are called.
 * Elsewhere (`source: 'walk'`): bandit walks `path` and the folders named in ALWAYS_EXCLUDED are
 * left out, as before.
 */
export interface FileSelection {
  source: 'git' | 'walk'
  /** Tracked `*.py` and `*.pyw` files (what `bandit -r` picks), relative to the workspace. */
  python: string[]
  /** Tracked `requirements*.txt` files, relative to the workspace. */
  requirements: string[]
  /** Tracked symbolic links that would have been scanned: never read, never passed on. */
  skippedLinks: string[]
  notes: string[]
  /** Why the files to scan are unknown (the gate then fails closed). */
  errors: string[]
}

export interface SelectContext {
  /** Runs git with a time limit (the gate's scanner runner). */
  runScanner: TimedRunner
  timeoutMs: number
}

/** bandit's own default `include` globs (`*.py`, `*.pyw`), which `bandit -r` walks with. */
export function isPythonName(name: string): boolean {
  return name.endsWith('.py') || name.endsWith('.pyw')
}

const LISTED = 10

export async function selectFiles(
  root: string,
  workspace: string,
  exclude: string[],
  context: SelectContext
): Promise<FileSelection> {
  const selection: FileSelection = {
    source: 'git',
    python: [],
    requirements: [],
    skippedLinks: [],
    notes: [],
    errors: []
  }
  const git = createGit({ cwd: root, runner: timedCommandRunner(context) })
  let stdout: string
  try {
    // -z: names as they are, NUL-separated (no quoting, newlines allowed); they stay data.
    const listed = await git.run(['ls-files', '-z', '--cached', '--recurse-submodules'], {
      allowFailure: true
    })
    if (listed.exitCode !== 0) return notListed(selection, root, lastLine(listed.stderr))
    stdout = listed.stdout
  } catch (error) {
    if (error instanceof GitTimedOut) return { ...selection, errors: [error.message] }
    return notListed(selection, root, errorMessage(error))
  }
  const realWorkspace = realpathSync(workspace)
  const missing: string[] = []
  for (const name of new Set(stdout.split('\0').filter(Boolean))) {
    const full = path.join(root, name)
    const relative = normalizePath(path.relative(workspace, full))
    const base = path.posix.basename(relative)
    const kind = isPythonName(base) ? 'python' : isRequirementsName(base) ? 'requirements' : ''
    if (!kind || isExcluded(relative, exclude, false)) continue
    let stat
    try {
      stat = lstatSync(full)
    } catch {
      missing.push(relative)
      continue
    }
    // A committed link could point anywhere on the runner (`x.py -> /etc/shadow`), and bandit
    // copies code lines into its report: links are never read. What a link points to inside the
    // repository is scanned under its own name when it is committed.
    if (stat.isSymbolicLink()) selection.skippedLinks.push(relative)
    else if (!stat.isFile()) continue
    else if (!isInside(realpathSync(full), realWorkspace)) selection.skippedLinks.push(relative)
    else selection[kind].push(relative)
  }
  selection.python.sort()
  selection.requirements.sort()
  selection.skippedLinks.sort()
  // Names git printed that are not UTF-8 cannot be passed on as they are: fail closed, never skip.
  const unreadable = missing.filter((file) => file.includes('\uFFFD'))
  if (unreadable.length > 0) {
    selection.errors.push(
      `git tracks file(s) whose names are not UTF-8, which the gate cannot pass to the scanners: ${list(unreadable)}; rename them`
    )
  }
  const absent = missing.filter((file) => !file.includes('\uFFFD'))
  selection.notes.push(
    `Scanned what is committed: the ${selection.python.length} Python file(s) and ${selection.requirements.length} requirements*.txt git tracks under ${normalizePath(path.relative(workspace, root)) || '.'} (git ls-files), whatever their folders are called.`
  )
  if (selection.skippedLinks.length > 0) {
    selection.notes.push(
      `Not scanned: ${selection.skippedLinks.length} tracked symbolic link(s), which are never read (what they point to is scanned under its own name when it is committed): ${list(selection.skippedLinks)}.`
    )
  }
  if (absent.length > 0) {
    selection.notes.push(
      `Not scanned: ${absent.length} tracked file(s) missing from the work tree (a sparse checkout?): ${list(absent)}.`
    )
  }
  return selection
}

/**
 * `git ls-files` failed: outside any git work tree that is the old rule (walk the folders), said
 * in the notes; inside one (a `.git` above `root`) the files to scan are unknown, which is an error.
 */
function notListed(selection: FileSelection, root: string, why: string): FileSelection {
  if (insideGitWorkTree(root)) {
    return {
      ...selection,
      errors: [
        `git ls-files failed in ${root}, a git work tree, so the committed files are unknown: ${why}`
      ]
    }
  }
  return {
    ...selection,
    source: 'walk',
    notes: [
      `Not a git work tree (${why}): files were chosen by walking the folders, leaving out folders named ${ALWAYS_EXCLUDED.join(', ')}, and exclude. In a git checkout the tracked files are scanned instead.`
    ]
  }
}

function insideGitWorkTree(root: string): boolean {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return true
    if (path.dirname(dir) === dir) return false
  }
}

class GitTimedOut extends Error {}

/** The gate's timed runner as a CommandRunner for src/lib/git.ts: a git past the limit is killed. */
function timedCommandRunner(context: SelectContext): CommandRunner {
  return async (command, args, options = {}) => {
    const result = await context.runScanner(command, args, {
      cwd: options.cwd ?? '.',
      timeoutMs: context.timeoutMs,
      env: options.env
    })
    if (result.timedOut) {
      throw new GitTimedOut(
        `git ${args.find((a) => /^[a-z][a-z-]*$/.test(a)) ?? ''} ran past ${describeLimit(context.timeoutMs)} and was stopped`
      )
    }
    const { exitCode, stdout, stderr } = result
    if (exitCode !== 0 && !options.allowFailure) {
      throw new CommandError(command, args, { exitCode, stdout, stderr })
    }
    return { exitCode, stdout, stderr }
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) || 'git exited with an error'
}

function list(files: string[]): string {
  return `${files.slice(0, LISTED).join(', ')}${files.length > LISTED ? `, … (${files.length - LISTED} more)` : ''}`
}
