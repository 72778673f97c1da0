import { diffSnapshots, type Commit, type FileChange, type TagObject } from './git-objects.js'
import type { Label, PullRequest, Release, RepoState } from './repo-state.js'

/** Where links in answers point: the stand-in itself, and the web UI (`GITHUB_SERVER_URL`). */
export interface Urls {
  api: string
  web: string
}

const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null
}

export function toNodeId(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64').replace(/=+$/, '')
}

export function toUserJson(login: string, urls: Urls) {
  const id = [...login].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1_000_000, 7)
  const api = `${urls.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: toNodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${login.replace(/\[bot\]$/, '')}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

export function toRepositoryJson(repo: RepoState, urls: Urls) {
  const api = repoApiUrl(repo, urls)
  return {
    id: repo.id,
    node_id: toNodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: false,
    owner: toUserJson(repo.owner, urls),
    html_url: repoWebUrl(repo, urls),
    description: null,
    fork: false,
    url: api,
    ...toRepositoryUrls(api),
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${repoWebUrl(repo, urls)}.git`,
    svn_url: repoWebUrl(repo, urls),
    mirror_url: null,
    homepage: null,
    language: 'Python',
    size: 0,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    subscribers_count: 0,
    network_count: 0,
    open_issues_count: 0,
    open_issues: 0,
    license: null,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    is_template: false,
    default_branch: repo.defaultBranch,
    visibility: 'public',
    archived: false,
    disabled: false,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    pushed_at: '2024-01-01T00:00:00Z'
  }
}

export function toGitRefJson(repo: RepoState, ref: string, sha: string, urls: Urls) {
  const type = repo.tagObjects.has(sha) ? 'tag' : 'commit'
  return {
    ref,
    node_id: toNodeId('Ref', `${repo.id}:${ref}`),
    url: `${repoApiUrl(repo, urls)}/git/${ref}`,
    object: { sha, type, url: `${repoApiUrl(repo, urls)}/git/${type}s/${sha}` }
  }
}

export function toGitTagJson(repo: RepoState, tag: TagObject, urls: Urls) {
  const { name, email, date } = tag.tagger
  return {
    node_id: toNodeId('Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${repoApiUrl(repo, urls)}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: { name, email, date },
    object: {
      sha: tag.object,
      type: tag.type,
      url: `${repoApiUrl(repo, urls)}/git/${tag.type}s/${tag.object}`
    },
    verification: UNSIGNED
  }
}

/** The REST "commit" shape; `withFiles` adds `stats` and `files` as the single-commit call does. */
export function toCommitJson(repo: RepoState, commit: Commit, urls: Urls, withFiles = false) {
  const api = repoApiUrl(repo, urls)
  const web = repoWebUrl(repo, urls)
  const person = ({ name, email, date }: Commit['author']) => ({ name, email, date })
  const json = {
    sha: commit.sha,
    node_id: toNodeId('Commit', commit.sha),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${web}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person(commit.author),
      committer: person(commit.committer),
      message: commit.message,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      comment_count: 0,
      verification: UNSIGNED
    },
    author: commit.author.login ? toUserJson(commit.author.login, urls) : null,
    committer: commit.committer.login ? toUserJson(commit.committer.login, urls) : null,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${web}/commit/${sha}`
    }))
  }
  if (!withFiles) return json
  const first = commit.parents[0]
  const files = diffSnapshots(first ? repo.requireCommit(first).files : {}, commit.files)
  return {
    ...json,
    stats: toStats(files),
    files: files.map((file) => toFileJson(repo, commit.sha, file, urls))
  }
}

export function toFileJson(repo: RepoState, ref: string, file: FileChange, urls: Urls) {
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${repoWebUrl(repo, urls)}/blob/${ref}/${path}`,
    raw_url: `${repoWebUrl(repo, urls)}/raw/${ref}/${path}`,
    contents_url: `${repoApiUrl(repo, urls)}/contents/${path}?ref=${ref}`
  }
}

