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

/** Every requirement pinned with `==` (or hashed): pip-audit can skip resolving, so no package code runs. */
export function isFullyPinned(requirements: string): boolean {
  const lines = requirements
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('--hash'))
  return (
    lines.length > 0 &&
    lines.every(
      (line) =>
        /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*==\s*[^\s;,]+(\s*;.*)?(\s*\\)?$/.test(line) ||
        /^--hash=/.test(line)
    )
  )
}
