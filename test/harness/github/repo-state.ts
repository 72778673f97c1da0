import { GitStore, Sequencer } from './git-store.js'
import { recordWorkflowRun, type WorkflowRunRecord } from './workflow-runs.js'

export { Sequencer, type CommitOptions, type MergeOutcome } from './git-store.js'

export interface PullRequest {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  mergeCommitSha: string | null
  /** `sha` follows the branch while the pull request is open, as on GitHub. */
  head: { ref: string; sha: string }
  base: { ref: string; sha: string }
  labels: string[]
  user: string
  /** The commits it brought in, fixed when it was merged. */
  mergedCommits: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
}

export interface Release {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  author: string
  createdAt: string
  publishedAt: string | null
  /** A draft's URL names it `untagged-<slug>` until it is published. */
  untaggedSlug: string
}

export interface Label {
  id: number
  name: string
  color: string
  description: string | null
}

export interface OpenPullRequestOptions {
  head: string
  base?: string
  title: string
  body?: string | null
  labels?: string[]
  draft?: boolean
  user?: string
}

export interface CreateReleaseOptions {
  tagName: string
  targetCommitish?: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
  author?: string
}

export interface RepoStateOptions {
  defaultBranch?: string
  sequencer?: Sequencer
  /** Who the API token belongs to: the author of merges and of what the API creates. */
  actor?: string
  /** Mirror this git repository (bare, or a `.git` dir): its refs and objects, real shas. */
  gitDir?: string
}

/** One repository: its git data plus pull requests, releases and labels. */
export class RepoState extends GitStore {
  readonly owner: string
  readonly name: string
  readonly id: number
  readonly pulls: PullRequest[] = []
  readonly releases: Release[] = []
  readonly labels = new Map<string, Label>()
  /** Workflow runs the workflow runner reported, oldest first. */
  readonly workflowRuns: WorkflowRunRecord[] = []
  actor: string
  private lastNumber = 0

