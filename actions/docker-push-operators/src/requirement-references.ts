import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/lib/errors.js'
import { readRepositoryFile } from './read-repository-file.js'

/**
 * What an operator's requirements files point at in the repository: `-e ../../shared`,
 * `-r ../common.txt`, `-c ../constraints.txt`, `-f ../wheels`, `./libs/x`, `../../shared[extra]`,
 * `file:../shared`, `name @ file:../shared`. A change under one of them selects the operator.
 *
 * Requirements files are pull-request data: they are only read (with a size cap), split into
 * lines as pip does, and searched for local paths. Nothing in them is run or passed on.
 */
export interface RequirementReference {
  /** The folder or file named, relative to the repository, posix; `.` is the whole repository. */
  path: string
  /** The requirements file that names it, relative to the repository. */
  from: string
  /** True when it is a folder in the checkout (shown as `shared/`). */
  folder: boolean
}

/** One local path a requirements file names, as written (extras, markers and `file:` removed). */
export type RequirementEntry =
  | { kind: 'include'; option: '-r' | '-c'; target: string; line: number }
  | { kind: 'path'; option: '-e' | '-f' | ''; target: string; line: number }

/** A requirements file larger than this is refused (a lock file with hashes is far below it). */
export const MAX_REQUIREMENTS_BYTES = 4 * 1024 * 1024
/** At most this many requirements files are read for one operator (`-r` chains included). */
export const MAX_REQUIREMENTS_FILES = 256

const VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-f',
  '--find-links',
  '-i',
  '--index-url',
  '--extra-index-url',
  '--trusted-host',
  '--hash',
  '--config-settings',
  '--global-option',
  '--install-option',
  '--no-binary',
  '--only-binary',
  '--use-feature'
])
const SHORT_WITH_VALUE = new Set(['-r', '-c', '-e', '-f', '-i'])
const WANTED: Record<string, '-r' | '-c' | '-e' | '-f'> = {
  '-r': '-r',
  '--requirement': '-r',
  '-c': '-c',
  '--constraint': '-c',
  '-e': '-e',
  '--editable': '-e',
  '-f': '-f',
  '--find-links': '-f'
}
const ARCHIVE = /\.(whl|zip|tar|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma)$/i
// Python's str.splitlines() boundaries (the separators \x1c-\x1e too): pip splits a requirements
// file with it, so a line hidden behind one is still a line.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/

/**
 * The local paths a requirements file names, in order. Lines are joined and comments removed as
 * pip does; URLs (`https:`, `git+…`) and named requirements (`flask==3.0.3`) are not local paths
 * and are left out; so are per-requirement options (`--hash`) and other options (`-i URL`).
 */
export function parseRequirements(text: string): RequirementEntry[] {
  const entries: RequirementEntry[] = []
  for (const { line, number } of joinLines(text)) {
    const content = stripComment(line).trim()
    if (!content) continue
    const { args, options } = breakArgsOptions(content)
    if (args) {
      const target = readRequirementTarget(args)
      if (target !== undefined) entries.push({ kind: 'path', option: '', target, line: number })
      continue
    }
    const tokens = splitShellWords(options)
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? ''
      let name = token
      let value: string | undefined
      const eq = token.indexOf('=')
      if (token.startsWith('--') && eq > 0) {
        name = token.slice(0, eq)
        value = token.slice(eq + 1)
      } else if (
        !token.startsWith('--') &&
        token.length > 2 &&
        SHORT_WITH_VALUE.has(token.slice(0, 2))
      ) {
        name = token.slice(0, 2)
        value = token.slice(2)
      } else if (VALUE_OPTIONS.has(token)) {
        value = tokens[++i]
      }
      const option = WANTED[name]
      if (!option || value === undefined) continue
      const target =
        option === '-r' || option === '-c' || option === '-f'
          ? readLocation(value)
          : readEditable(value)
      if (target === undefined) continue
      entries.push(
        option === '-r' || option === '-c'
          ? { kind: 'include', option, target, line: number }
          : { kind: 'path', option, target, line: number }
      )
    }
  }
  return entries
}

/**
 * Where `target`, written in a requirements file in `baseDir` (both posix, `baseDir` relative to
 * the repository), lies in the repository; undefined for an absolute path, one with an
 * environment variable (`${VAR}`: its value is not known here), or one outside the repository.
 */
