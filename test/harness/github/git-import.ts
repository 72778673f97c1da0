import { git, gitBytes } from './git-cli.js'
import type { Commit } from './git-objects.js'
import { parseCatFileBatch, parseCommit, parseTag, parseTree, type TreeEntry } from './git-parse.js'
import type { GitMaps } from './object-writer.js'

const SUBMODULE = '160000'
const DIRECTORY = '40000'

/**
 * Reads commits (with full file snapshots) and annotated tags from a git repository into a
 * store's maps. Objects are immutable, so what was read once is never read again; a few
 * batched git calls per import, whatever the number of commits.
 */
export class GitImporter {
  private readonly trees = new Map<string, TreeEntry[]>()
  private readonly blobs = new Map<string, string>()

  constructor(
    private readonly gitDir: string,
    private readonly maps: GitMaps
  ) {}

  has(sha: string): boolean {
    return this.maps.commits.has(sha) || this.maps.tagObjects.has(sha)
  }

  /** Imports what `tips` (commits or tags) reach that the maps lack; returns the new commits. */
  importObjects(tips: string[]): Commit[] {
    const commitTips = this.importTags(tips.filter((sha) => !this.has(sha)))
    return this.importCommits(this.listNewCommits(commitTips))
  }

  /** Imports these commits, whose parents must be imported already or be among them. */
  importCommits(shas: string[]): Commit[] {
    if (shas.length === 0) return []
    const commits = this.readObjects(shas).map(parseCommit)
    this.readTrees(commits.map((commit) => commit.treeSha))
    const listings = commits.map((commit) => this.listFiles(commit.treeSha))
    this.readBlobs(listings.flatMap((listing) => listing.map(([, blob]) => blob)))
    return commits.map((commit, i) => {
      const listing = listings[i] ?? []
      const files = Object.fromEntries(listing.map(([path, blob]) => [path, this.readBlob(blob)]))
      const full = { ...commit, files }
      this.maps.commits.set(full.sha, full)
      return full
    })
  }

  /** Stores the tag objects among `shas` and what they point at; returns the commits found. */
  private importTags(shas: string[]): string[] {
    const commits: string[] = []
    let pending = shas
    while (pending.length > 0) {
      const objects = this.readObjects(pending)
      pending = []
      for (const object of objects) {
        if (object.type === 'commit') commits.push(object.sha)
        if (object.type !== 'tag') continue
        const tag = parseTag(object)
        this.maps.tagObjects.set(tag.sha, tag)
        if (!this.has(tag.object)) pending.push(tag.object)
      }
    }
    return commits
  }

  // Everything imported has all its ancestors imported too, so they bound the walk.
  private listNewCommits(tips: string[]): string[] {
    if (tips.length === 0) return []
    const known = [...this.maps.commits.keys()].map((sha) => `^${sha}`)
    const output = git(this.gitDir, ['rev-list', '--stdin'], {
      input: [...tips, ...known].join('\n') + '\n'
    })
    return output.split('\n').filter(Boolean)
  }

  private readTrees(roots: string[]): void {
    let pending = roots.filter((sha) => !this.trees.has(sha))
    while (pending.length > 0) {
      const next: string[] = []
      for (const { sha, data } of this.readObjects(pending)) {
        const entries = parseTree(data)
        this.trees.set(sha, entries)
        for (const entry of entries) {
          if (entry.mode === DIRECTORY && !this.trees.has(entry.sha)) next.push(entry.sha)
        }
      }
      pending = next
    }
  }

  /** Every file under a tree (submodules left out), as [path, blob sha]. */
  private listFiles(treeSha: string, prefix = ''): Array<[string, string]> {
    return (this.trees.get(treeSha) ?? []).flatMap(({ mode, name, sha }) => {
      if (mode === DIRECTORY) return this.listFiles(sha, `${prefix}${name}/`)
      return mode === SUBMODULE ? [] : [[`${prefix}${name}`, sha] as [string, string]]
    })
  }

  private readBlobs(shas: string[]): void {
    const missing = shas.filter((sha) => !this.blobs.has(sha))
    for (const { sha, data } of this.readObjects(missing)) this.blobs.set(sha, data.toString())
  }

  private readBlob(sha: string): string {
    const content = this.blobs.get(sha)
    if (content === undefined) throw new Error(`Blob ${sha} was not read`)
    return content
  }

  private readObjects(shas: string[]) {
    const unique = [...new Set(shas)]
    if (unique.length === 0) return []
    const input = unique.join('\n') + '\n'
    return parseCatFileBatch(gitBytes(this.gitDir, ['cat-file', '--batch'], { input }))
  }
}
