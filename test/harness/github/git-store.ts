import {
  collectAncestors,
  compareCommits,
  findMergeBase,
  isAncestor,
  type Comparison
} from './commit-graph.js'
import {
  DEFAULT_AUTHOR,
  WEB_COMMITTER,
  type Commit,
  type FileSnapshot,
  type Signature,
  type TagObject
} from './git-objects.js'
import { GitMirror } from './git-mirror.js'
import { MemoryWriter, type ObjectWriter } from './object-writer.js'

export { DEFAULT_AUTHOR } from './git-objects.js'

/** Hands out ids and timestamps that only ever grow, so shas are the same on every run. */
export class Sequencer {
  private lastId = 1000
  private ms: number

  constructor(
    start = '2024-01-01T00:00:00Z',
    private readonly stepMs = 60_000
  ) {
    this.ms = Date.parse(start)
  }

  nextId(): number {
    return ++this.lastId
  }

  /** Moves the clock up to `date` if it is behind, so what comes next is newer. */
  catchUp(date: string): void {
    this.ms = Math.max(this.ms, Date.parse(date))
  }

  nextDate(): string {
    this.ms += this.stepMs
    return new Date(this.ms).toISOString().replace('.000Z', 'Z')
  }
}

export interface CommitOptions {
  /** The branch to advance; created when missing. Default: the default branch. */
  branch?: string
  message: string
  /** Changes on top of the first parent's files; `null` deletes a file. */
  files?: Record<string, string | null>
  /** Default: the branch's tip (none on a new branch: a root commit). */
  parents?: string[]
  author?: Partial<Signature>
  date?: string
}

export type MergeOutcome =
  { kind: 'merged'; sha: string } | { kind: 'up-to-date' } | { kind: 'conflict'; paths: string[] }

/** Commits, annotated tag objects and refs of one repository. */
export class GitStore {
  readonly commits = new Map<string, Commit>()
  readonly tagObjects = new Map<string, TagObject>()
  /** Full ref name (`refs/heads/main`) → sha of a commit or a tag object. */
  readonly refs = new Map<string, string>()
  readonly lookup = (sha: string): Commit | undefined => this.commits.get(sha)
  defaultBranch: string
  /** Git mode: the repository whose refs and objects the maps mirror. */
  readonly gitDir: string | undefined
  protected readonly writer: ObjectWriter
  private readonly mirror: GitMirror | undefined

  /** With `gitDir`, the default branch defaults to the one the repository's HEAD names. */
  constructor(
    defaultBranch: string | undefined,
    protected readonly sequencer: Sequencer,
    gitDir?: string
  ) {
    this.gitDir = gitDir
    this.mirror = gitDir === undefined ? undefined : new GitMirror(gitDir, this)
    this.writer = this.mirror ?? new MemoryWriter(this)
    this.defaultBranch = defaultBranch ?? this.mirror?.readHeadBranch() ?? 'main'
    this.syncFromGit()
  }

  /**
   * Git mode: reads the repository's refs again and imports the commits and tags that are
   * new (the server does this before every request). Does nothing in memory.
   */
  syncFromGit(): void {
    for (const commit of this.mirror?.sync() ?? []) this.sequencer.catchUp(commit.committer.date)
  }

  /** The next timestamp: every event in the stand-in happens a minute after the previous one. */
  now(): string {
    return this.sequencer.nextDate()
  }

  commit(options: CommitOptions): string {
    const branch = options.branch ?? this.defaultBranch
    const tip = this.refs.get(`refs/heads/${branch}`)
    const parents = options.parents ?? (tip ? [tip] : [])
    for (const parent of parents) this.requireCommit(parent)
    const files: FileSnapshot = { ...(parents[0] ? this.requireCommit(parents[0]).files : {}) }
    for (const [path, content] of Object.entries(options.files ?? {})) {
      if (content === null) delete files[path]
      else files[path] = content
    }
    const date = options.date ?? this.now()
    // A given author is someone else: keep the default login only for the default author.
    const author = options.author
      ? { ...DEFAULT_AUTHOR, login: undefined, date, ...options.author }
      : { ...DEFAULT_AUTHOR, date }
    const sha = this.writer.writeCommit({
      parents,
      message: options.message,
      files,
      author,
      committer: author
    })
    this.writer.writeRef(`refs/heads/${branch}`, sha, tip)
    return sha
  }

  /** Creates `refs/heads/<name>` at a branch, tag or sha (default: the default branch). */
  createBranch(name: string, from: string = this.defaultBranch): string {
    const sha = this.requireCommitish(from)
    this.createRef(`refs/heads/${name}`, sha)
    return sha
  }

