import { readdirSync } from 'node:fs'
import path from 'node:path'
import { matchesGlob, normalizePath } from './glob.js'

/**
 * Folders never scanned when the workspace is no git work tree: VCS data, virtualenvs, caches and
 * vendored JavaScript. In a git work tree the tracked files are scanned instead, whatever their
 * folders are called (a real virtualenv is never committed; code committed under `venv/` is code).
 */
export const ALWAYS_EXCLUDED = [
  '.git',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  'node_modules',
  '__pycache__',
  'site-packages',
  '.eggs'
]

/** Left out: under a folder of ALWAYS_EXCLUDED (unless `folderNames` is false), or matching an `exclude` glob. */
export function isExcluded(file: string, exclude: string[], folderNames = true): boolean {
  const normal = normalizePath(file)
  const parts = normal.split('/')
  if (folderNames && parts.some((part) => ALWAYS_EXCLUDED.includes(part))) return true
  return exclude.some((pattern) => matchesGlob(normal, pattern))
}

/** The name `auto` takes: `requirements*.txt`. */
export function isRequirementsName(name: string): boolean {
  return /^requirements.*\.txt$/.test(name)
}

/**
 * Requirements files under `root`, relative to `workspace`: every `requirements*.txt` for
 * `auto`, else the files and globs given. Sorted, so reports are stable. `tracked`, in a git work
 * tree, holds the tracked `requirements*.txt` under `root` (minus `exclude`), which `auto` takes
 * as they are; files and globs given are looked for in the folders, as outside git.
 */
export function discoverRequirements(
  root: string,
  workspace: string,
  wanted: 'auto' | string[],
  exclude: string[],
  tracked?: string[]
): string[] {
  if (tracked && wanted === 'auto') return [...tracked].sort()
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const relative = normalizePath(path.relative(workspace, full))
      if (isExcluded(relative, exclude)) continue
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && isWanted(relative, entry.name, wanted)) files.push(relative)
    }
  }
  walk(root)
  return files.sort()
}

function isWanted(relative: string, name: string, wanted: 'auto' | string[]): boolean {
  if (wanted === 'auto') return isRequirementsName(name)
  return wanted.some((pattern) => matchesGlob(relative, pattern, true))
}

/**
 * Every requirement pinned to one version with `==` (hashes allowed): pip-audit can then skip
 * resolving (`--no-deps --disable-pip`), so no package code runs. Strict on purpose: a line
 * pip-audit's no-deps path cannot read as `==<version>` (a wildcard `==2.*`, `===`, a second
 * clause, a direct `@ url` reference, an option line) means "resolve with pip" instead.
 */
export function isFullyPinned(requirements: string): boolean {
  const lines = joinLogicalLines(requirements)
  return lines.length > 0 && lines.every((line) => PINNED_LINE.test(line))
}

// PEP 440's public version (epoch, release, pre, post, dev) and local label, without wildcards.
const VERSION =
  String.raw`v?(?:\d+!)?\d+(?:\.\d+)*` +
  String.raw`(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?` +
  String.raw`(?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?` +
  String.raw`(?:[-_.]?dev[-_.]?\d*)?` +
  String.raw`(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`
const NAME = String.raw`[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?`
const EXTRAS = String.raw`(?:\s*\[\s*(?:${NAME}(?:\s*,\s*${NAME})*)?\s*\])?`
const HASHES = String.raw`(?:\s+--hash=[a-z0-9]+:[a-f0-9]+)*`
// An environment marker: anything up to an option (`--…`), which only `--hash` may be.
const MARKER = String.raw`(?:\s*;(?:(?!\s--)[^;])*${HASHES})?`
const PINNED_LINE = new RegExp(`^${NAME}${EXTRAS}\\s*==\\s*${VERSION}${HASHES}${MARKER}$`, 'i')

/** Lines as pip reads them: comments dropped, `\`-continued lines joined, blanks skipped. */
function joinLogicalLines(text: string): string[] {
  const lines: string[] = []
  let pending = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '')
    const continued = /\\$/.test(line)
    pending += continued ? line.slice(0, -1) : line
    if (continued) continue
    if (pending.trim() !== '') lines.push(pending.trim())
    pending = ''
  }
  if (pending.trim() !== '') lines.push(pending.trim())
  return lines
}