  constructor(
    readonly fullName: string,
    options: RepoStateOptions = {}
  ) {
    const sequencer = options.sequencer ?? new Sequencer()
    super(options.defaultBranch, sequencer, options.gitDir)
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`Repository name must be owner/repo, got ${fullName}`)
    this.owner = owner
    this.name = name
    this.id = sequencer.nextId()
    this.actor = options.actor ?? 'github-actions[bot]'
  }

  /** Records a workflow run, or updates it in place (same id: a later status or attempt). */
  recordWorkflowRun(record: WorkflowRunRecord): void {
    recordWorkflowRun(this.workflowRuns, record)
  }

  openPullRequest(options: OpenPullRequestOptions): PullRequest {
    const base = options.base ?? this.defaultBranch
    const headSha = this.getBranchSha(options.head)
    const baseSha = this.getBranchSha(base)
    if (!headSha || !baseSha) throw new Error(`No branch ${headSha ? base : options.head}`)
    const now = this.now()
    const pull: PullRequest = {
      id: this.sequencer.nextId(),
      number: ++this.lastNumber,
      title: options.title,
      body: options.body ?? null,
      state: 'open',
      draft: options.draft ?? false,
      merged: false,
      mergeCommitSha: null,
      head: { ref: options.head, sha: headSha },
      base: { ref: base, sha: baseSha },
      labels: [],
      user: options.user ?? this.actor,
      mergedCommits: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      mergedAt: null
    }
    this.pulls.push(pull)
    this.addLabels(pull.number, options.labels ?? [])
    return pull
  }

  /**
   * Merges an open pull request as its button does: a merge commit, or one squashed commit
   * with GitHub's default message (the title and number, then each commit as a `*` item).
   */
  mergePullRequest(
    number: number,
    options: { message?: string; method?: 'merge' | 'squash' } = {}
  ): string {
    const pull = this.getPull(number)
    if (!pull || pull.state !== 'open') throw new Error(`Pull request #${number} is not open`)
    const squash = options.method === 'squash'
    const commits = [...this.listPullCommits(pull)]
    const message =
      options.message ??
      (squash
        ? this.composeSquashMessage(pull, commits)
        : `Merge pull request #${number} from ${this.owner}/${pull.head.ref}\n\n${pull.title}`)
    const date = this.now()
    const author = {
      name: pull.user,
      email: `${pull.user}@users.noreply.github.com`,
      login: pull.user,
      date
    }
    const outcome = this.mergeIntoBranch(pull.base.ref, pull.head.sha, message, author, { squash })
    if (outcome.kind !== 'merged') throw new Error(`Cannot merge #${number}: ${outcome.kind}`)
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      mergeCommitSha: outcome.sha,
      mergedCommits: commits,
      mergedAt: date,
      closedAt: date,
      updatedAt: date
    })
    return outcome.sha
  }

  /**
   * Records an open pull request as merged by a merge commit already on its base, for history
   * written straight into git (hundreds of pull requests imported in one `git fast-import`).
   */
  recordMerged(number: number, mergeCommitSha: string): void {
    const pull = this.getPull(number)
    if (!pull || pull.state !== 'open') throw new Error(`Pull request #${number} is not open`)
    const merge = this.requireCommit(mergeCommitSha)
    if (merge.parents[1] !== pull.head.sha)
      throw new Error(`${mergeCommitSha} does not merge #${number}'s head ${pull.head.sha}`)
    const date = merge.committer.date
    Object.assign(pull, {
      state: 'closed',
      merged: true,
      mergeCommitSha,
      mergedCommits: [...this.listCommitsBetween(merge.parents[0], pull.head.sha)],
      mergedAt: date,
      closedAt: date,
      updatedAt: date
    })
  }

  private composeSquashMessage(pull: PullRequest, commits: string[]): string {
    const items = commits
      .map((sha) => this.requireCommit(sha))
      .sort((a, b) => a.author.date.localeCompare(b.author.date))
      .map((commit) => `* ${commit.message.trim()}`)
    return `${pull.title} (#${pull.number})\n\n${items.join('\n\n')}\n`
  }

  getPull(number: number): PullRequest | undefined {
    const pull = this.pulls.find((candidate) => candidate.number === number)
    if (pull?.state === 'open') {
      pull.head.sha = this.getBranchSha(pull.head.ref) ?? pull.head.sha
      pull.base.sha = this.getBranchSha(pull.base.ref) ?? pull.base.sha
    }
    return pull
  }

  listPulls(): PullRequest[] {
    return this.pulls.map((pull) => this.getPull(pull.number) as PullRequest)
  }

  updatePull(
    number: number,
    fields: Partial<Pick<PullRequest, 'title' | 'body' | 'state'>> & { base?: string }
  ): PullRequest {
    const pull = this.getPull(number)
    if (!pull) throw new Error(`No pull request #${number}`)
    const { base, ...rest } = fields
    Object.assign(pull, definedOnly(rest), { updatedAt: this.now() })
    if (base) pull.base = { ref: base, sha: this.getBranchSha(base) ?? pull.base.sha }
    if (fields.state === 'closed' && !pull.closedAt) pull.closedAt = pull.updatedAt
    if (fields.state === 'open') pull.closedAt = null
    return pull
  }

  /** The commits a pull request brings: fixed at merge, else head's commits not in base. */
  listPullCommits(pull: PullRequest): Set<string> {
    if (pull.merged) return new Set(pull.mergedCommits)
    return this.listCommitsBetween(this.getBranchSha(pull.base.ref), pull.head.sha)
  }

  /** Adds labels to an issue or pull request (creating missing ones); returns all its labels. */
  addLabels(number: number, names: string[]): Label[] {
    const pull = this.getPull(number)
    if (!pull) throw new Error(`No issue #${number}`)
    for (const name of names) {
      const label = this.ensureLabel(name)
      if (!pull.labels.includes(label.name)) pull.labels.push(label.name)
    }
    return pull.labels.map((name) => this.ensureLabel(name))
  }

  ensureLabel(name: string, color = 'ededed'): Label {
    const existing = this.labels.get(name.toLowerCase())
    if (existing) return existing
    const label = { id: this.sequencer.nextId(), name, color, description: null }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  /** Creates a release; publishing one whose tag is missing creates the tag at the target. */
  createRelease(options: CreateReleaseOptions): Release {
    const release: Release = {
      id: this.sequencer.nextId(),
      tagName: options.tagName,
      targetCommitish: options.targetCommitish ?? this.defaultBranch,
      name: options.name ?? null,
      body: options.body ?? null,
      draft: options.draft ?? false,
      prerelease: options.prerelease ?? false,
      author: options.author ?? this.actor,
      createdAt: this.now(),
      publishedAt: null,
      untaggedSlug: (this.releases.length + 1).toString(16).padStart(20, 'a')
    }
    this.publishIfReady(release)
    this.releases.push(release)
    return release
  }

  updateRelease(
    id: number,
    fields: Partial<Omit<Release, 'id' | 'author' | 'createdAt'>>
  ): Release {
    const release = this.releases.find((candidate) => candidate.id === id)
    if (!release) throw new Error(`No release ${id}`)
    Object.assign(release, definedOnly(fields))
    this.publishIfReady(release)
    return release
  }

  private publishIfReady(release: Release): void {
    if (release.draft || release.publishedAt) return
    if (!this.refs.has(`refs/tags/${release.tagName}`)) {
      this.createRef(`refs/tags/${release.tagName}`, this.requireCommitish(release.targetCommitish))
    }
    release.publishedAt = this.now()
  }
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined)
  ) as Partial<T>
}