export function toStats(files: FileChange[]) {
  const additions = files.reduce((sum, file) => sum + file.additions, 0)
  const deletions = files.reduce((sum, file) => sum + file.deletions, 0)
  return { additions, deletions, total: additions + deletions }
}

export function toBranchJson(repo: RepoState, name: string, commit: Commit, urls: Urls) {
  const api = repoApiUrl(repo, urls)
  return {
    name,
    commit: toCommitJson(repo, commit, urls),
    _links: {
      self: `${api}/branches/${encodeURIComponent(name)}`,
      html: `${repoWebUrl(repo, urls)}/tree/${name}`
    },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
    },
    protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`
  }
}

export function toLabelJson(repo: RepoState, label: Label, urls: Urls) {
  return {
    id: label.id,
    node_id: toNodeId('Label', label.id),
    url: `${repoApiUrl(repo, urls)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    // GitHub sends null for a label without a description; its OpenAPI description says string.
    description: label.description ?? '',
    color: label.color,
    default: false
  }
}

export function toPullJson(repo: RepoState, pull: PullRequest, urls: Urls) {
  const api = repoApiUrl(repo, urls)
  const web = `${repoWebUrl(repo, urls)}/pull/${pull.number}`
  const side = ({ ref, sha }: { ref: string; sha: string }) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: toUserJson(repo.owner, urls),
    repo: toRepositoryJson(repo, urls)
  })
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: toNodeId('PullRequest', pull.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: toUserJson(pull.user, urls),
    body: pull.body,
    labels: pull.labels.map((name) => toLabelJson(repo, repo.ensureLabel(name), urls)),
    milestone: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    auto_merge: null,
    active_lock_reason: null,
    _links: {
      self: { href: `${api}/pulls/${pull.number}` },
      html: { href: web },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/pulls/${pull.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pull.number}/commits` },
      statuses: { href: `${api}/statuses/${pull.head.sha}` }
    },
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    draft: pull.draft,
    head: side(pull.head),
    base: side(pull.base),
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    author_association: 'MEMBER'
  }
}

/** The full pull request (get, create, update); lists give the simple one above. */
export function toFullPullJson(repo: RepoState, pull: PullRequest, urls: Urls) {
  const commits = repo.listPullCommits(pull).size
  return {
    ...toPullJson(repo, pull, urls),
    merged_by: pull.merged ? toUserJson(repo.actor, urls) : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    rebaseable: pull.state === 'open' ? true : null,
    maintainer_can_modify: false,
    comments: 0,
    review_comments: 0,
    commits,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

export function toReleaseJson(repo: RepoState, release: Release, urls: Urls) {
  const api = `${repoApiUrl(repo, urls)}/releases/${release.id}`
  const shownTag = release.draft ? `untagged-${release.untaggedSlug}` : release.tagName
  return {
    url: api,
    html_url: `${repoWebUrl(repo, urls)}/releases/tag/${shownTag}`,
    assets_url: `${api}/assets`,
    upload_url: `${api}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${repoApiUrl(repo, urls)}/tarball/${release.tagName}`,
    zipball_url: release.draft ? null : `${repoApiUrl(repo, urls)}/zipball/${release.tagName}`,
    id: release.id,
    node_id: toNodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: toUserJson(release.author, urls),
    assets: []
  }
}

export function repoApiUrl(repo: RepoState, urls: Urls): string {
  return `${urls.api}/repos/${repo.fullName}`
}

export function repoWebUrl(repo: RepoState, urls: Urls): string {
  return `${urls.web}/${repo.fullName}`
}

/** The URL templates GitHub puts in every repository object. */
function toRepositoryUrls(api: string) {
  const urls: Record<string, string> = {}
  for (const [name, path] of Object.entries(REPOSITORY_URL_PATHS)) urls[name] = `${api}${path}`
  return urls
}

const REPOSITORY_URL_PATHS = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}'
}
