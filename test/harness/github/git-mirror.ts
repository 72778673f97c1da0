import { rmSync } from 'node:fs'
import path from 'node:path'
import { formatSignature, git, runGit, toIdentityEnv } from './git-cli.js'
import { GitImporter } from './git-import.js'
import type { Commit, FileSnapshot, TagObject } from './git-objects.js'
import { readRefFiles } from './ref-files.js'
import type { GitMaps, MergeFields, MergeResult, NewCommit, ObjectWriter } from './object-writer.js'

const NO_FILE = `0 ${'0'.repeat(40)}`

/**
 * A store's maps mirrored from a git repository (bare, or a `.git` dir): reads import its refs and
 * objects with their real shas; writes are done by git, then imported.
 */
export class GitMirror implements ObjectWriter {
  private readonly importer: GitImporter
  private listing: string | undefined
  private refFiles: string | undefined

  constructor(
    readonly gitDir: string,
    private readonly maps: GitMaps
  ) {
    this.importer = new GitImporter(gitDir, maps)
  }

  /** The branch HEAD names, if it names one. */
  readHeadBranch(): string | undefined {
    const { status, stdout } = runGit(this.gitDir, ['symbolic-ref', '--quiet', '--short', 'HEAD'])
    return status === 0 ? stdout.toString().trim() : undefined
  }

  /**
   * Makes the refs git's, importing the new objects they reach; returns the new commits.
   * Unchanged ref files (the usual case) cost a few file reads and no git process.
   */
  sync(): Commit[] {
    const refFiles = readRefFiles(this.gitDir)
    if (refFiles !== undefined && refFiles === this.refFiles) return []
    const listing = git(this.gitDir, ['for-each-ref', '--format=%(objectname) %(refname)'])
    this.refFiles = refFiles
    if (listing === this.listing) return []
    const entries = listing
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ', 2) as [string, string])
    const imported = this.importer.importObjects(entries.map(([sha]) => sha))
    this.maps.refs.clear()
    // Refs to bare trees or blobs have no place in the stand-in.
    for (const [sha, ref] of entries) if (this.importer.has(sha)) this.maps.refs.set(ref, sha)
    this.listing = listing
    return imported
  }

  writeCommit(commit: NewCommit): string {
    const parent = commit.parents[0] ? this.maps.commits.get(commit.parents[0]) : undefined
    return this.commitTree(this.writeTree(parent, commit.files), commit)
  }

  /** Git's own merge (`merge-tree`, line by line); a clean one is committed, never fast-forwarded. */
  writeMerge(ours: string, theirs: string, fields: MergeFields): MergeResult {
    const merge = ['merge-tree', '--write-tree', '--name-only', '--no-messages']
    const args = [...merge, '--allow-unrelated-histories', ours, theirs]
    const { status, stdout, stderr } = runGit(this.gitDir, args)
    const [tree = '', ...conflicts] = stdout.toString().split('\n').filter(Boolean)
    // Exit 1 is also how merge-tree refuses: only a written tree means a conflict.
    if (status === 1 && /^[0-9a-f]{40,64}$/.test(tree))
      return { conflicts: [...new Set(conflicts)] }
    if (status !== 0) throw new Error(`git merge-tree ${ours} ${theirs} failed: ${stderr.trim()}`)
    const { squash, ...commit } = fields
    return { sha: this.commitTree(tree, { ...commit, parents: squash ? [ours] : [ours, theirs] }) }
  }

  writeTag(tag: Omit<TagObject, 'sha'>): TagObject {
    const text = [
      `object ${tag.object}`,
      `type ${tag.type}`,
      `tag ${tag.tag}`,
      `tagger ${formatSignature(tag.tagger)}`,
      '',
      withFinalNewline(tag.message)
    ].join('\n')
    const sha = git(this.gitDir, ['mktag'], { input: text })
    this.importer.importObjects([sha])
    return this.maps.tagObjects.get(sha) as TagObject
  }

  // `expected` makes git refuse when the ref moved since the last sync (compare and swap).
  writeRef(ref: string, sha: string | undefined, expected: string | undefined): void {
    const unchanged = this.refFiles !== undefined && readRefFiles(this.gitDir) === this.refFiles
    if (sha === undefined) {
      git(this.gitDir, ['update-ref', '-d', ref, ...(expected ? [expected] : [])])
      this.maps.refs.delete(ref)
    } else {
      git(this.gitDir, ['update-ref', ref, sha, expected ?? ''])
      this.maps.refs.set(ref, sha)
    }
    // When nothing else had changed, the maps hold git's refs: the next sync need not ask git.
    this.listing = undefined
    this.refFiles = unchanged ? readRefFiles(this.gitDir) : undefined
  }

  private writeTree(parent: Commit | undefined, files: FileSnapshot): string {
    const indexFile = path.resolve(this.gitDir, `stand-in-${process.pid}.index`)
    const env = { GIT_INDEX_FILE: indexFile }
    const before = parent?.files ?? {}
    const changed = [...new Set([...Object.keys(before), ...Object.keys(files)])]
      .filter((file) => before[file] !== files[file])
      .map((file) => {
        const content = files[file]
        return content === undefined
          ? `${NO_FILE}\t${file}`
          : `100644 ${this.writeBlob(content)}\t${file}`
      })
    try {
      git(this.gitDir, ['read-tree', parent?.treeSha ?? '--empty'], { env })
      git(this.gitDir, ['update-index', '--index-info'], { env, input: changed.join('\n') + '\n' })
      return git(this.gitDir, ['write-tree'], { env })
    } finally {
      rmSync(indexFile, { force: true })
    }
  }

  private writeBlob(content: string): string {
    return git(this.gitDir, ['hash-object', '-w', '--stdin'], { input: content })
  }

  private commitTree(tree: string, commit: Omit<NewCommit, 'files'>): string {
    const parents = commit.parents.flatMap((parent) => ['-p', parent])
    const sha = git(this.gitDir, ['commit-tree', tree, ...parents], {
      input: withFinalNewline(commit.message),
      env: toIdentityEnv(commit.author, commit.committer)
    })
    this.importer.importCommits([sha])
    return sha
  }
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