export function resolveRequirementPath(baseDir: string, target: string): string | undefined {
  if (!target || target.includes('\0') || target.includes('${')) return undefined
  if (path.posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\'))
    return undefined
  const joined = path.posix.normalize(path.posix.join(baseDir || '.', target))
  if (joined === '..' || joined.startsWith('../')) return undefined
  return joined.replace(/\/+$/, '') || '.'
}

/** True when `file` is `dir` or inside it (`dir` `.` or empty: the whole repository). */
export function isUnderPath(file: string, dir: string): boolean {
  const prefix = dir.replace(/^\.\//, '').replace(/\/+$/, '')
  return prefix === '' || prefix === '.' || file === prefix || file.startsWith(`${prefix}/`)
}

/**
 * Every path outside `operatorDir` that the operator's requirements files (`requirements*.txt` in
 * its folder, and the files they include with `-r` or `-c`, followed once each) name.
 *
 * A path is resolved relative to the file that names it, as pip resolves `-r` and `-c`; a path in
 * an included file in another folder also relative to the operator's folder, where pip run there
 * (as pr-security's unit tests run it) resolves paths other than `-r` and `-c`. Paths outside the
 * repository are left out, and so are files that are symbolic links out of it.
 */
export function readRequirementReferences(
  workspace: string,
  operatorDir: string
): RequirementReference[] {
  const root = realpathSync(workspace)
  const start = readdirSync(path.join(workspace, operatorDir))
    .filter((name) => /^requirements.*\.txt$/.test(name))
    .sort()
    .map((name) => path.posix.join(operatorDir, name))
  const queue = [...start]
  const seen = new Set(queue)
  const found = new Map<string, RequirementReference>()
  const add = (target: string, from: string) => {
    if (found.has(target) || isUnderPath(target, operatorDir)) return
    found.set(target, { path: target, from, folder: isFolder(workspace, target) })
  }
  for (let read = 0; read < queue.length; read++) {
    const file = queue[read]!
    if (read >= MAX_REQUIREMENTS_FILES) {
      throw new ConfigurationError(
        `The requirements of ${operatorDir} include more than ${MAX_REQUIREMENTS_FILES} files (through -r and -c); the action reads at most ${MAX_REQUIREMENTS_FILES} to decide what a change selects.`,
        'Include fewer requirements files, or list the paths they share in "shared-paths".'
      )
    }
    const text = readCapped(root, workspace, file)
    if (text === undefined) continue
    const dir = path.posix.dirname(file)
    for (const entry of parseRequirements(text)) {
      const bases = entry.kind === 'path' && dir !== operatorDir ? [dir, operatorDir] : [dir]
      for (const base of bases) {
        const target = resolveRequirementPath(base, entry.target)
        if (target === undefined) continue
        add(target, file)
        if (entry.kind === 'include' && !seen.has(target)) {
          seen.add(target)
          queue.push(target)
        }
      }
    }
  }
  return [...found.values()]
}

/**
 * A requirements file's text; undefined when it is not there (yet: a change adding it still
 * selects the operator) or is a link out of the repository (not watched). Refused when it is no
 * regular file, or over the cap.
 */
function readCapped(root: string, workspace: string, file: string): string | undefined {
  const read = readRepositoryFile(root, workspace, file, MAX_REQUIREMENTS_BYTES)
  if (read.kind === 'text') return decodeText(read.bytes)
  if (read.kind === 'missing' || read.kind === 'outside') return undefined
  if (read.kind === 'too-large') {
    throw new ConfigurationError(
      `The requirements file ${file} is ${read.size} bytes, over the ${MAX_REQUIREMENTS_BYTES} the action reads to decide what a change selects.`,
      "Split it, or keep it out of the operator's requirements*.txt and -r/-c chain."
    )
  }
  throw new ConfigurationError(
    `The requirements file ${file} in the repository is not a regular file (a folder, pipe or device); the action reads only regular files to decide what a change selects.`,
    'Make it a regular file in the repository, or remove it (or the -r/-c line naming it).'
  )
}

/** As pip's `auto_decode`: a byte-order mark says UTF-8 or UTF-16 (and is dropped); else UTF-8. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.subarray(3).toString('utf8')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)))
    return swapped.swap16().toString('utf16le')
  }
  return bytes.toString('utf8')
}

function isFolder(workspace: string, target: string): boolean {
  const file = path.join(workspace, target)
  try {
    return existsSync(file) && statSync(file).isDirectory()
  } catch {
    return false
  }
}

/**
 * Logical lines as pip's `join_lines` makes them: a line ending in `\` goes on with the next one;
 * a comment line never does. Numbered by their first physical line.
 */
function joinLines(text: string): { line: string; number: number }[] {
  const physical = text.split(LINE_BREAK)
  if (physical.length > 0 && physical[physical.length - 1] === '') physical.pop()
  const lines: { line: string; number: number }[] = []
  let pending: string[] = []
  let first = 0
  physical.forEach((raw, index) => {
    const isComment = /^\s*#/.test(raw)
    if (!raw.endsWith('\\') || isComment) {
      const line = isComment ? ` ${raw}` : raw
      if (pending.length > 0) {
        lines.push({ line: [...pending, line].join(''), number: first })
        pending = []
      } else lines.push({ line, number: index + 1 })
    } else {
      if (pending.length === 0) first = index + 1
      pending.push(raw.replace(/^\\+|\\+$/g, ''))
    }
  })
  if (pending.length > 0) lines.push({ line: pending.join(''), number: first })
  return lines
}

/** pip's `(^|\s+)#.*$`: a `#` at the start or after whitespace begins a comment (`pkg#egg` does not). */
function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i)
  }
  return line
}