  /**
   * Creates `refs/tags/<name>`: lightweight, or pointing at a new annotated tag object.
   * Returns what the ref points at (the tag object's sha when annotated).
   */
  tag(
    name: string,
    target: string = this.defaultBranch,
    options: { annotated?: boolean; message?: string; tagger?: Partial<Signature> } = {}
  ): string {
    const commitSha = this.requireCommitish(target)
    const annotated = options.annotated ?? options.message !== undefined
    const sha = annotated
      ? this.createTagObject({
          tag: name,
          message: options.message ?? name,
          object: commitSha,
          type: 'commit',
          tagger: { ...DEFAULT_AUTHOR, date: this.now(), ...options.tagger }
        }).sha
      : commitSha
    this.createRef(`refs/tags/${name}`, sha)
    return sha
  }

  createRef(ref: string, sha: string): void {
    if (this.refs.has(ref)) throw new Error(`${ref} already exists`)
    this.writer.writeRef(ref, sha, undefined)
  }

  /** Points an existing ref at `sha`, fast-forward or not. */
  updateRef(ref: string, sha: string): void {
    const current = this.refs.get(ref)
    if (!current) throw new Error(`${ref} does not exist`)
    this.writer.writeRef(ref, sha, current)
  }

  /** Deletes a ref; false when there was none. */
  deleteRef(ref: string): boolean {
    const current = this.refs.get(ref)
    if (!current) return false
    this.writer.writeRef(ref, undefined, current)
    return true
  }

  createTagObject(fields: Omit<TagObject, 'sha'>): TagObject {
    return this.writer.writeTag(fields)
  }

  getBranchSha(name: string): string | undefined {
    return this.refs.get(`refs/heads/${name}`)
  }

  /** The commit a tag names, through an annotated tag object if there is one. */
  getTagSha(name: string): string | undefined {
    const sha = this.refs.get(`refs/tags/${name}`)
    return sha === undefined ? undefined : this.peel(sha)
  }

  listRefs(prefix = 'refs/'): Array<[string, string]> {
    return [...this.refs]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
  }

  hasObject(sha: string): boolean {
    return this.commits.has(sha) || this.tagObjects.has(sha)
  }

  /** Follows annotated tags down to a commit; undefined if the object is unknown. */
  peel(sha: string): string | undefined {
    const tag = this.tagObjects.get(sha)
    if (tag) return this.peel(tag.object)
    return this.commits.has(sha) ? sha : undefined
  }

  /** Resolves a sha (full or abbreviated), `refs/...`, `heads/x`, `tags/x`, a tag or a branch. */
  resolveCommitish(value: string): string | undefined {
    for (const ref of [value, `refs/${value}`, `refs/tags/${value}`, `refs/heads/${value}`]) {
      const sha = this.refs.get(ref)
      if (sha) return this.peel(sha)
    }
    if (!/^[0-9a-f]{4,40}$/.test(value)) return undefined
    const found = [...this.commits.keys(), ...this.tagObjects.keys()].filter((sha) =>
      sha.startsWith(value)
    )
    return found.length === 1 ? this.peel(found[0] as string) : undefined
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    return isAncestor(this.lookup, ancestor, descendant)
  }

  findMergeBase(a: string, b: string): string | undefined {
    return findMergeBase(this.lookup, a, b)
  }

  compare(base: string, head: string): Comparison {
    return compareCommits(this.lookup, base, head)
  }

  /** Everything reachable from `head` that is not reachable from `base`. */
  listCommitsBetween(base: string | undefined, head: string): Set<string> {
    const excluded = base ? collectAncestors(this.lookup, base) : new Set<string>()
    return new Set([...collectAncestors(this.lookup, head)].filter((sha) => !excluded.has(sha)))
  }

  /**
   * Merges `head` into branch `base` as GitHub's merges API does: always a merge commit
   * (never a fast-forward), nothing when head is already in base, a conflict when both
   * sides changed a file differently since their merge base.
   */
  mergeIntoBranch(
    base: string,
    head: string,
    message: string,
    author: Signature,
    options: { squash?: boolean } = {}
  ): MergeOutcome {
    const baseSha = this.getBranchSha(base)
    if (!baseSha) throw new Error(`No branch ${base}`)
    if (this.isAncestor(head, baseSha)) return { kind: 'up-to-date' }
    const committer = { ...WEB_COMMITTER, date: author.date }
    const result = this.writer.writeMerge(baseSha, head, { message, author, committer, ...options })
    if ('conflicts' in result) return { kind: 'conflict', paths: result.conflicts }
    this.writer.writeRef(`refs/heads/${base}`, result.sha, baseSha)
    return { kind: 'merged', sha: result.sha }
  }

  requireCommit(sha: string): Commit {
    const commit = this.commits.get(sha)
    if (!commit) throw new Error(`No commit ${sha}`)
    return commit
  }

  requireCommitish(value: string): string {
    const sha = this.resolveCommitish(value)
    if (!sha) throw new Error(`Cannot resolve "${value}" to a commit`)
    return sha
  }
}
