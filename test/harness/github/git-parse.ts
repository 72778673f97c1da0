import {
  DEFAULT_AUTHOR,
  WEB_COMMITTER,
  type Commit,
  type Signature,
  type TagObject
} from './git-objects.js'

export interface RawObject {
  sha: string
  type: string
  data: Buffer
}

export interface TreeEntry {
  mode: string
  name: string
  sha: string
}

/** Splits `git cat-file --batch` output: `<sha> <type> <size>\n<data>\n` per object. */
export function parseCatFileBatch(output: Buffer): RawObject[] {
  const objects: RawObject[] = []
  let at = 0
  while (at < output.length) {
    const end = output.indexOf(10, at)
    const [sha = '', type = '', size] = output.toString('utf8', at, end).split(' ')
    if (size === undefined) throw new Error(`git cat-file: ${sha} is ${type}`)
    const start = end + 1
    objects.push({ sha, type, data: output.subarray(start, start + Number(size)) })
    at = start + Number(size) + 1
  }
  return objects
}

/** A commit object, without its file snapshot. */
export function parseCommit(raw: RawObject): Omit<Commit, 'files'> {
  const { headers, message } = splitObject(raw.data)
  return {
    sha: raw.sha,
    treeSha: headers.get('tree')?.[0] ?? '',
    parents: headers.get('parent') ?? [],
    message,
    author: parseSignature(headers.get('author')?.[0] ?? ''),
    committer: parseSignature(headers.get('committer')?.[0] ?? '')
  }
}

export function parseTag(raw: RawObject): TagObject {
  const { headers, message } = splitObject(raw.data)
  return {
    sha: raw.sha,
    tag: headers.get('tag')?.[0] ?? '',
    message,
    object: headers.get('object')?.[0] ?? '',
    type: (headers.get('type')?.[0] ?? 'commit') as TagObject['type'],
    tagger: parseSignature(headers.get('tagger')?.[0] ?? '')
  }
}

/** Tree entries: `<mode> <name>\0<20-byte sha>` each. */
export function parseTree(data: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < data.length) {
    const nul = data.indexOf(0, at)
    const header = data.toString('utf8', at, nul)
    const space = header.indexOf(' ')
    const sha = data.toString('hex', nul + 1, nul + 21)
    entries.push({ mode: header.slice(0, space), name: header.slice(space + 1), sha })
    at = nul + 21
  }
  return entries
}

/** `Name <email> 1704067260 +0100` → a signature dated in UTC, as GitHub's API gives it. */
export function parseSignature(line: string): Signature {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line)
  if (!match) throw new Error(`Unreadable git signature: ${line}`)
  const [, name = '', email = '', seconds] = match
  const date = new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z')
  return { name, email, date, login: findLogin(email) }
}

// GitHub links a commit to an account by email; the stand-in knows the noreply ones.
function findLogin(email: string): string | undefined {
  const known = [DEFAULT_AUTHOR, WEB_COMMITTER].find((person) => person.email === email)
  return known?.login ?? /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1]
}

// Header lines up to the first blank line (a leading space continues the previous one), then
// the message; the message's final newline is dropped, as GitHub's API shows it.
function splitObject(data: Buffer): { headers: Map<string, string[]>; message: string } {
  const text = data.toString('utf8')
  const blank = text.indexOf('\n\n')
  const head = blank < 0 ? text : text.slice(0, blank)
  const headers = new Map<string, string[]>()
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    headers.set(key, [...(headers.get(key) ?? []), line.slice(space + 1)])
  }
  const message = blank < 0 ? '' : text.slice(blank + 2).replace(/\n$/, '')
  return { headers, message }
}