/** pip's `break_args_options`: words up to the first starting with `-` are the requirement. */
function breakArgsOptions(line: string): { args: string; options: string } {
  const tokens = line.split(' ')
  const index = tokens.findIndex((token) => token.startsWith('-'))
  if (index === -1) return { args: tokens.join(' '), options: '' }
  return { args: tokens.slice(0, index).join(' '), options: tokens.slice(index).join(' ') }
}

/** POSIX shell words, as Python's `shlex.split` (quotes and backslashes; no expansion). */
export function splitShellWords(text: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (/\s/.test(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else if (c === "'") {
      inWord = true
      const end = text.indexOf("'", i + 1)
      if (end === -1) return words // an unclosed quote: shlex refuses the line, and so does pip
      word += text.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      inWord = true
      let j = i + 1
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && /["\\$`\n]/.test(text[j + 1] ?? '')) j++
        word += text[j]
      }
      if (j >= text.length) return words
      i = j
    } else if (c === '\\') {
      inWord = true
      if (i + 1 < text.length) word += text[++i]
    } else {
      inWord = true
      word += c
    }
  }
  if (inWord) words.push(word)
  return words
}

/** A requirement line's local path (`./libs/x[extra]; python_version<"3.13"`), else undefined. */
function readRequirementTarget(requirement: string): string | undefined {
  let text = requirement.trim()
  const url = isUrl(text)
  const markers = text.indexOf(url ? '; ' : ';')
  if (markers !== -1) text = text.slice(0, markers).trim()
  if (url) return readFileUrl(text)
  const at = text.indexOf('@')
  if (at !== -1 && !looksLikePath(text.slice(0, at))) {
    // PEP 508 `name @ url`: local only as a file: URL (or a relative path, which pip refuses).
    const location = text.slice(at + 1).trim()
    if (isUrl(location)) return readFileUrl(location)
    return looksLikePath(location) ? stripExtras(location) : undefined
  }
  const local = stripExtras(text)
  return looksLikePath(local) || ARCHIVE.test(local) ? local : undefined
}

/** `-e`: a folder (any word that is not a URL), or a `file:` URL. */
function readEditable(value: string): string | undefined {
  const text = value.trim()
  if (isUrl(text)) return readFileUrl(text)
  return stripExtras(text) || undefined
}

/** `-r`, `-c`, `-f`: a path, or a `file:` URL; other URLs are not in the repository. */
function readLocation(value: string): string | undefined {
  const text = value.trim()
  if (isUrl(text)) return readFileUrl(text)
  return text || undefined
}

/** pip's `is_url`: a scheme it fetches from (`https:`, `file:`, `git+ssh:` …). */
function isUrl(text: string): boolean {
  const colon = text.indexOf(':')
  if (colon <= 0) return false
  const scheme = text.slice(0, colon).toLowerCase()
  return (
    ['http', 'https', 'file', 'ftp'].includes(scheme) ||
    /^(git|hg|svn|bzr)(\+[a-z0-9.-]+)?$/.test(scheme)
  )
}

/** `file:../shared#egg=x` → `../shared`; `file:///abs` → `/abs`; a remote host or other scheme → undefined. */
function readFileUrl(url: string): string | undefined {
  if (!/^file:/i.test(url)) return undefined
  let rest = url.slice(5).replace(/[?#].*$/s, '')
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2)
    const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash)
    if (host !== '' && host.toLowerCase() !== 'localhost') return undefined
    rest = slash === -1 ? '/' : rest.slice(slash)
  }
  try {
    return stripExtras(decodeURIComponent(rest)) || undefined
  } catch {
    return undefined
  }
}

/** pip's `_looks_like_path`: has a `/` or starts with `.`. */
function looksLikePath(text: string): boolean {
  return text.includes('/') || text.startsWith('.')
}

/** pip's `^(.+)(\[[^\]]+\])$`, without backtracking: `../shared[extra]` → `../shared`. */
function stripExtras(text: string): string {
  if (!text.endsWith(']')) return text
  // The greedy `(.+)` takes the last `[` with something and no `]` between it and the end.
  const close = text.lastIndexOf(']', text.length - 2)
  for (let open = text.length - 3; open >= 1 && open > close; open--) {
    if (text[open] === '[') return text.slice(0, open)
  }
  return text
}
