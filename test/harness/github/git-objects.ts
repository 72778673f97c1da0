import { createHash } from 'node:crypto'

export interface Signature {
  name: string
  email: string
  /** ISO 8601, e.g. `2024-01-01T00:00:00Z`. */
  date: string
  /** The GitHub account the email belongs to; without one, GitHub shows `author: null`. */
  login?: string
}

/** A full file tree: path → content. */
export type FileSnapshot = Record<string, string>

export interface Commit {
  sha: string
  treeSha: string
  parents: string[]
  message: string
  author: Signature
  committer: Signature
  files: FileSnapshot
}

export interface TagObject {
  sha: string
  tag: string
  message: string
  object: string
  type: 'commit' | 'tree' | 'blob'
  tagger: Signature
}

export const DEFAULT_AUTHOR = { name: 'The Octocat', email: 'octocat@github.com', login: 'octocat' }
/** Who commits what the web UI and the API merge. */
export const WEB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }

export interface FileChange {
  filename: string
  status: 'added' | 'removed' | 'modified'
  sha: string | null
  additions: number
  deletions: number
}

/** Git's own blob id, so the stand-in's file shas look like (and equal) real ones. */
export function computeBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return sha1(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
}

export function computeTreeSha(files: FileSnapshot): string {
  const entries = Object.keys(files)
    .sort()
    .map((path) => [path, computeBlobSha(files[path] as string)])
  return hashObject('tree', entries)
}

export function computeCommitSha(commit: Omit<Commit, 'sha'>): string {
  const { treeSha, parents, message, author, committer } = commit
  return hashObject('commit', { treeSha, parents, message, author, committer })
}

export function computeTagSha(tag: Omit<TagObject, 'sha'>): string {
  return hashObject('tag', tag)
}

/** Files that differ between two snapshots, with rough line counts, sorted by path. */
export function diffSnapshots(before: FileSnapshot, after: FileSnapshot): FileChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return paths.flatMap((filename): FileChange[] => {
    const old = before[filename]
    const now = after[filename]
    if (old === now) return []
    const sha = now === undefined ? null : computeBlobSha(now)
    if (old === undefined) {
      return [{ filename, status: 'added', sha, additions: countLines(now), deletions: 0 }]
    }
    if (now === undefined) {
      return [{ filename, status: 'removed', sha, additions: 0, deletions: countLines(old) }]
    }
    const { added, removed } = countChangedLines(old, now)
    return [{ filename, status: 'modified', sha, additions: added, deletions: removed }]
  })
}

function countLines(text: string | undefined): number {
  return text
    ? text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1).length
    : 0
}

// A multiset difference of lines: exact for appends and edits, close enough for stats.
function countChangedLines(old: string, now: string): { added: number; removed: number } {
  const remaining = new Map<string, number>()
  for (const line of old.split('\n')) remaining.set(line, (remaining.get(line) ?? 0) + 1)
  let added = 0
  for (const line of now.split('\n')) {
    const count = remaining.get(line) ?? 0
    if (count > 0) remaining.set(line, count - 1)
    else added++
  }
  const removed = [...remaining.values()].reduce((sum, count) => sum + count, 0)
  return { added, removed }
}

function hashObject(kind: string, content: unknown): string {
  return sha1(`${kind}\0${JSON.stringify(content)}`)
}

function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex')
}
