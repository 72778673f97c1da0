import { findMergeBase, mergeSnapshots } from './commit-graph.js'
import {
  computeCommitSha,
  computeTagSha,
  computeTreeSha,
  type Commit,
  type TagObject
} from './git-objects.js'

/** What a store holds: commits, annotated tag objects, and refs (full name → sha). */
export interface GitMaps {
  readonly commits: Map<string, Commit>
  readonly tagObjects: Map<string, TagObject>
  readonly refs: Map<string, string>
}

export type NewCommit = Omit<Commit, 'sha' | 'treeSha'>
export type MergeFields = Pick<Commit, 'message' | 'author' | 'committer'> & {
  /** A squash merge: the merged snapshot as one commit whose only parent is `ours`. */
  squash?: boolean
}
export type MergeResult = { sha: string } | { conflicts: string[] }

/** Where a store's writes go: straight into its maps, or into a git repository they mirror. */
export interface ObjectWriter {
  /** Stores a commit with its full file snapshot; returns its sha. */
  writeCommit(commit: NewCommit): string
  /** A merge commit with parents [ours, theirs] (or [ours] when squashed), unless they conflict. */
  writeMerge(ours: string, theirs: string, fields: MergeFields): MergeResult
  writeTag(tag: Omit<TagObject, 'sha'>): TagObject
  /** Points `ref` at `sha`, or deletes it; `expected` is what the store believes it holds. */
  writeRef(ref: string, sha: string | undefined, expected: string | undefined): void
}

/** Objects hashed by the stand-in itself; merges are three-way by whole file. */
export class MemoryWriter implements ObjectWriter {
  constructor(private readonly maps: GitMaps) {}

  writeCommit(commit: NewCommit): string {
    const withTree = { ...commit, treeSha: computeTreeSha(commit.files) }
    const sha = computeCommitSha(withTree)
    this.maps.commits.set(sha, { ...withTree, sha })
    return sha
  }

  writeMerge(ours: string, theirs: string, fields: MergeFields): MergeResult {
    const lookup = (sha: string) => this.maps.commits.get(sha)
    const filesOf = (sha: string | undefined) => (sha ? lookup(sha)?.files : undefined) ?? {}
    const mergeBase = findMergeBase(lookup, ours, theirs)
    const result = mergeSnapshots(filesOf(mergeBase), filesOf(ours), filesOf(theirs))
    if ('conflicts' in result) return result
    const { squash, ...commit } = fields
    const parents = squash ? [ours] : [ours, theirs]
    return { sha: this.writeCommit({ ...commit, parents, files: result.files }) }
  }

  writeTag(fields: Omit<TagObject, 'sha'>): TagObject {
    const tag = { ...fields, sha: computeTagSha(fields) }
    this.maps.tagObjects.set(tag.sha, tag)
    return tag
  }

  writeRef(ref: string, sha: string | undefined): void {
    if (sha === undefined) this.maps.refs.delete(ref)
    else this.maps.refs.set(ref, sha)
  }
}
