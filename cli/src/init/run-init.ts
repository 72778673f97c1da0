import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '../../../src/lib/errors.js'
import { createGit } from '../../../src/lib/git.js'
import { execFileRunner } from '../exec-file.js'
import type { CliIo } from '../main.js'
import { findPackageRoot } from './find-package-root.js'
import { formatChecklist } from './format-checklist.js'
import { InitInputError, parseSource } from './parse-source.js'
import { renderFiles, type PlannedFile } from './render-files.js'
import { resolveRef } from './resolve-ref.js'
import { formatUnifiedDiff } from './unified-diff.js'
import { readOrigin } from '../read-origin.js'

type Status = 'create' | 'unchanged' | 'conflict' | 'overwrite' | 'kept'

const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/
const NAMESPACE = /^[a-z0-9]+([._/-][a-z0-9]+)*$/

/** `release-actions init`: returns the exit code (0 done, 2 bad input or a refused overwrite). */
export async function runInit(argv: string[], io: CliIo, usage: string): Promise<number> {
  try {
    return await init(argv, io, usage)
  } catch (error) {
    if (!(error instanceof InitInputError)) throw error
    io.stderr.write(`release-actions: ${error.message}\n`)
    return 2
  }
}

async function init(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseInitArgs(argv)
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (positionals.length > 0)
    throw new InitInputError(`unexpected "${positionals[0]}" (see --help)`)
  if (!values.from)
    throw new InitInputError(
      'no --from: name the copy of release-actions the workflows use, e.g. --from acme/release-actions@v1'
    )
  const source = parseSource(values.from, values.uses)
  const registry = values.registry ?? 'ghcr.io'
  if (!REGISTRY.test(registry)) throw new InitInputError(`--registry "${registry}" is not a host`)
  if (values.namespace !== undefined && !NAMESPACE.test(values.namespace))
    throw new InitInputError(`--namespace "${values.namespace}" is not a lowercase image namespace`)

  const target = await findWorkTree(path.resolve(io.cwd, values.repo ?? '.'))
  // ghcr.io and the settings link are github.com's: another server's origin fills in nothing.
  const remote = await readOrigin(createGit({ cwd: target, runner: execFileRunner }))
  const origin = remote?.serverUrl === 'https://github.com' ? remote : undefined
  const namespace = values.namespace ?? origin?.owner.toLowerCase()
  const sha = await resolveRef(source)
  const files = renderFiles(findPackageRoot(), { ...source, sha, registry, namespace })
  const current = await Promise.all(files.map((file) => readOrNull(path.join(target, file.path))))
  const statuses = files.map((file, i) => decide(file, current[i] ?? null, values.force))

  const conflicts = files.filter((_, i) => statuses[i] === 'conflict').map((f) => f.path)
  if (conflicts.length > 0 && !values['dry-run'])
    throw new InitInputError(
      `differ from what init writes: ${conflicts.join(', ')}; pass --force to overwrite (--dry-run shows the diff)`
    )
  io.stdout.write(
    `release-actions init: ${target}\n` +
      `  actions: ${source.usesRepo}@${sha} (${source.ref} of ${source.url})\n` +
      `  images: ${registry}/${namespace ?? '${{ github.repository_owner }}'}\n\n`
  )
  if (values['dry-run']) {
    files.forEach((file, i) => {
      if (statuses[i] === 'unchanged' || statuses[i] === 'kept') return
      io.stdout.write(formatUnifiedDiff(file.path, current[i] ?? null, file.text))
    })
    const forced =
      conflicts.length > 0 && !values.force ? `; --force to overwrite ${conflicts.join(', ')}` : ''
    io.stdout.write(`\n(dry run: nothing written${forced})\n`)
    return 0
  }
  for (const [i, file] of files.entries()) {
    if (statuses[i] === 'create' || statuses[i] === 'overwrite') await writePlanned(target, file)
    io.stdout.write(`  ${statuses[i]!.padEnd(9)} ${file.path}\n`)
  }
  io.stdout.write(
    `\n${formatChecklist({ repo: origin && `${origin.owner}/${origin.name}`, registry })}`
  )
  return 0
}

function parseInitArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        from: { type: 'string' },
        uses: { type: 'string' },
        registry: { type: 'string' },
        namespace: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    throw new InitInputError(`${errorMessage(error)} (see --help)`)
  }
}

async function findWorkTree(dir: string): Promise<string> {
  const top = existsSync(dir)
    ? await createGit({ cwd: dir, runner: execFileRunner }).tryRead([
        'rev-parse',
        '--show-toplevel'
      ])
    : undefined
  if (!top) throw new InitInputError(`${dir} is not a git repository (pass --repo PATH)`)
  return top
}

function decide(file: PlannedFile, current: string | null, force: boolean): Status {
  if (current === null) return 'create'
  if (file.onlyIfAbsent) return 'kept'
  if (current === file.text) return 'unchanged'
  return force ? 'overwrite' : 'conflict'
}

async function readOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function writePlanned(target: string, file: PlannedFile): Promise<void> {
  const destination = path.join(target, file.path)
  await mkdir(path.dirname(destination), { recursive: true })
  await writeFile(destination, file.text)
  if (file.executable) await chmod(destination, 0o755)
}
